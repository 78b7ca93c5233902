import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { cslItemsOf } from './citations/cslItemsOf.js';
import { citationsOf } from './explorer/citations.js';
import { downloadGroups } from './explorer/downloads.js';
import { assertInlineable, cspHash, escapeHtml, jsonForScript } from './explorer/html.js';
import type { ExplorerData } from './explorer/pageTypes.js';
import type { Exporter } from './types.js';

const browserDir = new URL('./explorer/', import.meta.url);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const readBrowserFile = (name: string) => readFileSync(new URL(name, browserDir), 'utf8');

/** The page's modules as one classic script; paths in its comments are relative to the project, so stable. */
function browserScript(): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('app.js', browserDir))],
    absWorkingDir: projectRoot,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  return outputFiles[0].text;
}

/** Fills {{name}} with escaped text, then the empty <style> and <script> elements with their contents. */
function fillTemplate(template: string, text: Record<string, string>, contents: Record<string, string>): string {
  const withText = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in text)) throw new Error(`explorer template: no value for {{${name}}}`);
    return escapeHtml(text[name]);
  });
  const filled = withText.replace(/(<(style|script)[^>]*>)(<\/\2>)/g, (_, open: string, __, close: string) => {
    const id = /id="([^"]+)"/.exec(open)?.[1] ?? open.slice(1, -1);
    if (!(id in contents)) throw new Error(`explorer template: nothing to put in ${open}`);
    return `${open}${contents[id]}${close}`;
  });
  return filled;
}

/** dist/explorer/index.html: one self-contained page to browse, filter and cite the quotes. */
export const exportExplorer: Exporter = (dataset, earlier) => {
  const citations = cslItemsOf(dataset);
  const data: ExplorerData = {
    ...dataset,
    citations: { ...citationsOf(citations.sources), ...citationsOf(citations.report) },
    downloads: downloadGroups(earlier),
  };
  const script = assertInlineable(browserScript(), 'script');
  const style = assertInlineable(readBrowserFile('style.css'), 'style');
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = fillTemplate(
    readBrowserFile('template.html'),
    { csp, title: dataset.report.title, version: dataset.version },
    { style, script, 'explorer-data': jsonForScript(data) },
  );
  return [{ path: 'explorer/index.html', contents: html }];
};
