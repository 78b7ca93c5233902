/** stagePackage, in process: what npm pack takes from the project besides dist/, copied into a folder. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('copies a folder entry whole, matches a NAME* entry by its whole prefix, and leaves dist out', () => {
    const project = join(dir, 'project');
    const staged = join(dir, 'staged');
    mkdirSync(join(project, 'data', 'nested'), { recursive: true });
    mkdirSync(join(project, 'dist'));
    mkdirSync(staged);
    const files = ['dist', 'data', 'NOTE*', 'extra.txt'];
    writeFileSync(join(project, 'package.json'), JSON.stringify({ files }));
    for (const name of ['README.md', 'data/nested/a.json', 'dist/index.js', 'NOTE', 'NOTE-B.md', 'NX.md', 'extra.txt'])
      writeFileSync(join(project, name), name);
    // each shares all but the last character of an entry that is not a NAME* entry
    for (const name of ['datum', 'extra.txx', 'README.mx']) writeFileSync(join(project, name), name);
    stagePackage(staged, project);
    expect(readdirSync(staged).sort()).toEqual(['NOTE', 'NOTE-B.md', 'README.md', 'data', 'extra.txt', 'package.json']);
    expect(readFileSync(join(staged, 'data', 'nested', 'a.json'), 'utf8')).toBe('data/nested/a.json');
  });
});
