import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumerProject = fileURLToPath(new URL('./consumer', import.meta.url));

export interface InstalledPackage {
  /** The temporary folder holding the tarball and the project; remove it when done. */
  dir: string;
  /** The consumer project that has the package installed, with the files of scripts/package/consumer. */
  project: string;
  tarball: string;
  /** Paths inside the tarball. */
  packedFiles: string[];
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

/**
 * `npm pack`s a folder holding the package's files and a build as dist/ (never the committed dist/: see
 * stagePackage), and installs the tarball into a fresh project, with zod as given: by default the repository's,
 * linked so that no download is needed.
 */
export function packAndInstall(packageDir: string, zod = join(root, 'node_modules/zod')): InstalledPackage {
  const dir = mkdtempSync(join(tmpdir(), 'btv-package-'));
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], packageDir),
  );
  const tarball = join(dir, packed.filename);
  const project = join(dir, 'project');
  mkdirSync(project);
  cpSync(consumerProject, project, { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' })}\n`,
  );
  // zod is the optional peer the ./schema entry needs
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', tarball, zod], project);
  return { dir, project, tarball, packedFiles: packed.files.map((file: { path: string }) => file.path) };
}

export interface ConsumerOutput {
  exports: string[];
  dataset: Record<string, unknown>;
  schema: { parsed: unknown; rejectsUnknownVoice: boolean };
}

/** Runs consumer.mjs or consumer.cjs in the project; `node` is the command line that starts Node. */
export function runConsumer(
  project: string,
  file: 'consumer.mjs' | 'consumer.cjs',
  node: string[] = [process.execPath],
): ConsumerOutput {
  const [command, ...args] = node;
  return JSON.parse(run(command, [...args, file], project));
}

/** What the package must hold: every collection of the dist/json/ of the folder packed. */
export function publishedJson(packageDir: string, collection: string): unknown {
  return JSON.parse(readFileSync(join(packageDir, 'dist/json', `${collection}.json`), 'utf8'));
}
