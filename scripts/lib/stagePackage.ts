import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths.js';

/**
 * Copies into a folder what `npm pack` takes from the project besides dist/: package.json, the README and each
 * other entry of package.json's "files" (a trailing * matching names that start with what precedes it). With a
 * build written to <folder>/dist, the folder packs as the project would with that build as its dist/. `root` is the
 * project's folder (another one in tests).
 */
export function stagePackage(folder: string, root = projectRoot): void {
  const { files } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
  const names = readdirSync(root);
  const staged = ['package.json', 'README.md', ...files.filter((entry) => entry !== 'dist')].flatMap((entry) =>
    entry.endsWith('*') ? names.filter((name) => name.startsWith(entry.slice(0, -1))) : [entry],
  );
  for (const name of staged) cpSync(join(root, name), join(folder, name), { recursive: true });
}
