/**
 * mutation/scores.json, written by `npm run mutation`: per folder, the mutants killed of those tested, the mutants
 * marked `// Stryker disable next-line` (each with its reason in the code), those of code run at import (killed,
 * survived, not yet run), whether the second pass ran, and the commit measured. docs/testing.md shows it, between its
 * markers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { alive, detected, disabled, isStatic, type Mutant } from './report.js';

export interface FolderScore {
  commit: string;
  killed: number;
  total: number;
  score: number;
  disabled: number;
  /**
   * Mutants of code run once, at import, each run in a fresh process by a pass of their own (statics.ts): those it
   * killed and left alive are among `killed` and `total`, the others not yet run. `commit` is the one that pass
   * measured, null before it ran.
   */
  atImport: { mutants: number; killed: number; survived: number; commit: string | null };
  /** Whether survivors of the first pass were run again against the tests that reach them in child processes. */
  secondPass: boolean;
}
export type Scores = Record<string, FolderScore>;

export const scoresFile = 'mutation/scores.json';
export const docsFile = 'docs/testing.md';
export const markers = ['<!-- mutation-scores:start -->', '<!-- mutation-scores:end -->'] as const;

export const readScores = (path = scoresFile): Scores => JSON.parse(readFileSync(path, 'utf8'));

/** The share killed, in per cent, rounded down to a tenth. */
const scoreOf = (killed: number, total: number) => (total === 0 ? 100 : Math.floor((1000 * killed) / total) / 10);

/**
 * A folder's scores with the counts of its mutants run at import replaced by those of their own pass, run over the
 * report of the first pass that gave these scores: the number of such mutants stays the one that pass found.
 */
export function withAtImport(prior: FolderScore, atImport: FolderScore['atImport']): FolderScore {
  const killed = prior.killed - prior.atImport.killed + atImport.killed;
  const ran = (counts: FolderScore['atImport']) => counts.killed + counts.survived;
  const total = prior.total - ran(prior.atImport) + ran(atImport);
  return {
    ...prior,
    killed,
    total,
    score: scoreOf(killed, total),
    atImport: { ...atImport, mutants: prior.atImport.mutants },
  };
}

/** The score of each folder from the final status of its files' mutants. */
export function folderScores(
  folders: string[],
  mutantsByFile: Record<string, Mutant[]>,
  commit: string,
  secondPass: boolean,
  atImportCommit: string | null = null,
): Scores {
  return Object.fromEntries(
    folders.map((folder) => {
      const mutants = Object.entries(mutantsByFile)
        .filter(([file]) => file.startsWith(`${folder}/`))
        .flatMap(([, list]) => list);
      const killed = mutants.filter(detected).length;
      const total = killed + mutants.filter(alive).length;
      const score = scoreOf(killed, total);
      const statics = mutants.filter(isStatic);
      const atImport = {
        mutants: statics.length,
        killed: statics.filter(detected).length,
        survived: statics.filter(alive).length,
        commit: atImportCommit,
      };
      return [
        folder,
        { commit, killed, total, score, disabled: mutants.filter(disabled).length, atImport, secondPass },
      ];
    }),
  );
}

const number = (n: number) => n.toLocaleString('en-US');

/** The mutants run at import: none, or how many were killed, survived and are not yet run, and when. */
function atImportCell({ mutants, killed, survived, commit }: FolderScore['atImport']): string {
  if (mutants === 0) return 'none';
  const notRun = mutants - killed - survived;
  const ran = killed + survived === 0 ? '' : `${number(killed)} killed, ${number(survived)} survived, `;
  const at = commit === null ? '' : ` (\`${commit.slice(0, 7)}\`)`;
  return `${ran}${number(notRun)} not yet run, of ${number(mutants)}${at}`;
}

/** The docs' table of the scores, one row per folder. */
export function scoresTable(scores: Scores): string {
  const rows = Object.entries(scores)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([folder, s]) =>
        `| \`${folder}/\` | **${s.score.toFixed(1)}%** | ${number(s.killed)} of ${number(s.total)} | ${number(s.disabled)} | ` +
        `${atImportCell(s.atImport)} | ${s.secondPass ? 'yes' : 'no'} | \`${s.commit.slice(0, 7)}\` |`,
    );
  if (rows.length === 0) return 'No folder is measured yet: `npm run mutation` writes the scores here.';
  return [
    '| Folder | Killed | Mutants | Disabled, with reasons | Run at import, each in a fresh process | Second pass | Commit measured |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The docs with the table between the markers replaced by the one of these scores. */
export function withScores(docs: string, scores: Scores): string {
  const [start, end] = markers;
  const from = docs.indexOf(start);
  const to = docs.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${docsFile} has no ${start} … ${end}`);
  return `${docs.slice(0, from + start.length)}\n${scoresTable(scores)}\n${docs.slice(to)}`;
}

/** Records the scores of the folders just measured, keeping the others', and shows them in the docs. */
export function writeScores(measured: Scores): void {
  let scores: Scores = {};
  try {
    scores = readScores();
  } catch {
    // the first measure
  }
  scores = Object.fromEntries(
    Object.entries({ ...scores, ...measured }).sort(([a], [b]) => a.localeCompare(b)),
  ) as Scores;
  writeFileSync(scoresFile, `${JSON.stringify(scores, null, 2)}\n`);
  writeFileSync(docsFile, withScores(readFileSync(docsFile, 'utf8'), scores));
  // biome aligns the table's columns, as `npm run lint` wants them
  execFileSync('node_modules/.bin/biome', ['format', '--write', docsFile], { stdio: 'inherit' });
}

/** A Markdown table's text without the padding a formatter adds: the cells trimmed, a rule as three dashes. */
export function unpadded(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line.startsWith('|')
        ? line
            .split('|')
            .map((cell) => cell.trim().replace(/^-+$/, '---'))
            .join('|')
        : line,
    )
    .join('\n');
}
