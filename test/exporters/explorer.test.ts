/**
 * The explorer's Node side called in process: the page it writes embeds the records, the citations split from the
 * citation files and the files to download, under a CSP that allows exactly its inline script and style. (The
 * page's browser code is proven in Chromium by the browser tests, and is left out of mutation testing.)
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectionNames, fieldProvenance } from '../../schema/index.js';
import { exportCitations } from '../../scripts/exporters/citations.js';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { assertInlineable, cspHash, escapeHtml, jsonForScript } from '../../scripts/exporters/explorer/html.js';
import { exportExplorer } from '../../scripts/exporters/explorer.js';
import { exportJson } from '../../scripts/exporters/json.js';
import type { Dataset } from '../../scripts/lib/createDataset.js';
import { datasetNow, exportedNow, textOf } from '../helpers/exportedNow.js';

const unescaped = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] as string,
  );

function pageNow(change?: (dataset: Dataset) => void) {
  const dataset = datasetNow();
  change?.(dataset);
  const files = exportedNow(dataset, exportJson, exportCitations, exportCsv);
  const written = exportExplorer(dataset, files);
  expect(written.map((file) => file.path)).toEqual(['explorer/index.html']);
  const html = String(written[0].contents);
  const element = (pattern: RegExp) => {
    const found = pattern.exec(html);
    if (!found) throw new Error(`the page has no ${pattern}`);
    return found[1];
  };
  return {
    dataset,
    files,
    html,
    style: element(/<style>([\s\S]*?)<\/style>/),
    script: element(/<script>([\s\S]*?)<\/script>/),
    data: JSON.parse(element(/<script type="application\/json" id="explorer-data">([\s\S]*?)<\/script>/)),
    csp: unescaped(element(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)),
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('explorer/index.html made in process', () => {
  it('allows exactly its own inline script and style, and nothing else', () => {
    const { csp, script, style } = pageNow();
    expect(script.length).toBeGreaterThan(1000);
    expect(style.length).toBeGreaterThan(100);
    expect(csp).toBe(
      `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
  });

  it('inlines the page’s modules bundled as one classic script, without the paths of this machine', () => {
    const { script } = pageNow();
    expect(script).toMatch(/^"use strict";\n\(function\(\) \{/);
    expect(script).not.toMatch(/^\s*(import|export) /m);
    expect(script).toContain('// scripts/exporters/explorer/browser/app.js');
    expect(script).not.toContain(process.cwd());
  });

  it('fills every placeholder, with the title and version escaped as HTML', () => {
    const { html, dataset, script, style } = pageNow((d) => {
      d.report.title = 'Tom & Jerry <b>"quoted" it\'s</b>';
      d.version = '9.9.9-<x>';
    });
    expect(html.replace(script, '').replace(style, '')).not.toMatch(/\{\{\w+\}\}/);
    expect(html).toContain(
      '<title>Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot; it&#39;s&lt;/b&gt;: quote explorer</title>',
    );
    expect(html).toContain('dataset version 9.9.9-&lt;x&gt;</p>');
    expect(dataset.report.title).toContain('<b>');
  });

  it('embeds the published records, a text closing its script element or not', () => {
    const { data, html, dataset } = pageNow((d) => {
      d.quotes[0].text = 'a </script><script>alert(1)</script> b';
    });
    for (const name of collectionNames) expect(data[name], name).toEqual(dataset[name]);
    expect(data.version).toBe(dataset.version);
    // no element is closed early: each script ends where it should
    expect(html.match(/<\/script>/g)?.length).toBe(html.match(/<script[ >]/g)?.length);
  });

  it('embeds the BibTeX entry and the CSL-JSON item of every source and of the report, split from the citation files', () => {
    const { data, files, dataset } = pageNow();
    const ids = [...dataset.sources.map((source) => source.id), dataset.report.id];
    expect(Object.keys(data.citations)).toEqual(ids);
    const items = [
      ...JSON.parse(textOf(files, 'citations/sources.csl.json')),
      ...JSON.parse(textOf(files, 'citations/report.csl.json')),
    ];
    const bib = `${textOf(files, 'citations/sources.bib')}\n${textOf(files, 'citations/report.bib')}`;
    ids.forEach((id, at) => {
      const { bibtex, cslJson } = data.citations[id];
      expect(cslJson, id).toBe(JSON.stringify(items[at], null, 2));
      expect(bibtex, id).toMatch(new RegExp(`^@\\w+\\{${id},\\n[\\s\\S]*\\n\\}$`));
      expect(bib, id).toContain(`${bibtex}\n`);
    });
  });
});

describe('the explorer’s parts', () => {
  it('escapes HTML, keeps JSON from closing its element, and refuses code that would', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
    expect(cspHash('abc')).toBe(`'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='`);
    expect(cspHash('é')).toBe(sha256('é'));
    expect(assertInlineable('a < /script', 'script')).toBe('a < /script');
    expect(() => assertInlineable('x</SCRIPT>', 'script')).toThrow('inline script contains "</script"');
    expect(() => assertInlineable('x</style', 'style')).toThrow('inline style contains "</style"');
    expect(assertInlineable('x</style', 'script')).toBe('x</style');
  });
});

describe('the explorer’s table of provenance', () => {
  it('gives every declared field of every collection its kinds and how, as schema/ declares them', () => {
    const { html } = pageNow();
    const table = /<details class="timeline-table field-provenance" id="provenance">([\s\S]*?)<\/details>/.exec(
      html,
    )?.[1];
    expect(table).toBeDefined();
    const captions = [...(table as string).matchAll(/<caption>([^<]*)<\/caption>/g)].map((match) => match[1]);
    expect(captions).toEqual([...collectionNames]);
    const rows = [
      ...(table as string).matchAll(
        /<tr><th scope="row"><code>([^<]*)<\/code><\/th><td>([^<]*)<\/td><td>(.*?)<\/td><\/tr>/g,
      ),
    ];
    // the Chinese a declaration quotes stands in a lang="zh" span, and only that
    const chinese = /<span lang="zh">([^<]*)<\/span>/g;
    for (const row of rows) expect(row[3].replaceAll(chinese, '')).not.toMatch(/<|\p{Script=Han}/u);
    const expected = collectionNames.flatMap((collection) =>
      Object.entries(fieldProvenance[collection]).map(([field, { kinds, how }]) => [
        field,
        kinds.join(' or '),
        escapeHtml(how),
      ]),
    );
    expect(rows.map(([, field, kinds, how]) => [field, kinds, how.replaceAll(chinese, '$1')])).toEqual(expected);
    expect(rows.some(([, , , how]) => chinese.test(how))).toBe(true);
  });
});
