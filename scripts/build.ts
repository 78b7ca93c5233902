import { runExporters } from './exporters/index.js';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { createDataset } from './lib/createDataset.js';
import { projectRoot } from './lib/paths.js';
import { readRelease } from './lib/readRelease.js';
import { recoverDist } from './lib/recoverDist.js';
import { writeDist } from './lib/writeDist.js';
import { validateData } from './validateData.js';

runCli(async () => {
  const { dataDir, distDir } = cliOptions();
  const recovered = recoverDist(distDir);
  if (recovered) console.log(recovered);
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable);
  const release = readRelease(projectRoot);
  const files = await runExporters(createDataset(validation.data, release.version, release));
  writeDist(files, distDir);
  console.log(`Built ${files.length} files into ${distDir}`);
});
