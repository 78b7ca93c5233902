import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../lib/cli.js';
import { createDataset } from '../lib/createDataset.js';
import { validateData } from '../validateData.js';
import { contentHashes } from './contentHashes.js';
import { dataChanges, formatDataChanges } from './dataChanges.js';
import { insertDataChanges } from './insertDataChanges.js';
import { surfaceOptions } from './options.js';
import { readPackageJson, readSurface } from './publicSurface.js';
import { releasedContent } from './releasedContent.js';

/** Part of npm run version, after changeset version: lists the data changes under the new version in the CHANGELOG. */
runCli(() => {
  const { dataDir, packageJsonPath, snapshotPath, changelogPath } = surfaceOptions();
  const { version } = readPackageJson(packageJsonPath);
  const snapshot = readSurface(snapshotPath);
  if (snapshot === null) {
    console.log('✔ no release before this one, so no data changes to list');
    return;
  }
  if (snapshot.version === version) throw new Error(`package.json is still at ${version}: run changeset version first`);
  const validation = validateData(dataDir);
  if (!validation.ok) throw new Error(`${dataDir} is not valid: run npm run validate to see why`);
  const current = contentHashes({ ...createDataset(validation.data, version) });
  const changes = dataChanges(releasedContent(snapshot), current);
  const changelog = readFileSync(changelogPath, 'utf8');
  writeFileSync(changelogPath, insertDataChanges(changelog, version, formatDataChanges(changes, snapshot.version)));
  const count = changes.added.length + changes.removed.length + changes.changed.length;
  console.log(`✔ listed ${count} record${count === 1 ? '' : 's'} changed since ${snapshot.version} under ${version}`);
});
