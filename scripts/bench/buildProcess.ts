import { cliOptions, runCli } from '../lib/cli.js';
import { measureBuild } from './measureBuild.js';

/**
 * Run alone in a fresh process by measureBuildProcess: one build, timed, then the process's peak resident memory,
 * printed as one line of JSON.
 */
runCli(async () => {
  const { dataDir, distDir } = cliOptions();
  const times = await measureBuild(dataDir, distDir);
  // maxRSS is in kilobytes (1024 bytes), the most the process held in RAM at any moment
  console.log(JSON.stringify({ ...times, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
});
