/**
 * The explorer page as the build writes it, called in-process: the records in its HTML, the timeline, the
 * downloads taken from the files the exporters before it wrote, and the dataset's JSON-LD description.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportExplorer } from '../scripts/exporters/explorer.js';
import { createDataset } from '../scripts/lib/createDataset.js';
import type { Dataset } from '../scripts/lib/dataset.js';
import type { OutputFile } from '../scripts/lib/outputFile.js';
import { defaultDataDir, projectRoot } from '../scripts/lib/paths.js';
import { readRelease } from '../scripts/lib/readRelease.js';
import { validateData } from '../scripts/validateData.js';

const version = '9.8.7';
const base = `https://cdn.jsdelivr.net/npm/beijing-two-voices@${version}/dist/`;

/** The dataset of data/ at a made-up version of this release. */
function dataset(): Dataset {
  const validation = validateData(defaultDataDir);
  if (!validation.ok) throw new Error('data/ is not valid');
  return createDataset(validation.data, version, { ...readRelease(projectRoot), version });
}

/** Files as exporters before the explorer might write them: text, bytes of a format it has never heard of, code. */
const earlier = new Map<string, OutputFile['contents']>([
  ['csv/quotes.csv', 'id,text\nq-1,"a"\n'],
  ['xlsx/beijing-two-voices.xlsx', new Uint8Array([0x50, 0x4b, 3, 4])],
  ['parquet/quotes.parquet', new Uint8Array([0x50, 0x41, 0x52, 0x31])],
  ['newformat/quotes.ndjson', '{"id":"q-1"}\n'],
  ['esm/index.js', 'export {};\n'],
]);

const page = (data = dataset(), files = earlier) => String(exportExplorer(data, files)[0].contents);
const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json" id="dataset-description">(.*?)<\/script>/s.exec(html)?.[1] ?? '');
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the records in the page', () => {
  const data = dataset();
  const html = page(data);

  it('holds every takeaway and quote in its HTML, each id once', () => {
    for (const record of [...data.takeaways, ...data.quotes]) {
      expect(count(html, new RegExp(`\\bid="${record.id}"`, 'g')), record.id).toBe(1);
    }
    for (const quote of data.quotes) {
      const card = new RegExp(`<article class="quote[^"]*" id="${quote.id}"[^>]*data-theme="${quote.theme}"`);
      expect(html, quote.id).toMatch(card);
    }
  });

  it('uses no inline style, which the page’s Content-Security-Policy would refuse', () => {
    expect(html).not.toMatch(/\sstyle="/);
    expect(count(html, /<style>/g)).toBe(1);
  });

  it('links nothing that needs a file beside the page', () => {
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.filter((href) => !/^(#|https?:\/\/|data:)/.test(href))).toEqual([]);
  });
});

describe('the downloads', () => {
  const html = page();

  it('link every data file the exporters wrote, whatever its format, at its address for this version', () => {
    for (const path of [
      'csv/quotes.csv',
      'xlsx/beijing-two-voices.xlsx',
      'parquet/quotes.parquet',
      'newformat/quotes.ndjson',
    ]) {
      expect(html, path).toContain(
        `href="${base}${path}" download="${path.slice(path.lastIndexOf('/') + 1)}" data-path="${path}"`,
      );
    }
    expect(html).toContain('<h3>Excel workbook</h3>');
    expect(html).toContain('<h3>newformat/</h3>');
  });

  it('leave out the package’s code', () => {
    expect(html).not.toContain('data-path="esm/index.js"');
  });
});

describe('the JSON-LD', () => {
  const data = dataset();
  const description = jsonLd(page(data));
  const cff = parse(readFileSync(new URL('../CITATION.cff', import.meta.url), 'utf8'));

  it('describes the dataset with CITATION.cff’s title, creators, licence and keywords', () => {
    expect(description['@type']).toBe('Dataset');
    expect(description.name).toBe(cff.title);
    expect(description.description).toBe(cff.abstract);
    expect(description.version).toBe(version);
    expect(description.creator.map((creator: { name: string }) => creator.name)).toEqual(
      cff.authors.map((author: { name: string }) => author.name),
    );
    expect(description.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(description.keywords).toEqual(cff.keywords);
  });

  it('is based on the report, by its authors', () => {
    expect(description.isBasedOn).toMatchObject({ '@type': 'Report', name: data.report.title, url: data.report.url });
    expect(description.isBasedOn.author).toHaveLength(data.report.authors.length);
  });

  it('has a distribution per download with its format and address', () => {
    expect(description.distribution).toContainEqual(
      expect.objectContaining({
        contentUrl: `${base}xlsx/beijing-two-voices.xlsx`,
        encodingFormat: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    expect(description.distribution.map((file: { name: string }) => file.name).sort()).toEqual(
      ['csv/quotes.csv', 'newformat/quotes.ndjson', 'parquet/quotes.parquet', 'xlsx/beijing-two-voices.xlsx'].sort(),
    );
  });
});

describe('the timeline', () => {
  it('has one mark per dated quote of the table, a link to it', () => {
    const data = dataset();
    const html = page(data);
    const dated = data.quotes.filter((quote) => quote.context === 'contrast' && quote.date !== null);
    const marks = [...html.matchAll(/<a href="#([^"]+)" class="tl-mark voice-(\w+)/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    expect(marks.sort()).toEqual(dated.map((quote) => `${quote.id} ${quote.voice}`).sort());
    expect(html).toMatch(/<svg [^>]*aria-labelledby="timeline-title" aria-describedby="timeline-desc"/);
  });

  it('names each mark apart, by voice, speaker, date, theme and its opening words', () => {
    const data = dataset();
    const names = [...page(data).matchAll(/class="tl-mark[^"]*" data-quote="[^"]*" aria-label="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name).toMatch(/^(External|Internal): .+\b\d{4}; theme \d+ \(.+\), .+; beginning “.+”$/);
  });

  it('lists a quote without a date beside it, and draws a year as a bar across that year', () => {
    const data = dataset();
    const contrast = data.quotes.filter((quote) => quote.context === 'contrast');
    contrast[0].date = null;
    contrast[1].date = '2015';
    const html = page(data);
    expect(html).not.toContain(`<a href="#${contrast[0].id}" class="tl-mark`);
    expect(html).toMatch(new RegExp(`<div class="timeline-undated">.*<a href="#${contrast[0].id}">`, 's'));
    const mark = new RegExp(
      `<a href="#${contrast[1].id}" class="tl-mark[^"]*"[^>]*><title>[^<]*</title><rect class="tl-span" x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"`,
    ).exec(html);
    const ticks = [...html.matchAll(/<line class="tl-tick" x1="([\d.]+)"/g)].map((match) => Number(match[1]));
    const yearWidth = ticks[1] - ticks[0];
    expect(Number(mark?.[2])).toBeCloseTo(yearWidth, 0);
  });
});
