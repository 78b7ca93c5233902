import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDataDir, defaultDistDir, projectRoot } from '../lib/paths.js';

export const defaultSnapshotPath = fileURLToPath(new URL('./surface.json', import.meta.url));

export interface SurfaceOptions {
  dataDir: string;
  distDir: string;
  packageJsonPath: string;
  snapshotPath: string;
  changesetDir: string;
  changelogPath: string;
}

/** The project's own folders, each replaceable from the command line to check a scratch copy. */
export function surfaceOptions(): SurfaceOptions {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      dist: { type: 'string' },
      package: { type: 'string' },
      snapshot: { type: 'string' },
      changesets: { type: 'string' },
      changelog: { type: 'string' },
    },
  });
  return {
    dataDir: values.data ?? defaultDataDir,
    distDir: values.dist ?? defaultDistDir,
    packageJsonPath: values.package ?? `${projectRoot}package.json`,
    snapshotPath: values.snapshot ?? defaultSnapshotPath,
    changesetDir: values.changesets ?? `${projectRoot}.changeset`,
    changelogPath: values.changelog ?? `${projectRoot}CHANGELOG.md`,
  };
}
