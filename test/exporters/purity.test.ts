/**
 * Exporters are pure functions of the dataset: no file under scripts/exporters/ reads package.json, CITATION.cff or
 * data/ (readRelease and the loader do, once, for the build), starts a process (esbuild's API does) or reads the
 * clock. A scan of the source, by the syntax tree, so that comments and names like "datapackage.json" do not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/runScript.js';

const exportersDir = join(root, 'scripts/exporters');

/** Whether a literal is an argument of join, resolve or new URL: "data" there is the folder. */
const isPathPart = (node: ts.Node) =>
  (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) &&
  /(?:^|\.)(?:join|resolve|URL)$/.test(node.parent.expression.getText());

/** What makes a file's code depend on more than the dataset, one line each. */
function impurities(name: string, source: string): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const text = node.text;
      if (/(?:^|\/)package\.json$/.test(text)) found.push(`${name}: names package.json`);
      if (/CITATION\.cff/.test(text)) found.push(`${name}: names CITATION.cff`);
      if (/^(?:\.{1,2}\/)*data\//.test(text) || (text === 'data' && isPathPart(node)))
        found.push(`${name}: names data/`);
      if (/^(?:node:)?child_process$/.test(text)) found.push(`${name}: names node:child_process`);
      // its API runs the bundler in a process of its own
      if (text === 'esbuild') found.push(`${name}: names esbuild`);
    }
    const callee = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.expression.getText(file) : null;
    if (ts.isCallExpression(node) && ['Date.now', 'performance.now', 'Date', 'process.hrtime'].includes(callee ?? ''))
      found.push(`${name}: reads the clock (${callee})`);
    if (ts.isNewExpression(node) && callee === 'Date' && (node.arguments?.length ?? 0) === 0)
      found.push(`${name}: reads the clock (new Date())`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const sourceFiles = (readdirSync(exportersDir, { recursive: true }) as string[])
  .filter((path) => /\.(?:ts|mjs|js)$/.test(path))
  .sort();

describe('the exporters', () => {
  it('read nothing but the dataset: no package.json, CITATION.cff or data/, no process, no clock', () => {
    const found = sourceFiles.flatMap((path) =>
      impurities(relative(exportersDir, join(exportersDir, path)), readFileSync(join(exportersDir, path), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are held to it by a scan that finds each kind, and not what only looks like one', () => {
    const source = [
      "import { execFileSync } from 'node:child_process';",
      "const { spawn } = require('child_process');",
      "import { buildSync } from 'esbuild';",
      "readFileSync(new URL('../../package.json', import.meta.url));",
      "readFileSync(join(root, 'CITATION.cff'));",
      "readdirSync('data/');",
      'readdirSync(`../../data/$\\{name}`);'.replace('\\', ''),
      "join(root, 'data');",
      'Date.now(); performance.now(); new Date(); new Date; Date(); process.hrtime();',
      "// package.json, CITATION.cff, data/, Date.now() in a comment: 'datapackage.json', 'schema/data/x.json'",
      "const named = ['datapackage.json', `schema/data/$\\{name}`, 'metadata']; new Date(Date.UTC(2021, 3, 5));".replace(
        '\\',
        '',
      ),
      "stream.on('data', read); const data = 'data';",
    ].join('\n');
    expect(impurities('made-up.ts', source)).toEqual([
      'made-up.ts: names node:child_process',
      'made-up.ts: names node:child_process',
      'made-up.ts: names esbuild',
      'made-up.ts: names package.json',
      'made-up.ts: names CITATION.cff',
      'made-up.ts: names data/',
      'made-up.ts: names data/',
      'made-up.ts: names data/',
      'made-up.ts: reads the clock (Date.now)',
      'made-up.ts: reads the clock (performance.now)',
      'made-up.ts: reads the clock (new Date())',
      'made-up.ts: reads the clock (new Date())',
      'made-up.ts: reads the clock (Date)',
      'made-up.ts: reads the clock (process.hrtime)',
    ]);
  });
});
