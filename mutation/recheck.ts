/**
 * The second pass of `npm run mutation`. The first runs each mutant against the tests in process (Stryker's vitest
 * runner, fast), but a test that runs the build or the validator in a child process cannot see a mutant there. So
 * the mutants it leaves alive are run again, each against all the tests, by the command runner, whose child
 * processes inherit the mutant. The summary counts a mutant killed when either pass killed it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
type Report = { files: Record<string, { mutants: Mutant[]; source: string }> };

const first = 'reports/mutation/mutation.json';
const second = 'reports/mutation/processes.json';
const detected = (m: Mutant) => m.status === 'Killed' || m.status === 'Timeout';
const alive = (m: Mutant) => m.status === 'Survived' || m.status === 'NoCoverage';
const key = (file: string, m: Mutant) =>
  `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.replacement ?? ''}`;
const read = (path: string): Report => JSON.parse(readFileSync(path, 'utf8'));

const fast = read(first);
// "file:line:column-line:column" mutates only what lies within; a column more on either side makes sure that the
// mutant's own span is inside, whatever the columns are counted from
const ranges = Object.entries(fast.files).flatMap(([file, { mutants }]) =>
  mutants
    .filter(alive)
    .map(
      ({ location: { start, end } }) =>
        `${file}:${start.line}:${Math.max(start.column - 1, 0)}-${end.line}:${end.column + 1}`,
    ),
);
const again = new Map<string, Mutant>();
if (ranges.length > 0) {
  const run = spawnSync(
    'npx',
    ['stryker', 'run', 'mutation/stryker.processes.config.json', '--mutate', [...new Set(ranges)].join(',')],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`the command runner's pass failed (exit ${run.status})`);
  for (const [file, { mutants }] of Object.entries(read(second).files))
    for (const m of mutants) again.set(key(file, m), m);
}

const lines: string[] = [];
const totals = new Map<string, { killed: number; valid: number }>();
for (const [file, { mutants, source }] of Object.entries(fast.files).sort(([a], [b]) => a.localeCompare(b))) {
  const code = source.split('\n');
  const final = mutants
    .map((m) => (alive(m) ? (again.get(key(file, m)) ?? m) : m))
    .filter((m) => detected(m) || alive(m));
  const killed = final.filter(detected).length;
  for (const folder of [file.slice(0, file.lastIndexOf('/')), 'scripts/lint and scripts/lib']) {
    const total = totals.get(folder) ?? { killed: 0, valid: 0 };
    totals.set(folder, { killed: total.killed + killed, valid: total.valid + final.length });
  }
  lines.push(`${file}: ${killed} of ${final.length} killed`);
  for (const m of final.filter(alive)) {
    const line = m.location.start.line;
    const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
    lines.push(`  ${line}: ${code[line - 1].trim().slice(0, 100)}\n     ${m.mutatorName} → ${replacement}`);
  }
}
for (const [folder, { killed, valid }] of totals)
  lines.push(`${folder}: ${killed} of ${valid} killed, ${((100 * killed) / valid).toFixed(1)}%`);
writeFileSync('reports/mutation/summary.txt', `${lines.join('\n')}\n`);
console.log(lines.filter((line) => !line.startsWith(' ')).join('\n'));
console.log('Survivors, each to be killed by a test or explained in mutation/: reports/mutation/summary.txt');
