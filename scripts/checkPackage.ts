import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { collectionNames } from '../schema/index.js';
import { projectRoot } from './lib/paths.js';
import { type ConsumerOutput, packAndInstall, publishedJson, runConsumer } from './package/packedPackage.js';

/** Node majors the package supports; each is fetched from the npm registry as the `node` package. */
const nodeMajors = [20, 22, 24];

function tool(name: string, args: string[]): boolean {
  console.log(`\n$ ${name} ${args.join(' ')}`);
  const result = spawnSync(`node_modules/.bin/${name}`, args, { cwd: projectRoot, stdio: 'inherit' });
  return result.status === 0;
}

function problemsOf(output: ConsumerOutput): string[] {
  const problems = collectionNames
    .filter((name) => !isDeepStrictEqual(output.dataset[name], publishedJson(name)))
    .map((name) => `${name} differs from dist/json/${name}.json`);
  if (!output.schema.rejectsUnknownVoice) problems.push('./schema accepted a quote with an unknown voice');
  return problems;
}

function runsUnderNode(project: string, major: number): boolean {
  const node = ['npx', '--yes', `node@${major}`];
  const outputs = (['consumer.mjs', 'consumer.cjs'] as const).map((file) => {
    try {
      return { file, problems: problemsOf(runConsumer(project, file, node)) };
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
const attwOptions = ['--pack', '.', '--profile', 'node16', '--exclude-entrypoints', './SHA256SUMS'];
const lints = [tool('publint', ['--strict']), tool('attw', attwOptions)];
console.log('\nImporting and requiring the packed package under each supported Node:');
const { dir, project } = packAndInstall();
const runs = nodeMajors.map((major) => runsUnderNode(project, major));
rmSync(dir, { recursive: true, force: true });
if (![...lints, ...runs].every(Boolean)) {
  console.error('\n✖ the package has problems (see above)');
  process.exit(1);
}
console.log('\n✔ the package is well-formed and works under Node', nodeMajors.join(', '));
