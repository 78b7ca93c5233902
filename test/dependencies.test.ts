import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers/runScript.js';

const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const page = readFileSync(join(root, 'docs/dependencies.md'), 'utf8');
/** The packages the page's table names, each in the first cell of its row. */
const explained = [...page.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);

describe('docs/dependencies.md', () => {
  it('says why each devDependency is there, so that a new one comes with its reason', () => {
    expect(Object.keys(devDependencies).filter((name) => !explained.includes(name))).toEqual([]);
  });

  it('names no package that is no longer a devDependency', () => {
    expect(explained.filter((name) => !(name in devDependencies))).toEqual([]);
  });
});
