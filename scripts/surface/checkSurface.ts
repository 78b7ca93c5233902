import { runCli } from '../lib/cli.js';
import { surfaceOptions } from './options.js';
import { pendingBump } from './pendingChangesets.js';
import { currentSurface, readPackageJson, readSurface } from './publicSurface.js';
import { surfaceVerdict } from './verdict.js';

runCli(() => {
  const { dataDir, distDir, packageJsonPath, snapshotPath, changesetDir } = surfaceOptions();
  const packageJson = readPackageJson(packageJsonPath);
  const verdict = surfaceVerdict(
    readSurface(snapshotPath),
    currentSurface(dataDir, distDir, packageJson),
    pendingBump(changesetDir, packageJson.name),
    packageJson.name,
  );
  for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line);
  if (!verdict.ok) process.exit(1);
});
