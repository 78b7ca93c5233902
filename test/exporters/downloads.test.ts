/**
 * downloadGroups on files made up here: a file no group lists gets a group of its folder (or of its own, at the top
 * of dist/) after the known ones, with a media type from its contents, and a group with no files is left out; only
 * the JSON files of records are made in the page, from its records, so that the page does not grow with the formats.
 */
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../../schema/collections.js';
import { downloadGroups } from '../../scripts/exporters/explorer/downloads.js';
import type { DownloadGroup } from '../../scripts/exporters/explorer/pageTypes.js';
import type { OutputFile } from '../../scripts/lib/outputFile.js';
import type { ReleaseMeta } from '../../scripts/lib/release.js';

const baseUrl = 'https://cdn.example/pkg@1.0.0/dist/';
/** all.json's meta, carried beside the records the page holds. */
const meta = { version: '1.0.0' } as ReleaseMeta;

/** Each group's heading and description, and per link what the page shows of it. */
const shown = (groups: DownloadGroup[]) =>
  groups.map(({ heading, description, links }) => ({
    heading,
    description,
    links: links.map(({ label, path, url, mediaType, bytes, contents }) => [
      label,
      path,
      url,
      mediaType,
      bytes,
      contents,
    ]),
  }));

describe('downloadGroups', () => {
  it('groups files no known group lists by their folder, or alone at the top of dist/, sorted, after the known ones', () => {
    const earlier = new Map<string, OutputFile['contents']>([
      ['notes/b.txt', 'bé'],
      ['README.txt', Buffer.from('top')],
      ['esm/index.js', 'export {};'],
      ['csv/quotes.csv', 'a,b\n'],
      ['citations/report.bib', '@book{}'],
      ['notes/deep/a.bin', new Uint8Array([1, 2, 3])],
      ['json/quotes.json', '[]\n'],
      ['json/all.json', '{"meta":{"version":"1.0.0"}}\n'],
    ]);
    expect(shown(downloadGroups(earlier, baseUrl, meta))).toEqual([
      {
        heading: 'CSV',
        description: 'One table per collection, UTF-8, for scripts and data tools.',
        links: [['quotes.csv', 'csv/quotes.csv', `${baseUrl}csv/quotes.csv`, 'text/csv;charset=utf-8', 4, null]],
      },
      {
        heading: 'Citations',
        description:
          'For reference managers: every work the endnotes cite (sources), the report itself (report), and this dataset at this version (dataset).',
        links: [
          [
            'report.bib: BibTeX (LaTeX, BibLaTeX)',
            'citations/report.bib',
            `${baseUrl}citations/report.bib`,
            'application/x-bibtex;charset=utf-8',
            7,
            null,
          ],
        ],
      },
      {
        heading: 'JSON',
        description: 'The published records, every collection in one file or one file each.',
        links: [
          [
            'all.json',
            'json/all.json',
            `${baseUrl}json/all.json`,
            'application/json',
            29,
            { collections: [...collectionNames], meta: { version: '1.0.0' } },
          ],
          [
            'quotes.json',
            'json/quotes.json',
            `${baseUrl}json/quotes.json`,
            'application/json',
            3,
            { records: 'quotes' },
          ],
        ],
      },
      {
        heading: 'README.txt',
        description: 'The file README.txt.',
        links: [['README.txt', 'README.txt', `${baseUrl}README.txt`, 'text/plain;charset=utf-8', 3, null]],
      },
      {
        heading: 'notes/',
        description: 'The files of notes/.',
        links: [
          ['b.txt', 'notes/b.txt', `${baseUrl}notes/b.txt`, 'text/plain;charset=utf-8', 3, null],
          ['deep/a.bin', 'notes/deep/a.bin', `${baseUrl}notes/deep/a.bin`, 'application/octet-stream', 3, null],
        ],
      },
    ]);
  });
});
