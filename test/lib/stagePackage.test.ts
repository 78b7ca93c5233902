/** stagePackage, in process: what npm pack takes from the project besides dist/, copied into a folder. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagePackage } from '../../scripts/lib/stagePackage.js';
import { root } from '../helpers/runScript.js';

const dir = mkdtempSync(join(tmpdir(), 'btv-stage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stagePackage', () => {
  it('copies package.json, the README and every entry of "files" but dist, a trailing * matching a prefix', () => {
    stagePackage(dir);
    const licenses = readdirSync(root).filter((name) => name.startsWith('LICENSE'));
    expect(licenses.length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(
      ['package.json', 'README.md', 'CHANGELOG.md', 'CITATION.cff', ...licenses].sort(),
    );
    for (const name of readdirSync(dir))
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(readFileSync(join(root, name), 'utf8'));
  });
});
