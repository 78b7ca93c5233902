/** `npm run sizes`: measures the package's sizes and writes them into docs/performance.md; exits 1 over budget. */
import { join } from 'node:path';
import { projectRoot } from '../lib/paths.js';
import { measureSizes } from './measureSizes.js';
import { writeMarkedBlock } from './writeMarkedBlock.js';

const { block, budget } = await measureSizes();
writeMarkedBlock(join(projectRoot, 'docs/performance.md'), 'sizes', block);
console.log(`${block}\nwritten to docs/performance.md`);
if (budget.pass === false) process.exitCode = 1;
