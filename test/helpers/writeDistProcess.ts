/**
 * A process that only writes dist/ (node --import tsx writeDistProcess.ts <distDir>), as a build does at its end:
 * starting in a fraction of a full build's time, it lets tests kill a build at each step of the swap, or run two.
 */
import { runCli } from '../../scripts/lib/cli.js';
import { writeDist } from '../../scripts/lib/writeDist.js';
import { syntheticOutput } from './syntheticOutput.js';

runCli(() => writeDist(syntheticOutput(), process.argv[2]));
