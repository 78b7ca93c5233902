import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliOptions, reportProblems, runCli } from './lib/cli.js';
import { loadData } from './lib/loadData.js';
import { canonicalText } from './lint/canonicalFormat.js';

runCli(() => {
  const { dataDir } = cliOptions();
  const { files, problems, unreadable } = loadData(dataDir);
  // rewriting a file with a duplicate key or a value too deep would drop data without a word
  if (problems.length > 0) reportProblems(problems, unreadable, 'no file was rewritten');
  for (const file of files) {
    const canonical = canonicalText(file);
    if (canonical !== file.text) {
      writeFileSync(join(dataDir, `${file.collection}.json`), canonical);
      console.log(`formatted ${file.file}`);
    }
  }
});
