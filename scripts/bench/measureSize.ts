import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../lib/paths.js';

export const packageName = 'beijing-two-voices';
export const bundleEntry = `import { quotes } from '${packageName}'; console.log(quotes)`;

/** Bytes, or why the figure could not be taken. */
export type Measured = { bytes: number } | { notMeasured: string };

export interface PackSize {
  size: number;
  unpackedSize: number;
  entryCount: number;
}

/** What `npm pack` of a package folder (by default the project's, with its committed dist/) would write. */
export function packSize(packageDir = projectRoot): PackSize {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: packageDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [{ size, unpackedSize, entryCount }] = JSON.parse(output) as PackSize[];
  return { size, unpackedSize, entryCount };
}

export function minifiedQuotesJson(packageDir = projectRoot): Measured {
  const path = join(packageDir, 'dist/json/quotes.json');
  if (!existsSync(path)) return { notMeasured: 'dist/json/quotes.json does not exist; run `npm run build`' };
  return { bytes: Buffer.byteLength(JSON.stringify(JSON.parse(readFileSync(path, 'utf8')))) };
}

function hasRootExport(exports: unknown): boolean {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  return keys.includes('.') || (keys.length > 0 && keys.every((key) => !key.startsWith('.')));
}

/** What a user's bundler ships for one named import: the package resolved through its own exports map. */
export async function quotesBundle(packageDir = projectRoot): Promise<Measured> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  if (!hasRootExport(manifest.exports)) return { notMeasured: 'package.json has no "." export yet' };
  const dir = mkdtempSync(join(tmpdir(), 'btv-bundle-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(packageDir, join(dir, 'node_modules', packageName), 'dir');
    const result = await build({
      stdin: { contents: bundleEntry, resolveDir: dir, sourcefile: 'entry.mjs', loader: 'js' },
      absWorkingDir: dir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    return { bytes: result.outputFiles[0].contents.byteLength };
  } catch (error) {
    const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? (error as Error).message;
    return { notMeasured: `esbuild could not bundle it: ${first}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
