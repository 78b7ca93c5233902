import type { ReleaseMeta } from '../../lib/release.js';

/** The table `dataset`: one row naming the release the database belongs to, the fields of all.json's meta. */
export const releaseColumns: Record<keyof ReleaseMeta, string> = {
  name: 'The package the database comes from.',
  version: 'The version of the dataset (also PRAGMA user_version, as major*10000 + minor*100 + patch).',
  released: 'The release date, YYYY-MM-DD.',
  license: 'The licence of the dataset (SPDX); the quoted texts remain their authors’.',
  datasetCitation: 'The dataset at this release, cited in plain text: cite the version you used.',
  reportCitation: 'The report the records come from, cited in plain text.',
};

export const createReleaseSql = `CREATE TABLE dataset (\n  ${Object.keys(releaseColumns)
  .map((name) => `"${name}" TEXT${name === 'released' ? '' : ' NOT NULL'}`)
  .join(',\n  ')}\n);`;
