/**
 * The one test that compares the committed dist/ with this run's build: it must be, byte for byte, what the code
 * builds now from data/. Every other test of an output reads the fresh build, so that a change to an exporter fails
 * its tests before dist/ is rebuilt; this one says when the rebuild was not committed (CI's git diff after npm run
 * build says it too), and test/exporters/committedDist.test.ts says which exporter's files differ.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDist } from './helpers/freshDist.js';
import { root, snapshotTree } from './helpers/runScript.js';

describe('the committed dist/', () => {
  it('is byte for byte what npm run build makes from data/', () => {
    const committed = snapshotTree(join(root, 'dist'));
    const fresh = snapshotTree(freshDist());
    const paths = [...new Set([...Object.keys(committed), ...Object.keys(fresh)])].sort();
    const differing = paths.flatMap((path) => {
      if (!(path in fresh)) return [`${path}: in the committed dist/ only`];
      if (!(path in committed)) return [`${path}: missing from the committed dist/`];
      return committed[path] === fresh[path] ? [] : [`${path}: differs`];
    });
    expect(differing, 'the committed dist/ is stale: run npm run build and commit dist/').toEqual([]);
  });
});
