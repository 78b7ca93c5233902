import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { collectionNames } from '../schema/index.js';
import { projectRoot } from './lib/paths.js';
import { stagePackage } from './lib/stagePackage.js';
import { type ConsumerOutput, packAndInstall, publishedJson, runConsumer } from './package/packedPackage.js';

/** Node majors the package supports; each is fetched from the npm registry as the `node` package. */
const nodeMajors = [20, 22, 24];

/**
 * Are the Types Wrong, fetched from the npm registry at an exact version when the check runs, as the Node majors are:
 * the check needs the registry anyway, and installing it with the other tools would bring 46 packages to every clone.
 */
const attw = ['npx', '--yes', '@arethetypeswrong/cli@0.18.5'];

function tool([command, ...before]: string[], args: string[]): boolean {
  console.log(`\n$ ${[command, ...before, ...args].join(' ')}`);
  const result = spawnSync(command, [...before, ...args], { cwd: projectRoot, stdio: 'inherit' });
  return result.status === 0;
}

function problemsOf(packageDir: string, output: ConsumerOutput): string[] {
  const problems = collectionNames
    .filter((name) => !isDeepStrictEqual(output.dataset[name], publishedJson(packageDir, name)))
    .map((name) => `${name} differs from dist/json/${name}.json`);
  if (!output.schema.rejectsUnknownVoice) problems.push('./schema accepted a quote with an unknown voice');
  return problems;
}

function runsUnderNode(packageDir: string, project: string, major: number): boolean {
  const node = ['npx', '--yes', `node@${major}`];
  const outputs = (['consumer.mjs', 'consumer.cjs'] as const).map((file) => {
    try {
      return { file, problems: problemsOf(packageDir, runConsumer(project, file, node)) };
    } catch (error) {
      return { file, problems: [(error as Error).message] };
    }
  });
  for (const { file, problems } of outputs) {
    console.log(
      `${problems.length === 0 ? '✔' : '✖'} Node ${major}: ${file} ${problems.join('; ') || 'gets every record'}`,
    );
  }
  return outputs.every(({ problems }) => problems.length === 0);
}

// SHA256SUMS is a plain text file, not a module: no module resolution (which attw checks) can find it
const attwOptions = (packageDir: string) => [
  '--pack',
  packageDir,
  '--profile',
  'node16',
  '--exclude-entrypoints',
  './SHA256SUMS',
];
// what the code builds now from data/, as the package's dist/, so that the check never passes on a stale dist/
const built = mkdtempSync(join(tmpdir(), 'btv-check-package-'));
const packageDir = join(built, 'package');
mkdirSync(packageDir);
console.log('$ npm run build -- --dist <temporary folder>');
const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--dist', join(packageDir, 'dist')], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);
stagePackage(packageDir);
const lints = [tool(['node_modules/.bin/publint'], ['--strict', packageDir]), tool(attw, attwOptions(packageDir))];
console.log('\nImporting and requiring the packed package under each supported Node:');
const { dir, project } = packAndInstall(packageDir);
const runs = nodeMajors.map((major) => runsUnderNode(packageDir, project, major));
rmSync(dir, { recursive: true, force: true });
rmSync(built, { recursive: true, force: true });
if (![...lints, ...runs].every(Boolean)) {
  console.error('\n✖ the package has problems (see above)');
  process.exit(1);
}
console.log('\n✔ the package is well-formed and works under Node', nodeMajors.join(', '));
