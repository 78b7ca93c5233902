import { basename } from 'node:path';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { recoverDist } from './lib/recoverDist.js';
import { validateData } from './validateData.js';

runCli(() => {
  const { dataDir, distDir } = cliOptions();
  const recovered = recoverDist(distDir);
  if (recovered) console.log(recovered);
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable);
  console.log(`✔ ${basename(dataDir)}/ is valid`);
});
