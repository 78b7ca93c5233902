import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const validFixture = join(root, 'test/fixtures/valid-data');

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The "✖ …" lines, one per problem. */
  problems: string[];
}

export function runScript(script: 'build' | 'validate' | 'format', args: string[] = []): ScriptResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, `scripts/${script}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  const problems = result.stderr.split('\n').filter((line) => line.startsWith('✖ '));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, problems };
}

/** A scratch copy of the valid fixture as <tmp>/data, with an empty <tmp>/dist beside it. */
export function scratchProject(): { dataDir: string; distDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'btv-'));
  const dataDir = join(dir, 'data');
  const distDir = join(dir, 'dist');
  cpSync(validFixture, dataDir, { recursive: true });
  mkdirSync(distDir);
  return { dataDir, distDir };
}

export function readCollection<T = Record<string, unknown>[]>(dataDir: string, collection: string): T {
  return JSON.parse(readFileSync(join(dataDir, `${collection}.json`), 'utf8'));
}

export function writeCollection(dataDir: string, collection: string, value: unknown): void {
  writeFileSync(join(dataDir, `${collection}.json`), `${JSON.stringify(value, null, 2)}\n`);
}

/** Every file below a folder with its bytes, to prove a folder was left untouched. */
export function snapshotTree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path).toString('base64')];
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The differences between two listings of files, path by path. */
export function differences(committed: Record<string, string>, built: Record<string, string>): string[] {
  const paths = [...new Set([...Object.keys(committed), ...Object.keys(built)])].sort();
  return paths.flatMap((path) => {
    if (!(path in built)) return [`${path}: in the committed dist/ only`];
    if (!(path in committed)) return [`${path}: missing from the committed dist/`];
    return committed[path] === built[path] ? [] : [`${path}: differs`];
  });
}
