import { basename } from 'node:path';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { validateData } from './validateData.js';

// only reads: putting right what an interrupted build left beside dist/ is the build's job
runCli(() => {
  const { dataDir } = cliOptions();
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable);
  console.log(`✔ ${basename(dataDir)}/ is valid`);
});
