/**
 * The TypeScript exporter's parts called in process: the data modules load as the published records, the
 * declarations type-check the records and refuse what is not in them, and the `./schema` entry is compiled
 * for both module systems.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../../schema/index.js';
import { dataModules } from '../../scripts/exporters/typescript/dataModules.js';
import { declarationsOf } from '../../scripts/exporters/typescript/declarations.js';
import { schemaEntry } from '../../scripts/exporters/typescript/schemaEntry.js';
import { exportTypeScript } from '../../scripts/exporters/typescript.js';
import type { OutputFile } from '../../scripts/lib/outputFile.js';
import { releaseMeta } from '../../scripts/lib/releaseMeta.js';
import { datasetNow } from '../helpers/exportedNow.js';

/** Files written into a new temporary folder, removed after the test. */
function inFolder<T>(files: OutputFile[], use: (dir: string) => Promise<T> | T): Promise<T> | T {
  const dir = mkdtempSync(join(tmpdir(), 'btv-modules-'));
  for (const { path, contents } of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    const result = use(dir);
    if (result instanceof Promise) return result.finally(cleanUp);
    cleanUp();
    return result;
  } catch (error) {
    cleanUp();
    throw error;
  }
}

describe('the data modules made in process', () => {
  it('are one ES module and one CommonJS module per collection, and an index of each kind', () => {
    const paths = dataModules(datasetNow()).map((file) => file.path);
    expect(paths).toEqual([
      ...collectionNames.map((name) => `esm/${name}.js`),
      ...collectionNames.map((name) => `cjs/${name}.cjs`),
      'esm/index.js',
      'cjs/index.cjs',
    ]);
  });

  it('load, as ES modules and as CommonJS, as the published records and the release’s meta, keys in order', async () => {
    const dataset = datasetNow();
    // a quote in a text proves that quotes and backslashes survive the single-quoted string
    dataset.quotes[0].text = `it’s "quoted" and it's \\ back`;
    await inFolder(dataModules(dataset), async (dir) => {
      const esm = await import(pathToFileURL(join(dir, 'esm/index.js')).href);
      const cjs = createRequire(import.meta.url)(join(dir, 'cjs/index.cjs'));
      for (const loaded of [esm, cjs]) {
        for (const name of collectionNames) expect(loaded[name], name).toEqual(dataset[name]);
        expect(JSON.stringify(loaded.meta)).toBe(JSON.stringify(releaseMeta(dataset)));
        expect(Object.keys(loaded).sort()).toEqual([...collectionNames, 'meta'].sort());
      }
    });
  });

  it('parse each collection from JSON text, marked pure so that a bundler drops what is not imported', () => {
    for (const { path, contents } of dataModules(datasetNow()).filter((file) => !file.path.includes('index')))
      expect(contents, path).toMatch(
        /^(?:'use strict';\n)?(?:export const \w+|exports\.\w+) = \/\* @__PURE__ \*\/ JSON\.parse\('.*'\);\n$/s,
      );
  });
});

// the standard library's declarations, parsed once: they are no part of what is tested
const libFiles = new Map<string, ts.SourceFile>();

/** The diagnostics of a consumer's file compiled against the declarations as the package's main entry. */
function typeErrors(declarations: string, consumer: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const files = new Map([
    ['/pkg/index.d.ts', declarations],
    ['/consumer.ts', consumer],
  ]);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, version) => {
    const text = files.get(name);
    if (text !== undefined) return ts.createSourceFile(name, text, version);
    const lib = libFiles.get(name) ?? getSourceFile(name, version);
    if (lib) libFiles.set(name, lib);
    return lib;
  };
  host.fileExists = (name) => files.has(name) || ts.sys.fileExists(name);
  host.directoryExists = (name) => name === '/pkg' || ts.sys.directoryExists(name);
  host.readFile = (name) => files.get(name) ?? ts.sys.readFile(name);
  const program = ts.createProgram(['/consumer.ts'], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('the declarations made in process', () => {
  it('type the records, their keys and the meta, and refuse what the dataset does not hold', () => {
    const dataset = datasetNow();
    const records = collectionNames
      .map((name) => {
        const type = collectionSchemas[name].single ? `pkg.${typeName(name)}` : `readonly pkg.${typeName(name)}[]`;
        return `export const ${name}: ${type} = ${JSON.stringify(dataset[name])};`;
      })
      .join('\n');
    const refused = [
      "const q: pkg.QuoteId = 'q-nowhere';",
      'const t: pkg.TakeawayNumber = 999;',
      'const e: pkg.EndnoteNumber = 0;',
      "const r: pkg.RecordId = 'nobody-at-all';",
      "const v: pkg.Quote['voice'] = 'neither';",
      "const s: pkg.Quote['speakers'][number] = 'not-a-person';",
      "const n: pkg.Source['issue'] = 9;",
      "pkg.quotes[0].text = 'changed';",
      'const w: pkg.PersonId = pkg.endnotes[0].citations[0].source;',
      'const b: pkg.QuoteId = pkg.annotations[0].target;',
      'const m: pkg.Meta = { ...pkg.meta, name: "another" };',
      'const c: string = pkg.meta.citation;',
      'const d: string = pkg.meta.released;',
      "const x: pkg.ThemeId = pkg.quotes[0].source ?? 'no';",
    ];
    const consumer = [
      "import * as pkg from '/pkg/index';",
      records,
      `export const q: pkg.QuoteId = ${JSON.stringify(dataset.quotes[0].id)};`,
      `export const t: pkg.TakeawayNumber = ${dataset.takeaways[0].number};`,
      `export const e: pkg.EndnoteNumber = ${dataset.endnotes.at(-1)?.number};`,
      `export const r: pkg.RecordId = ${JSON.stringify(dataset.people[0].id)};`,
      'export const m: { readonly name: "beijing-two-voices"; readonly version: string; readonly released: string | null; readonly license: string; readonly datasetCitation: string; readonly reportCitation: string } = pkg.meta;',
      'export const released: string = pkg.meta.released ?? "none";',
      'export const all = [pkg.report, pkg.themes, pkg.takeaways, pkg.quotes, pkg.endnotes, pkg.sources, pkg.people, pkg.annotations];',
      'export const source: pkg.SourceId | null = pkg.quotes[0].source;',
      // each line below must be an error, else the directive itself is one
      ...refused.map((line) => `// @ts-expect-error\n${line.replace(/^const (\w+)/, 'export const refused_$1')}`),
    ].join('\n');
    expect(typeErrors(declarationsOf(dataset), consumer)).toEqual([]);
  });

  it('give each key a union of the values the dataset holds, one a line, and describe each field', () => {
    const dataset = datasetNow();
    const declarations = declarationsOf(dataset);
    expect(declarations).toContain(
      `/** The id of every quote in quotes. */\nexport type QuoteId =${dataset.quotes.map((q) => `\n  | ${JSON.stringify(q.id)}`).join('')};`,
    );
    expect(declarations).toContain(
      `/** The number of every takeaway in takeaways. */\nexport type TakeawayNumber =${dataset.takeaways.map((t) => `\n  | ${t.number}`).join('')};`,
    );
    expect(declarations).toContain(
      '/** The id of any record of the dataset. */\nexport type RecordId = ReportId | ThemeId |',
    );
    expect(declarations).toContain('/** The report, as in json/report.json. */\nexport interface Report {');
    expect(declarations).toContain('/** A record of quotes, as in json/quotes.json. */\nexport interface Quote {');
    expect(declarations).toContain(
      '/** Every quote, as in json/quotes.json. */\nexport declare const quotes: readonly Quote[];',
    );
    expect(declarations).toContain('/** The report, as in json/report.json. */\nexport declare const report: Report;');
    expect(declarations).toContain(
      `  /** The version of the package and of the dataset, ${JSON.stringify(dataset.version)} in this build. */\n`,
    );
    expect(declarations).toContain('  /** Id of the theme. */\n  readonly theme: ThemeId;');
    expect(declarations).toContain('  readonly citations: readonly { readonly source: SourceId');
    expect(declarations).toMatch(/readonly speakers: readonly PersonId\[\];/);
    expect(declarations.endsWith('export declare const meta: Meta;\n')).toBe(true);
    for (const name of collectionNames) expect(declarations, name).toContain(`export interface ${typeName(name)} {`);
  });

  it('write a union of no values as never', () => {
    const dataset = datasetNow();
    dataset.annotations = [];
    expect(declarationsOf(dataset)).toContain('export type AnnotationId = never;');
  });
});

function typeName(collection: (typeof collectionNames)[number]): string {
  const { recordName } = collectionSchemas[collection];
  return recordName[0].toUpperCase() + recordName.slice(1);
}

describe('the ./schema entry compiled in process', () => {
  it('has each module of schema/ as ESM and CommonJS with their declarations, the CommonJS ones requiring .cjs', () => {
    const files = schemaEntry();
    const byPath = new Map(files.map((file) => [file.path, file.contents as string]));
    const modules = [...new Set(files.map((file) => file.path.replace(/\.(js|cjs|d\.ts|d\.cts)$/, '')))];
    expect(modules).toContain('zod/index');
    expect(modules).toContain('zod/quote');
    expect(modules.every((name) => name.startsWith('zod/'))).toBe(true);
    expect(files).toHaveLength(modules.length * 4);
    for (const name of modules) {
      const esm = byPath.get(`${name}.js`) as string;
      const cjs = byPath.get(`${name}.cjs`) as string;
      const dts = byPath.get(`${name}.d.ts`) as string;
      const dcts = byPath.get(`${name}.d.cts`) as string;
      expect(esm, name).not.toMatch(/\brequire\(|exports\./);
      expect(cjs, name).toMatch(/^"use strict";/);
      expect(cjs, name).not.toMatch(/^import |^export /m);
      expect(cjs, name).not.toMatch(/require\("\.\.?\/[^"]*\.js"\)/);
      expect(dcts, name).not.toMatch(/from '\.\.?\/[^']*\.js'/);
      expect(dcts).toBe(dts.replace(/(["'])(\.\.?\/[^"']*)\.js\1/g, '$1$2.cjs$1'));
    }
    const index = byPath.get('zod/index.js') as string;
    expect(index).toMatch(/from '\.\/collections\.js'/);
    expect(byPath.get('zod/index.cjs')).toMatch(/require\("\.\/collections\.cjs"\)/);
    expect(byPath.get('zod/index.d.ts')).toMatch(/export \* from '\.\/collections\.js'|from '\.\/collections\.js'/);
  });

  it('is part of what the exporter writes, with the declarations twice and the data modules', () => {
    const dataset = datasetNow();
    dataset.quotes = dataset.quotes.slice(0, 1);
    const files = exportTypeScript(dataset, new Map());
    const paths = files.map((file) => file.path);
    expect(paths.slice(0, dataModules(dataset).length)).toEqual(dataModules(dataset).map((file) => file.path));
    const declarations = declarationsOf(dataset);
    expect(
      files.filter((file) => file.path.endsWith('index.d.ts') || file.path.endsWith('index.d.cts')).slice(0, 2),
    ).toEqual([
      { path: 'esm/index.d.ts', contents: declarations },
      { path: 'cjs/index.d.cts', contents: declarations },
    ]);
    const zod = paths.filter((path) => path.startsWith('zod/'));
    expect(zod).toContain('zod/index.d.cts');
    expect(zod.length).toBe(paths.length - dataModules(dataset).length - 2);
  });
});
