import { basename } from 'node:path';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { validateData } from './validateData.js';

runCli(() => {
  const { dataDir } = cliOptions();
  const validation = validateData(dataDir);
  if (!validation.ok) reportProblems(validation.problems, validation.unreadable);
  console.log(`✔ ${basename(dataDir)}/ is valid`);
});
