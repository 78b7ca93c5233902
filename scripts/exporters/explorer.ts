import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { cdnBase } from '../lib/cdnBase.js';
import { normalizeForSearch } from '../lib/normalizeForSearch.js';
import { releaseMeta } from '../lib/releaseMeta.js';
import { cslItemsOf } from './citations/cslItemsOf.js';
import { citationsOf } from './explorer/citations.js';
import { datasetJsonLd } from './explorer/datasetJsonLd.js';
import { downloadGroups } from './explorer/downloads.js';
import { fillTemplate } from './explorer/fillTemplate.js';
import { assertInlineable, cspHash, jsonForScript } from './explorer/html.js';
import { PageRecords } from './explorer/page/pageRecords.js';
import { pageSections } from './explorer/page/pageSections.js';
import { searchableText } from './explorer/page/searchableText.js';
import type { ExplorerData } from './explorer/pageTypes.js';
import type { SyncExporter } from './types.js';

const browserDir = new URL('./explorer/browser/', import.meta.url);
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const readBrowserFile = (name: string) => readFileSync(new URL(name, browserDir), 'utf8');

/**
 * The page's modules as one classic script, bundled in this process by rolldown (esbuild would start a process of
 * its own), once, when the exporters are loaded: it is made of the code, not the data. The paths in its comments
 * are relative to the project, so stable.
 */
async function bundleBrowserScript(): Promise<string> {
  const bundle = await rolldown({
    input: fileURLToPath(new URL('app.js', browserDir)),
    cwd: projectRoot,
    // the page's modules import the library's TypeScript by the name of the .js it compiles to
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    // Stryker disable next-line StringLiteral: the browser files use no syntax newer than ES2020, so rolldown's default (esnext) gives the same bytes
    transform: { target: 'es2020' },
  });
  try {
    // strict, as the modules it is made of are
    const { output } = await bundle.generate({ format: 'iife', strict: true, comments: false });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

const browserScript = await bundleBrowserScript();

/**
 * dist/explorer/index.html: one self-contained page to read, filter and cite the quotes. The build writes every
 * record into its HTML, so that it reads with scripting off; the script adds filters, search and copying.
 */
export const exportExplorer: SyncExporter = (dataset, earlier) => {
  const items = cslItemsOf(dataset);
  const citations = { ...citationsOf(items.sources), ...citationsOf(items.report) };
  const records = new PageRecords(dataset, citations);
  const downloads = downloadGroups(
    earlier,
    `${cdnBase}/${dataset.release.packageName}@${dataset.version}/dist/`,
    releaseMeta(dataset),
  );
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
      records.contrastQuotes.map((quote) => [quote.id, normalizeForSearch(searchableText(quote, records))]),
    ),
  };
  // Stryker disable next-line StringLiteral: the bundled script holds no "</" at all, so a check for any "</" passes alike
  const script = assertInlineable(browserScript, 'script');
  const style = assertInlineable(
    readBrowserFile('style.css'),
    // Stryker disable next-line StringLiteral: style.css holds no "</" at all, so a check for any "</" passes alike
    'style',
  );
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${cspHash(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const parts = fillTemplate(
    readBrowserFile('template.html'),
    { csp, title: dataset.report.title, version: dataset.version },
    pageSections(records, downloads),
    {
      style,
      script,
      'explorer-data': jsonForScript(data),
      'dataset-description': jsonForScript(datasetJsonLd(dataset, downloads)),
    },
  );
  // as bytes, part by part: the page as one string would grow past what V8 can hold with the records
  return [{ path: 'explorer/index.html', contents: Buffer.concat(parts.map((part) => Buffer.from(part))) }];
};
