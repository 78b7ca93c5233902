/**
 * `npm run mutation [-- group…] [-- --first-pass-only]`: for each group of folders (all by default: exporters,
 * lint-lib), Stryker's first pass, then the second over its survivors, then the scores written to
 * mutation/scores.json and docs/testing.md, with the commit measured. The code measured must be committed, so that
 * the commit names it. `--report-of <commit>` takes the first pass's report that a run of Stryker alone left, made
 * over that commit, instead of running it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { groups } from './groups.js';
import { recheck } from './recheck.js';
import { alive, readReport } from './report.js';
import { folderScores, writeScores } from './scores.js';

const args = process.argv.slice(2);
const reportOf = args.includes('--report-of') ? args[args.indexOf('--report-of') + 1] : undefined;
const firstPassOnly = args.includes('--first-pass-only');
const names = args.filter((arg, at) => !arg.startsWith('--') && args[at - 1] !== '--report-of');
const chosen = names.length > 0 ? names : Object.keys(groups);
for (const name of chosen)
  if (!(name in groups)) throw new Error(`no group "${name}": ${Object.keys(groups).join(', ')}`);

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
if (!reportOf && git('status', '--porcelain', '--', 'scripts', 'schema', 'test', 'mutation') !== '') {
  throw new Error('commit the code and tests first: the scores name the commit they measured');
}
const commit = git('rev-parse', reportOf ?? 'HEAD');

for (const name of chosen) {
  const group = groups[name];
  const first = reportOf ? { status: 0 } : spawnSync('npx', ['stryker', 'run', group.config], { stdio: 'inherit' });
  if (first.status !== 0) throw new Error(`the first pass of ${name} failed (exit ${first.status})`);
  const report = readReport(group.report);
  const secondPass = !firstPassOnly && group.processes !== undefined;
  const final = secondPass
    ? recheck(group, report)
    : Object.fromEntries(Object.entries(report.files).map(([file, { mutants }]) => [file, mutants]));
  const scores = folderScores(group.folders, final, commit, secondPass);
  writeScores(scores);
  // the survivors, each to be killed by a test or marked where it stands with the reason no test can kill it
  const survivors = Object.entries(final).flatMap(([file, mutants]) =>
    mutants.filter(alive).map((m) => {
      const line = report.files[file].source.split('\n')[m.location.start.line - 1].trim().slice(0, 100);
      return `${file}:${m.location.start.line}: ${line}\n  ${m.mutatorName} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;
    }),
  );
  writeFileSync(`reports/mutation/${name}-survivors.txt`, `${survivors.join('\n')}\n`);
  for (const [folder, s] of Object.entries(scores))
    console.log(`${folder}: ${s.killed} of ${s.total} killed, ${s.score}%`);
  console.log(`Survivors: reports/mutation/${name}-survivors.txt`);
}
