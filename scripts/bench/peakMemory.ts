import { cliOptions, runCli } from '../lib/cli.js';
import { build } from './measureBuild.js';

/** Run alone in a fresh process by measurePeakMemory: one build, then the process's peak resident memory. */
runCli(async () => {
  const { dataDir, distDir } = cliOptions();
  await build(dataDir, distDir);
  // maxRSS is in kilobytes (1024 bytes), the most the process held in RAM at any moment
  console.log(JSON.stringify({ peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
});
