import { spawnSync } from 'node:child_process';
import { projectRoot } from '../lib/paths.js';
import { type ContentHashes, contentHashes } from './contentHashes.js';
import type { PublicSurface } from './publicSurface.js';

function git(args: string[]): string | null {
  const result = spawnSync('git', ['-C', projectRoot, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/** The commit of a release: its tag, else the last commit that recorded a snapshot, which cutting a release does. */
function releaseCommit(version: string, snapshotFile: string): string {
  const tagged = git(['rev-parse', '--verify', '--quiet', `v${version}^{commit}`]);
  const recorded = tagged ?? git(['log', '-1', '--format=%H', '--', snapshotFile]);
  const commit = recorded?.trim();
  if (!commit)
    throw new Error(
      `cannot find the commit of release ${version}: no tag v${version} and no commit of ${snapshotFile}`,
    );
  return commit;
}

/**
 * The content hashes of the release a snapshot describes. Snapshots written before they held hashes (1.0.0) get
 * them from that release's own dist/json/all.json in git, which holds its records exactly as published.
 */
export function releasedContent(snapshot: PublicSurface, snapshotFile = 'scripts/surface/surface.json'): ContentHashes {
  if (snapshot.content) return snapshot.content;
  const commit = releaseCommit(snapshot.version, snapshotFile);
  const allJson = git(['show', `${commit}:dist/json/all.json`]);
  if (allJson === null)
    throw new Error(`release ${snapshot.version} (${commit.slice(0, 7)}) has no dist/json/all.json`);
  const content = contentHashes(JSON.parse(allJson));
  // a shallow clone finds a later commit; its records would hide every change since the release
  for (const [collection, ids] of Object.entries(snapshot.records)) {
    const found = Object.keys(content[collection] ?? {});
    if (found.length !== ids.length || !ids.every((id) => id in (content[collection] ?? {}))) {
      throw new Error(
        `the ${collection} of ${commit.slice(0, 7)} are not those release ${snapshot.version} recorded: fetch the whole history, or the tag v${snapshot.version}`,
      );
    }
  }
  return content;
}
