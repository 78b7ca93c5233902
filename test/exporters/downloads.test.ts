/**
 * downloadGroups on files made up here: a file no group lists gets a group of its folder (or of its own, at the top
 * of dist/) after the known ones, with a media type from its contents, and a group with no files is left out.
 */
import { describe, expect, it } from 'vitest';
import { downloadGroups } from '../../scripts/exporters/explorer/downloads.js';
import type { DownloadGroup } from '../../scripts/exporters/explorer/pageTypes.js';
import type { OutputFile } from '../../scripts/lib/outputFile.js';

const baseUrl = 'https://cdn.example/pkg@1.0.0/dist/';

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
      ['README.txt', 'top'],
      ['esm/index.js', 'export {};'],
      ['csv/quotes.csv', 'a,b\n'],
      ['citations/report.bib', '@book{}'],
      ['notes/deep/a.bin', new Uint8Array([1, 2, 3])],
    ]);
    expect(shown(downloadGroups(earlier, baseUrl))).toEqual([
      {
        heading: 'CSV',
        description: 'One table per collection, UTF-8, for scripts and data tools.',
        links: [
          ['quotes.csv', 'csv/quotes.csv', `${baseUrl}csv/quotes.csv`, 'text/csv;charset=utf-8', 4, { text: 'a,b\n' }],
        ],
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
            { text: '@book{}' },
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

  it('refuses a file the page would make that is not text, naming it', () => {
    const earlier = new Map<string, OutputFile['contents']>([['csv/quotes.csv', new Uint8Array([0xff])]]);
    expect(() => downloadGroups(earlier, baseUrl)).toThrow(
      'the explorer cannot make dist/csv/quotes.csv in the page: it is not text',
    );
  });
});
