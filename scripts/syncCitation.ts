import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCli } from './lib/cli.js';
import { projectRoot } from './lib/paths.js';

/**
 * Sets CITATION.cff's version to package.json's, and the README's example reference with it. When it changes, a release is being cut, and date-released becomes
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

/** The README's example reference of the dataset names the version to cite, the one released last. */
function syncReadme(readme: string, version: string): string {
  return readme.replace(/\(Version \d+\.\d+\.\d+[^)]*\)/, `(Version ${version})`);
}

runCli(() => {
  const { values } = parseArgs({
    options: {
      cff: { type: 'string' },
      readme: { type: 'string' },
      package: { type: 'string' },
      date: { type: 'string' },
    },
  });
  const readmePath = values.readme ?? `${projectRoot}README.md`;
  const cffPath = values.cff ?? `${projectRoot}CITATION.cff`;
  const { version } = JSON.parse(readFileSync(values.package ?? `${projectRoot}package.json`, 'utf8'));
  const releaseDate = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) throw new Error(`--date ${releaseDate} is not a date like 2021-04-30`);
  const readme = readFileSync(readmePath, 'utf8');
  if (syncReadme(readme, version) !== readme) writeFileSync(readmePath, syncReadme(readme, version));
  const before = readFileSync(cffPath, 'utf8');
  const after = syncCitation(before, version, releaseDate);
  if (after === before) {
    console.log(`CITATION.cff already cites version ${version}`);
    return;
  }
  writeFileSync(cffPath, after);
  console.log(`CITATION.cff now cites version ${version}, released ${releaseDate}`);
});
