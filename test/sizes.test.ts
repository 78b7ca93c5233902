/**
 * The sizes docs/performance.md states are those of what the code builds now: the tarball npm would pack, the
 * bundle of one named import and the minified quotes JSON, measured afresh from this run's build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markedBlock } from '../scripts/bench/markedBlock.js';
import { measureSizes } from '../scripts/bench/measureSizes.js';
import { freshPackage } from './helpers/freshPackage.js';
import { root } from './helpers/runScript.js';

describe('the sizes in docs/performance.md', () => {
  it('are a fresh measure of the package, its bundle and its quotes', async () => {
    const stated = markedBlock(readFileSync(join(root, 'docs/performance.md'), 'utf8'), 'sizes');
    const { block, budget } = await measureSizes(freshPackage());
    expect(stated, 'the sizes in docs/performance.md are stale: run npm run sizes and commit the file').toBe(block);
    expect(budget.pass).toBe(true);
  });
});
