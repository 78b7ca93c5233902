import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { runCli } from '../lib/cli.js';
import { surfaceOptions } from './options.js';
import { currentSurface, readPackageJson, serializeSurface } from './publicSurface.js';

runCli(() => {
  const { dataDir, distDir, packageJsonPath, snapshotPath } = surfaceOptions();
  const surface = currentSurface(dataDir, distDir, readPackageJson(packageJsonPath));
  writeFileSync(snapshotPath, serializeSurface(surface));
  console.log(`Recorded the public surface of ${surface.version} in ${relative(process.cwd(), snapshotPath)}`);
});
