import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from './lib/cli.js';
import { projectRoot } from './lib/paths.js';

/**
 * Sets CITATION.cff's version to package.json's, and the versions the README and docs/ pin with it. When it changes, a release is being cut, and date-released becomes
 * that day; when it already matches, the file is left as it is, so running this twice changes nothing.
 */
function syncCitation(cff: string, version: string, releaseDate: string): string {
  const current = /^version: "?([^"\n]*)"?$/m.exec(cff);
  if (!current) throw new Error('CITATION.cff has no top-level version line');
  if (current[1] === version) return cff;
  const withVersion = cff.replace(current[0], `version: "${version}"`);
  const dateLine = `date-released: "${releaseDate}"`;
  return /^date-released: .*$/m.test(withVersion)
    ? withVersion.replace(/^date-released: .*$/m, dateLine)
    : withVersion.replace(/^version: .*$/m, (line) => `${line}\n${dateLine}`);
}

/**
 * The README and docs/ pin the release cut last: in the dataset's example reference, and wherever they name the
 * package at a version (an install command, a CDN address, the message of the surface check).
 */
function syncPinnedVersions(markdown: string, name: string, version: string): string {
  const pinned = new RegExp(
    `\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}@\\d+\\.\\d+\\.\\d+(?:-[\\w.]*\\w)?`,
    'g',
  );
  return markdown
    .replace(/\(Version \d+\.\d+\.\d+[^)]*\)/g, `(Version ${version})`)
    .replace(pinned, `${name}@${version}`);
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      cff: { type: 'string' },
      readme: { type: 'string' },
      docs: { type: 'string' },
      package: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const readmePath = values.readme ?? `${projectRoot}README.md`;
  const cffPath = values.cff ?? `${projectRoot}CITATION.cff`;
  const docsDir = values.docs ?? `${projectRoot}docs`;
  const { name, version } = JSON.parse(readFileSync(values.package ?? `${projectRoot}package.json`, 'utf8'));
  const releaseDate = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) throw new Error(`--date ${releaseDate} is not a date like 2021-04-30`);
  const pages = [
    readmePath,
    ...readdirSync(docsDir)
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(docsDir, file)),
  ];
  for (const page of pages) {
    const markdown = readFileSync(page, 'utf8');
    const synced = syncPinnedVersions(markdown, name, version);
    if (synced !== markdown) writeFileSync(page, synced);
  }
  const before = readFileSync(cffPath, 'utf8');
  const after = syncCitation(before, version, releaseDate);
  if (after === before) {
    console.log(`CITATION.cff already cites version ${version}`);
    return;
  }
  writeFileSync(cffPath, after);
  console.log(`CITATION.cff now cites version ${version}, released ${releaseDate}`);
});
