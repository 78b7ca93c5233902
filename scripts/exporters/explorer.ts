import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { cdnBase } from '../lib/cdnBase.js';
import { datasetMetadata } from '../lib/datasetMetadata.js';
import { normalizeForSearch } from '../lib/normalizeForSearch.js';
import { cslItemsOf } from './citations/cslItemsOf.js';
import { citationsOf } from './explorer/citations.js';
import { datasetJsonLd } from './explorer/datasetJsonLd.js';
import { downloadGroups } from './explorer/downloads.js';
import { assertInlineable, cspHash, escapeHtml, jsonForScript } from './explorer/html.js';
import { PageRecords } from './explorer/page/pageRecords.js';
import { pageSections } from './explorer/page/pageSections.js';
import { searchableText } from './explorer/page/searchableText.js';
import type { ExplorerData } from './explorer/pageTypes.js';
import type { Exporter } from './types.js';

const browserDir = new URL('./explorer/browser/', import.meta.url);
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

/**
 * Fills {{name}} with escaped text and {{{name}}} with markup, in one pass so that no record's text is read as a
 * slot, then the empty <style> and <script> elements with their contents.
 */
function fillTemplate(
  template: string,
  text: Record<string, string>,
  markup: Record<string, string>,
  contents: Record<string, string>,
): string {
  const withText = template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, raw?: string, plain?: string) => {
    if (raw !== undefined) {
      if (!(raw in markup)) throw new Error(`explorer template: no markup for {{{${raw}}}}`);
      return markup[raw];
    }
    const name = plain ?? '';
    if (!(name in text)) throw new Error(`explorer template: no value for {{${name}}}`);
    return escapeHtml(text[name]);
  });
  return withText.replace(/(<(style|script)[^>]*>)(<\/\2>)/g, (_, open: string, __, close: string) => {
    const id = /id="([^"]+)"/.exec(open)?.[1] ?? open.slice(1, -1);
    if (!(id in contents)) throw new Error(`explorer template: nothing to put in ${open}`);
    return `${open}${contents[id]}${close}`;
  });
}

/**
 * dist/explorer/index.html: one self-contained page to read, filter and cite the quotes. The build writes every
 * record into its HTML, so that it reads with scripting off; the script adds filters, search and copying.
 */
export const exportExplorer: Exporter = (dataset, earlier) => {
  const metadata = datasetMetadata();
  const items = cslItemsOf(dataset);
  const citations = { ...citationsOf(items.sources), ...citationsOf(items.report) };
  const records = new PageRecords(dataset, citations);
  const downloads = downloadGroups(earlier, `${cdnBase}/${metadata.packageName}@${dataset.version}/dist/`);
  const data: ExplorerData = {
    ...dataset,
    citations,
    downloads: Object.fromEntries(
      downloads.flatMap((group) =>
        group.links.flatMap((link) =>
          link.contents ? [[link.path, { ...link.contents, mediaType: link.mediaType }]] : [],
        ),
      ),
    ),
    searchText: Object.fromEntries(
      records.contrastQuotes().map((quote) => [quote.id, normalizeForSearch(searchableText(quote, records))]),
    ),
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
    pageSections(records, downloads),
    {
      style,
      script,
      'explorer-data': jsonForScript(data),
      'dataset-description': jsonForScript(datasetJsonLd(dataset, metadata, downloads)),
    },
  );
  return [{ path: 'explorer/index.html', contents: html }];
};
