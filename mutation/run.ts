/**
 * `npm run mutation [-- group…] [-- --first-pass-only]`: for each group of folders (all by default: exporters,
 * lint-lib), Stryker's first pass, then the second over its survivors, then the scores written to
 * mutation/scores.json and docs/testing.md, with the commit measured. The code measured must be committed, so that
 * the commit names it. `--report-of <commit>` takes the first pass's report that a run of Stryker alone left, made
 * over that commit, instead of running it.
 *
 * `npm run mutation -- exporters-static [--sample <n>]` runs the mutants of scripts/exporters/ run at import, which
 * the exporters' first pass leaves untested, each in a fresh process (statics.ts): all of those in the report that
 * pass left, or n of them, spread evenly. Their counts replace the ones recorded for the folder.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { groups } from './groups.js';
import { recheck } from './recheck.js';
import { alive, type Mutant, type Report, readReport } from './report.js';
import { folderScores, readScores, withAtImport, writeScores } from './scores.js';
import { statics } from './statics.js';
import { stryker } from './stryker.js';

const args = process.argv.slice(2);
const optionValue = (option: string) => (args.includes(option) ? args[args.indexOf(option) + 1] : undefined);
const reportOf = optionValue('--report-of');
const sample = optionValue('--sample') === undefined ? undefined : Number(optionValue('--sample'));
if (sample !== undefined && !(Number.isInteger(sample) && sample > 0)) throw new Error('--sample takes a count');
const firstPassOnly = args.includes('--first-pass-only');
const names = args.filter((arg, at) => !arg.startsWith('--') && !['--report-of', '--sample'].includes(args[at - 1]));
const staticsOnly = names.includes('exporters-static');
const chosen = staticsOnly ? [] : names.length > 0 ? names : Object.keys(groups);
for (const name of chosen)
  if (!(name in groups))
    throw new Error(`no group "${name}": ${[...Object.keys(groups), 'exporters-static'].join(', ')}`);

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
if (!reportOf && git('status', '--porcelain', '--', 'scripts', 'schema', 'test', 'mutation') !== '') {
  throw new Error('commit the code and tests first: the scores name the commit they measured');
}
const commit = git('rev-parse', reportOf ?? 'HEAD');

/** The survivors, each to be killed by a test or marked where it stands with the reason no test can kill it. */
function writeSurvivors(name: string, final: Record<string, Mutant[]>, report: Report): void {
  const survivors = Object.entries(final).flatMap(([file, mutants]) =>
    mutants.filter(alive).map((m) => {
      const line = report.files[file].source.split('\n')[m.location.start.line - 1].trim().slice(0, 100);
      return `${file}:${m.location.start.line}: ${line}\n  ${m.mutatorName} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;
    }),
  );
  writeFileSync(`reports/mutation/${name}-survivors.txt`, `${survivors.join('\n')}\n`);
  console.log(`Survivors: reports/mutation/${name}-survivors.txt`);
}

if (staticsOnly) {
  // the static mutants of the report the exporters' first pass left, made over the code measured now
  const { folders, report } = groups.exporters;
  const first = readReport(report);
  const final = statics(first, sample);
  const [folder] = folders;
  const measured = folderScores(folders, final, commit, false, commit)[folder];
  writeScores({ [folder]: withAtImport(readScores()[folder], measured.atImport) });
  const { killed, survived, mutants } = measured.atImport;
  console.log(`${folder}, run at import: ${killed} killed, ${survived} survived, of ${mutants} in the report`);
  // only those this pass ran: the first pass's own survivors are in exporters-survivors.txt
  const ranHere = Object.fromEntries(
    Object.entries(final).map(([file, mutants]) => [file, mutants.filter((m) => m.atImport)]),
  );
  writeSurvivors('exporters-static', ranHere, first);
}

for (const name of chosen) {
  const group = groups[name];
  const first = reportOf ? 0 : stryker(['run', group.config]);
  if (first !== 0) throw new Error(`the first pass of ${name} failed (exit ${first})`);
  const report = readReport(group.report);
  const secondPass = !firstPassOnly && group.processes !== undefined;
  const final = secondPass
    ? recheck(group, report)
    : Object.fromEntries(Object.entries(report.files).map(([file, { mutants }]) => [file, mutants]));
  const scores = folderScores(group.folders, final, commit, secondPass);
  writeScores(scores);
  for (const [folder, s] of Object.entries(scores))
    console.log(`${folder}: ${s.killed} of ${s.total} killed, ${s.score}%`);
  writeSurvivors(name, final, report);
}
