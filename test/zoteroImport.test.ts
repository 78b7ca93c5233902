/**
 * What a Zotero user gets from each citation file, measured item by item with a port of Zotero's own import
 * code (test/helpers/zoteroImport.ts), and the table of it in docs/citations.md kept equal to the measurement.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../scripts/exporters/citations/csl.js';
import { freshText } from './helpers/freshText.js';
import { markdownSection } from './helpers/readmeExamples.js';
import { fromBibtex, fromCslJson, fromRis, type ZoteroItem } from './helpers/zoteroImport.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const groups = ['sources', 'report', 'dataset'] as const;
const files = {
  'csl.json': (text: string) => (JSON.parse(text) as CslItem[]).map((item) => fromCslJson({ ...item })),
  bib: fromBibtex,
  ris: fromRis,
} as const;
type Extension = keyof typeof files;

/** What a CSL-JSON item says, each fact under the name docs/citations.md gives it. */
function facts(item: CslItem): Record<string, string | string[] | undefined> {
  const [year, month, day] = item.issued['date-parts'][0];
  return {
    title: item.title,
    authors: item.author?.map((name) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`)),
    date: [year, month, day]
      .filter((part) => part !== undefined)
      .map((part, index) => String(part).padStart(index ? 2 : 4, '0'))
      .join('-'),
    language: item.language,
    URL: item.URL,
    'site or publication': item['container-title'],
    publisher: item.publisher,
    place: item['event-place'] ?? item['publisher-place'],
    'speech type': item.genre,
    issue: item.issue,
    // citation-js writes RIS page ranges with a hyphen, whichever dash the report prints
    pages: item.page?.replace('–', '-'),
    'CNKI code': item.note,
    'citation key': item['citation-key'],
  };
}

/** The facts of an item that reach the Zotero item anywhere: a field, a creator or a child note. */
function lostFacts(item: CslItem, imported: ZoteroItem): string[] {
  const values = new Set(
    [
      ...Object.values(imported.fields),
      ...imported.notes,
      ...imported.creators.map((creator) => creator.split(': ')[1]),
    ].map((value) => value.replace('–', '-')),
  );
  return Object.entries(facts(item))
    .filter(([, value]) => value !== undefined && ![value].flat().every((one) => values.has(one)))
    .map(([name]) => name);
}

const zoteroTypeName: Record<string, string> = {
  presentation: 'Presentation',
  webpage: 'Web Page',
  newspaperArticle: 'Newspaper Article',
  journalArticle: 'Journal Article',
  report: 'Report',
  manuscript: 'Manuscript',
  audioRecording: 'Audio Recording',
  document: 'Document',
  book: 'Book',
  dataset: 'Dataset',
};

interface Measured {
  item: CslItem;
  imported: Record<Extension, ZoteroItem>;
}

const measured: Measured[] = groups.flatMap((group) => {
  const items: CslItem[] = JSON.parse(freshText(`citations/${group}.csl.json`));
  const importedBy = Object.fromEntries(
    Object.entries(files).map(([extension, parse]) => [
      extension,
      new Map(parse(freshText(`citations/${group}.${extension}`)).map((imported) => [imported.key, imported])),
    ]),
  ) as Record<Extension, Map<string, ZoteroItem>>;
  return items.map((item) => ({
    item,
    imported: Object.fromEntries(
      Object.entries(importedBy).map(([extension, byKey]) => [extension, byKey.get(item.id)]),
    ) as Record<Extension, ZoteroItem>,
  }));
});

const rows: [string, CslItem['type']][] = [
  ['the speech', 'speech'],
  ['press conferences, government page', 'webpage'],
  ['newspaper and news-agency articles', 'article-newspaper'],
  ['journal articles', 'article-journal'],
  ['the report', 'report'],
];

/** One cell: the Zotero item type and the facts lost by any item of the row. */
function cell(type: CslItem['type'], extension: Extension): string {
  const ofType = measured.filter(({ item }) => item.type === type);
  const zoteroTypes = [...new Set(ofType.map(({ imported }) => zoteroTypeName[imported[extension].itemType]))];
  const lost = [...new Set(ofType.flatMap(({ item, imported }) => lostFacts(item, imported[extension])))];
  return `${zoteroTypes.join(', ')}${lost.length > 0 ? `; without ${lost.join(', ')}` : ''}`;
}

/** The table as header and rows of cells. */
function measuredTable(): string[][] {
  const extensions = Object.keys(files) as Extension[];
  return [
    ['', ...extensions.map((extension) => `\`.${extension}\``)],
    ...rows.map(([label, type]) => [label, ...extensions.map((extension) => cell(type, extension))]),
  ];
}

/** The table of docs/citations.md of what Zotero imports from each file, cells trimmed, the line under its header left out. */
function readmeTable(): string[][] {
  const section = markdownSection(read('docs/citations.md'), 'Import into Zotero');
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe('imported into Zotero', () => {
  it('finds every item of every file, by its key', () => {
    for (const { item, imported } of measured) {
      for (const extension of Object.keys(files))
        expect(imported[extension as Extension], `${extension} ${item.id}`).toBeDefined();
    }
  });

  it('keeps from the CSL-JSON everything but the place of a web page', () => {
    for (const { item, imported } of measured) {
      expect(lostFacts(item, imported['csl.json']), item.id).toEqual(
        item.type === 'webpage' && item['event-place'] ? ['place'] : [],
      );
    }
  });

  it('imports the speech from the RIS as a presentation of type speech by its speaker, with its place', () => {
    const speeches = measured.filter(({ item }) => item.type === 'speech');
    expect(speeches.length).toBeGreaterThan(0);
    for (const { item, imported } of speeches) {
      expect(imported.ris).toMatchObject({
        itemType: 'presentation',
        fields: { presentationType: 'speech', place: item['event-place'] },
      });
      expect(imported.ris.creators.every((creator) => creator.startsWith('presenter: '))).toBe(true);
    }
  });

  it('imports the dataset from the CSL-JSON as a Zotero dataset, its title ending in the version it cites', () => {
    const [dataset] = measured.filter(({ item }) => item.type === 'dataset');
    // kept from case changes as a whole: Zotero keeps the nocase span as its own rich-text markup
    expect(dataset.item.title).toMatch(/^<span class="nocase">.* \(Version \d+\.\d+\.\d+\)<\/span>$/);
    expect(dataset.imported['csl.json']).toMatchObject({
      itemType: 'dataset',
      fields: {
        title: dataset.item.title,
        date: dataset.item.issued['date-parts'][0].join('-').replace(/-(\d)(?!\d)/g, '-0$1'),
      },
    });
  });

  it('keeps dates at their precision and languages from all three files', () => {
    for (const { item, imported } of measured) {
      for (const extension of Object.keys(files) as Extension[]) {
        expect(lostFacts(item, imported[extension]), `${extension} ${item.id}`).not.toContain('date');
        expect(lostFacts(item, imported[extension]), `${extension} ${item.id}`).not.toContain('language');
      }
    }
  });

  it('is described in docs/citations.md as measured', () => {
    const table = measuredTable();
    expect(
      readmeTable(),
      `docs/citations.md should read:\n${table.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
    ).toEqual(table);
  });
});
