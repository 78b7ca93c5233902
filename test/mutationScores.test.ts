/** The mutation scores the docs show are those `npm run mutation` last wrote to mutation/scores.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  docsFile,
  type FolderScore,
  markers,
  readScores,
  scoresFile,
  scoresTable,
  unpadded,
  withAtImport,
  withScores,
} from '../mutation/scores.js';
import { root } from './helpers/runScript.js';

const docs = readFileSync(join(root, docsFile), 'utf8');
const scores = readScores(join(root, scoresFile));

describe('the mutation scores', () => {
  it('in docs/testing.md are the table of mutation/scores.json, under its Mutation score heading', () => {
    const [start, end] = markers;
    const section = docs.slice(docs.indexOf('## Mutation score'));
    expect(section.indexOf(start), 'the markers stand under the heading').toBeGreaterThan(0);
    // compared without the padding biome adds to align the columns
    expect(unpadded(section.slice(section.indexOf(start) + start.length, section.indexOf(end)))).toBe(
      unpadded(`\n${scoresTable(scores)}\n`),
    );
    expect(unpadded(withScores(docs, scores))).toBe(unpadded(docs));
  });

  it('each name a folder of scripts/, counts that add up, and the full commit measured', () => {
    for (const [folder, score] of Object.entries(scores)) {
      expect(['scripts/exporters', 'scripts/lint', 'scripts/lib']).toContain(folder);
      expect(score.commit, folder).toMatch(/^[0-9a-f]{40}$/);
      expect(score.killed, folder).toBeLessThanOrEqual(score.total);
      expect(score.score, folder).toBe(Math.floor((1000 * score.killed) / score.total) / 10);
      // the mutants run at import count as killed, survived or not yet run, and those run are in the score
      const { mutants, killed, survived, commit } = score.atImport;
      expect(killed + survived, folder).toBeLessThanOrEqual(mutants);
      expect(killed, folder).toBeLessThanOrEqual(score.killed);
      expect(killed + survived, folder).toBeLessThanOrEqual(score.total);
      if (killed + survived > 0) expect(commit, folder).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('are compared without the padding of aligned columns, but with every cell', () => {
    expect(unpadded('| a  | b |\n| -- | --- |\n| 1  |  2 |\ntext  ')).toBe('|a|b|\n|---|---|\n|1|2|\ntext  ');
    expect(unpadded('| a | b |')).not.toBe(unpadded('| a | c |'));
  });

  const lint: FolderScore = {
    commit: 'a'.repeat(40),
    killed: 1234,
    total: 1300,
    score: 94.9,
    disabled: 3,
    atImport: { mutants: 0, killed: 0, survived: 0, commit: null },
    secondPass: true,
  };

  it('are written as a table with a row per folder, or a line saying that none is measured', () => {
    expect(scoresTable({})).toBe('No folder is measured yet: `npm run mutation` writes the scores here.');
    const table = scoresTable({ 'scripts/lint': lint });
    expect(table.split('\n')[2]).toBe('| `scripts/lint/` | **94.9%** | 1,234 of 1,300 | 3 | none | yes | `aaaaaaa` |');
  });

  it('say how many mutants run at import were killed, survived and are not yet run, and at which commit', () => {
    const exporters = { ...lint, atImport: { mutants: 1745, killed: 0, survived: 0, commit: null }, secondPass: false };
    expect(scoresTable({ 'scripts/exporters': exporters }).split('\n')[2]).toBe(
      '| `scripts/exporters/` | **94.9%** | 1,234 of 1,300 | 3 | 1,745 not yet run, of 1,745 | no | `aaaaaaa` |',
    );
    const sampled = withAtImport(exporters, { mutants: 20, killed: 19, survived: 1, commit: 'b'.repeat(40) });
    expect(sampled).toStrictEqual({
      ...exporters,
      killed: 1253,
      total: 1320,
      score: 94.9,
      atImport: { mutants: 1745, killed: 19, survived: 1, commit: 'b'.repeat(40) },
    });
    expect(scoresTable({ 'scripts/exporters': sampled }).split('\n')[2]).toBe(
      '| `scripts/exporters/` | **94.9%** | 1,253 of 1,320 | 3 | 19 killed, 1 survived, 1,725 not yet run, of 1,745 (`bbbbbbb`) | no | `aaaaaaa` |',
    );
    // a later pass replaces the counts of the earlier one
    const again = withAtImport(sampled, { mutants: 1745, killed: 1700, survived: 45, commit: 'b'.repeat(40) });
    expect([again.killed, again.total, again.score]).toStrictEqual([2934, 3045, 96.3]);
  });
});
