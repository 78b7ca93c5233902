import { runExporters } from './exporters/index.js';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { createDataset, type Dataset } from './lib/createDataset.js';
import { projectRoot } from './lib/paths.js';
import { readRelease } from './lib/readRelease.js';
import { recoverDist } from './lib/recoverDist.js';
import { writeDist } from './lib/writeDist.js';
import { validateData } from './validateData.js';

/** In a function of its own, so that the records as read are left to the collector once the dataset is made. */
function validatedDataset(dataDir: string): Dataset {
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable);
  const release = readRelease(projectRoot);
  return createDataset(validation.data, release.version, release);
}

runCli(async () => {
  const { dataDir, distDir } = cliOptions();
  const recovered = recoverDist(distDir);
  if (recovered) console.log(recovered);
  const files = await runExporters(validatedDataset(dataDir));
  writeDist(files, distDir);
  console.log(`Built ${files.length} files into ${distDir}`);
});
