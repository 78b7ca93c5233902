import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CollectionName, collectionNames, collectionSchemas, references } from '../schema/index.js';
import { type InstalledPackage, packAndInstall, runConsumer } from '../scripts/package/packedPackage.js';
import { freshJson } from './helpers/freshJson.js';
import { freshPackage } from './helpers/freshPackage.js';
import { root } from './helpers/runScript.js';

type Json = Record<string, unknown>;

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const recordsOf = (collection: string) => [freshJson(collection)].flat() as Json[];
const typeName = (collection: CollectionName) => {
  const { recordName } = collectionSchemas[collection];
  return recordName[0].toUpperCase() + recordName.slice(1);
};

/** A TS file that compiles only if each id (and number) union holds exactly the keys found in dist/json/. */
function exactKeysSource(): string {
  const numbered = [...new Set(references.filter((link) => link.key === 'number').map((link) => link.to))].filter(
    (name): name is CollectionName => name !== '*',
  );
  const unions = [
    ...collectionNames.map((name) => ({ type: `${typeName(name)}Id`, keys: recordsOf(name).map((r) => r.id) })),
    ...numbered.map((name) => ({ type: `${typeName(name)}Number`, keys: recordsOf(name).map((r) => r.number) })),
  ];
  const checks = unions.map(({ type, keys }, index) =>
    [
      `const keys${index} = [${keys.map((key) => JSON.stringify(key)).join(', ')}] as const satisfies readonly pkg.${type}[];`,
      `export const exact${index}: [Exclude<pkg.${type}, (typeof keys${index})[number]>] extends [never] ? true : false = true;`,
    ].join('\n'),
  );
  return `import type * as pkg from 'beijing-two-voices';\n\n${checks.join('\n')}\n`;
}

/** For each file subpath of the exports map, a file it serves: `./json/*` → json/all.json in dist/json/. */
function fileSubpaths(): { request: string; file: string }[] {
  return Object.entries(packageJson.exports as Record<string, unknown>).flatMap(([subpath, target]) => {
    if (typeof target !== 'string') return [];
    if (!subpath.endsWith('/*')) return [{ request: subpath.slice(2), file: target }];
    const folder = target.slice(0, -1);
    const [first] = readdirSync(join(freshPackage(), folder), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    return [{ request: `${subpath.slice(2, -1)}${first}`, file: `${folder}${first}` }];
  });
}

/** The longest run of plain ASCII in a text, which a bundler prints unescaped. */
const plainRun = (text: string) =>
  (text.match(/[A-Za-z0-9 ,.;:()-]+/g) ?? []).reduce(
    (longest, run) => (run.length > longest.length ? run : longest),
    '',
  );

function typeCheck(project: string, tsconfig: string) {
  const result = spawnSync(process.execPath, [tsc, '-p', tsconfig], { cwd: project, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the npm package, packed and installed into a consumer project', () => {
  let installed: InstalledPackage;
  beforeAll(() => {
    installed = packAndInstall(freshPackage());
  });
  afterAll(() => {
    if (installed) rmSync(installed.dir, { recursive: true, force: true });
  });

  it('packs dist/ and the documents, and nothing of data/, test/, scripts/ or the report text', () => {
    expect(installed.packedFiles).toContain('dist/esm/index.js');
    expect(installed.packedFiles).toContain('README.md');
    const leaked = installed.packedFiles.filter(
      (path) => /^(data|test|scripts|schema)\//.test(path) || path.endsWith('report.md'),
    );
    expect(leaked).toEqual([]);
  });

  it('resolves every file subpath of the exports map to its file in dist/', () => {
    const resolve = createRequire(join(installed.project, 'package.json')).resolve;
    const installedRoot = join(installed.project, 'node_modules', packageJson.name);
    for (const { request, file } of fileSubpaths()) {
      expect(resolve(`${packageJson.name}/${request}`), request).toBe(join(installedRoot, file));
    }
  });

  it('imported from ESM, exports every collection exactly as in dist/json/, and meta', () => {
    const { exports, dataset } = runConsumer(installed.project, 'consumer.mjs');
    expect(exports).toEqual([...collectionNames, 'meta'].sort());
    for (const name of collectionNames) expect(dataset[name], name).toEqual(freshJson(name));
  });

  it('required from CommonJS, gives the same records as from ESM', () => {
    const fromEsm = runConsumer(installed.project, 'consumer.mjs');
    const fromCjs = runConsumer(installed.project, 'consumer.cjs');
    expect(fromCjs).toEqual(fromEsm);
  });

  it('meta names the package, its version and the citation of the report as reportCitation', () => {
    const { meta } = runConsumer(installed.project, 'consumer.mjs').dataset as { meta: Json };
    const report = freshJson('report') as Json & { authors: string[] };
    const people = recordsOf('people');
    expect(meta.name).toBe(packageJson.name);
    expect(meta.version).toBe(packageJson.version);
    const authorNames = report.authors.map((id) => people.find((person) => person.id === id)?.name);
    for (const part of [...authorNames, report.publisher, 'April 2021', report.url]) {
      expect(meta.reportCitation).toContain(part);
    }
    expect(meta.reportCitation).toContain(plainRun(report.title as string));
  });

  it('./schema parses a published quote with zod and rejects an unknown voice, from ESM and CommonJS', () => {
    for (const file of ['consumer.mjs', 'consumer.cjs'] as const) {
      const { schema } = runConsumer(installed.project, file);
      expect(schema.parsed, file).toEqual(recordsOf('quotes')[0]);
      expect(schema.rejectsUnknownVoice, file).toBe(true);
    }
  });

  it('type-checks a strict consumer with moduleResolution nodenext: literal unions, read-only records', () => {
    writeFileSync(join(installed.project, 'exactKeys.ts'), exactKeysSource());
    const result = typeCheck(installed.project, 'tsconfig.nodenext.json');
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('type-checks the same consumer with moduleResolution node10', () => {
    writeFileSync(join(installed.project, 'exactKeys.ts'), exactKeysSource());
    const result = typeCheck(installed.project, 'tsconfig.node10.json');
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('bundles only the collection imported, within 1.25× the size of its minified JSON', async () => {
    const quotesJson = JSON.stringify(freshJson('quotes'));
    const bundled = await build({
      stdin: {
        contents: "import { quotes } from 'beijing-two-voices'; console.log(quotes);",
        resolveDir: installed.project,
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'node',
    });
    const bundle = bundled.outputFiles[0].text;
    const quoteText = recordsOf('quotes')
      .map((quote) => plainRun(quote.text as string))
      .find((run) => run.length >= 20);
    const endnoteText = recordsOf('endnotes')
      .map((endnote) => plainRun(endnote.text as string))
      .find((run) => run.length >= 20 && !quotesJson.includes(run));
    expect(quoteText && endnoteText).toBeTruthy();
    expect(bundle).toContain(quoteText);
    expect(bundle).not.toContain(endnoteText);
    expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(1.25 * Buffer.byteLength(quotesJson));
  });
});
