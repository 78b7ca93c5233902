/**
 * The one test that compares the committed dist/ with this run's build: it must be, byte for byte, what the code
 * builds now from data/. Every other test of an output reads the fresh build, so that a change to an exporter fails
 * its tests before dist/ is rebuilt; this one says when the rebuild was not committed (CI's git diff after npm run
 * build says it too), and test/exporters/committedDist.test.ts says which exporter's files differ.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDist } from './helpers/freshDist.js';
import { differences, root, snapshotTree } from './helpers/runScript.js';

describe('the committed dist/', () => {
  it('is byte for byte what npm run build makes from data/', () => {
    const differing = differences(snapshotTree(join(root, 'dist')), snapshotTree(freshDist()));
    expect(differing, 'the committed dist/ is stale: run npm run build and commit dist/').toEqual([]);
  });
});
