/**
 * The CSV exporter, called in process on the dataset built from data/: every cell read back equals what the
 * published records hold, looked up here apart from the exporter, in both flavours.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../../schema/index.js';
import { exportCsv } from '../../scripts/exporters/csv.js';
import type { Dataset } from '../../scripts/lib/createDataset.js';
import { datasetNow, exportedNow, type Files, textOf, withEvidence } from '../helpers/exportedNow.js';

type Json = Record<string, unknown>;

const rowsOf = (dataset: Dataset, collection: (typeof collectionNames)[number]): Json[] => {
  const value = dataset[collection];
  return (Array.isArray(value) ? value : [value]) as Json[];
};
const byId = (dataset: Dataset, collection: (typeof collectionNames)[number], id: unknown): Json => {
  const found = rowsOf(dataset, collection).find((record) => record.id === id);
  if (!found) throw new Error(`no ${collection} record ${String(id)}`);
  return found;
};
const names = (dataset: Dataset, ids: unknown) => (ids as string[]).map((id) => byId(dataset, 'people', id).name);
const ofSource = (dataset: Dataset, id: unknown, field: string) =>
  id === null ? null : byId(dataset, 'sources', id)[field];

/** The columns that join a linked record's readable values, each with its value, in their place after a field. */
const joinedColumns: Record<
  string,
  [after: string, name: string, value: (record: Json, dataset: Dataset) => unknown][]
> = {
  report: [['authors', 'authorNames', (r, d) => names(d, r.authors)]],
  takeaways: [['theme', 'themeHeading', (r, d) => byId(d, 'themes', r.theme).heading]],
  quotes: [
    ['theme', 'themeHeading', (r, d) => byId(d, 'themes', r.theme).heading],
    ['speakers', 'speakerNames', (r, d) => names(d, r.speakers)],
    ['source', 'sourceTitle', (r, d) => ofSource(d, r.source, 'title')],
    ['sourceTitle', 'sourceTitleEnglish', (r, d) => ofSource(d, r.source, 'titleEnglish')],
    ['sourceTitleEnglish', 'sourceUrl', (r, d) => ofSource(d, r.source, 'url')],
  ],
  endnotes: [
    [
      'citations',
      'citationTitles',
      (r, d) => (r.citations as Json[]).map((citation) => byId(d, 'sources', citation.source).title),
    ],
  ],
  sources: [['authors', 'authorNames', (r, d) => names(d, r.authors)]],
  annotations: [
    [
      'target',
      'targetCollection',
      (r, d) => collectionNames.find((name) => rowsOf(d, name).some((record) => record.id === r.target)),
    ],
  ],
};

const inferredFields = (record: Json, dataset: Dataset) =>
  dataset.annotations
    .filter((annotation) => annotation.kind === 'inferred' && annotation.target === record.id)
    .map((annotation) => annotation.field);

function expectedHeader(collection: (typeof collectionNames)[number]): string[] {
  const header = Object.keys(collectionSchemas[collection].published.shape);
  for (const [after, name] of joinedColumns[collection] ?? []) header.splice(header.indexOf(after) + 1, 0, name);
  return [...header, 'inferredFields'];
}

const cellOf = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : Array.isArray(value)
      ? value.map((item) => (typeof item === 'object' ? (item.source ?? item.reportLink) : item)).join('; ')
      : String(value);

function expectedRows(dataset: Dataset, collection: (typeof collectionNames)[number]): string[][] {
  const header = expectedHeader(collection);
  const joined = new Map((joinedColumns[collection] ?? []).map(([, name, value]) => [name, value]));
  return rowsOf(dataset, collection).map((record) =>
    header.map((column) => {
      if (column === 'inferredFields') return cellOf(inferredFields(record, dataset));
      const join = joined.get(column);
      return cellOf(join ? join(record, dataset) : record[column]);
    }),
  );
}

/** Each list of the records as a table: [file, collection, field, the column holding the items, its owner's key]. */
const linkTables: [string, (typeof collectionNames)[number], string, string, 'id' | 'number'][] = [
  ['report-authors', 'report', 'authors', 'person', 'id'],
  ['takeaway-endnotes', 'takeaways', 'endnotes', 'endnote', 'number'],
  ['quote-speakers', 'quotes', 'speakers', 'person', 'id'],
  ['quote-insertions', 'quotes', 'insertions', 'insertion', 'id'],
  ['endnote-citations', 'endnotes', 'citations', 'source', 'number'],
  ['source-authors', 'sources', 'authors', 'person', 'id'],
  ['person-name-variants', 'people', 'nameVariants', 'nameVariant', 'id'],
];
/** The lists of objects with more than one value an item, each a column. */
const evidenceTable = 'annotation-evidence';

const canonical = (files: Files, name: string): string[][] =>
  parse(textOf(files, `csv/${name}.csv`), { record_delimiter: '\n' });
const excel = (files: Files, name: string): string[][] =>
  parse(textOf(files, `csv-excel/${name}.csv`), { bom: true, record_delimiter: '\r\n' });
/** A cell a spreadsheet would run as a formula, the full-width forms too, is prefixed with an apostrophe. */
const neutralised = (cell: string) => (/^[=+\-@\t\r＝＋－＠]/.test(cell) ? `'${cell}` : cell);
/** The date columns, whose cells the spreadsheet flavour writes as text formulas, so that a spreadsheet keeps them text. */
const dateColumns: Record<string, string> = { quotes: 'date', sources: 'issued', report: 'issued' };
/** A cell as the spreadsheet flavour writes it: a date as ="…", any other formula neutralised. */
const spreadsheetCell = (name: (typeof collectionNames)[number]) => (cell: string, index: number) =>
  expectedHeader(name)[index] === dateColumns[name] && cell !== '' ? `="${cell}"` : neutralised(cell);

describe('csv/ and csv-excel/', () => {
  it('hold one file per collection and one per list of the records, in both flavours', () => {
    const files = exportedNow(datasetNow(), exportCsv);
    const tables = [...collectionNames, ...linkTables.map(([name]) => name), evidenceTable];
    expect([...files.keys()].sort()).toEqual(
      tables.flatMap((name) => [`csv/${name}.csv`, `csv-excel/${name}.csv`]).sort(),
    );
  });

  it.each(collectionNames)('%s.csv: the header, then one row per record, every cell as the records hold it', (name) => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportCsv);
    const [header, ...rows] = canonical(files, name);
    expect(header).toEqual(expectedHeader(name));
    expect(rows).toEqual(expectedRows(dataset, name));
  });

  it.each(collectionNames)('%s.csv for spreadsheets: the same cells, a date as text, a formula neutralised', (name) => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportCsv);
    const [header, ...rows] = excel(files, name);
    expect(header).toEqual(expectedHeader(name));
    expect(rows).toEqual(expectedRows(dataset, name).map((row) => row.map(spreadsheetCell(name))));
  });

  it('writes a date for spreadsheets as a text formula, unescaped, and an empty date empty', () => {
    const dataset = datasetNow();
    const [first, second] = dataset.quotes;
    Object.assign(first, { date: null });
    Object.assign(second, { date: '2016' });
    const files = exportedNow(dataset, exportCsv);
    const row = (id: string) => excel(files, 'quotes').find((cells) => cells[0] === id) as string[];
    const at = expectedHeader('quotes').indexOf('date');
    expect(row(first.id)[at]).toBe('');
    expect(row(second.id)[at]).toBe('="2016"');
    expect(textOf(files, 'csv-excel/quotes.csv')).toContain(',"=""2016""",');
    expect(canonical(files, 'quotes').find((cells) => cells[0] === second.id)?.[at]).toBe('2016');
  });

  it.each(linkTables)(
    '%s.csv: one row per item of %s.%s, keyed by its record and place',
    (name, from, field, column, key) => {
      const dataset = datasetNow();
      const files = exportedNow(dataset, exportCsv);
      const owner = collectionSchemas[from].recordName;
      const expected = rowsOf(dataset, from).flatMap((record) =>
        (record[field] as unknown[]).map((item, index) => [
          String(record[key]),
          String(index + 1),
          String(typeof item === 'object' ? (item as Json).source : item),
        ]),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(canonical(files, name)).toEqual([[owner, 'position', column], ...expected]);
      expect(excel(files, name)).toEqual([[owner, 'position', column], ...expected.map((row) => row.map(neutralised))]);
    },
  );

  it('annotations.csv: each annotation’s evidence as the links of its excerpts, in order', () => {
    const dataset = datasetNow(withEvidence);
    const files = exportedNow(dataset, exportCsv);
    const [header, ...rows] = canonical(files, 'annotations');
    const links = dataset.annotations[0].evidence.map((excerpt) => excerpt.reportLink);
    expect(links).toHaveLength(2);
    expect(rows[0][header.indexOf('evidence')]).toBe(links.join('; '));
    expect(rows[1][header.indexOf('evidence')]).toBe('');
  });

  it('annotation-evidence.csv: one row per excerpt, keyed by its annotation and place, with its link and words', () => {
    const dataset = datasetNow(withEvidence);
    const files = exportedNow(dataset, exportCsv);
    const [first] = dataset.annotations;
    const header = ['annotation', 'position', 'reportLink', 'exact', 'prefix', 'suffix'];
    const expected = first.evidence.map((excerpt, index) => [
      first.id,
      String(index + 1),
      excerpt.reportLink,
      excerpt.exact,
      excerpt.prefix ?? '',
      excerpt.suffix ?? '',
    ]);
    expect(expected[1]).toEqual([
      first.id,
      '2',
      `${dataset.report.url}#:~:text=Two%20Voices%20in-,Telecommunications`,
      'Telecommunications',
      'Two Voices in ',
      '',
    ]);
    expect(canonical(files, evidenceTable)).toEqual([header, ...expected]);
    expect(excel(files, evidenceTable)).toEqual([header, ...expected]);
  });

  it('writes the canonical flavour in UTF-8 without BOM, ending every line with LF only', () => {
    const files = exportedNow(datasetNow(), exportCsv);
    for (const [path, contents] of files) {
      if (!path.startsWith('csv/')) continue;
      const text = contents as string;
      expect(text.charCodeAt(0), path).not.toBe(0xfeff);
      expect(text, path).not.toContain('\r');
      expect(text.endsWith('\n'), path).toBe(true);
    }
  });

  it('writes the spreadsheet flavour with a BOM, ending every line with CRLF', () => {
    const files = exportedNow(datasetNow(), exportCsv);
    for (const [path, contents] of files) {
      if (!path.startsWith('csv-excel/')) continue;
      const text = contents as string;
      expect(text.charCodeAt(0), path).toBe(0xfeff);
      expect(text, path).not.toMatch(/(?<!\r)\n/);
      expect(text.endsWith('\r\n'), path).toBe(true);
    }
  });

  it('keeps a value that would start a formula as it is in the canonical flavour, neutralised for spreadsheets', () => {
    const dataset = datasetNow();
    const [quote] = dataset.quotes;
    Object.assign(quote, { text: '=HYPERLINK("https://example.org")', audience: '-External', attribution: '@Xi' });
    dataset.people[0].role = '+President';
    const files = exportedNow(dataset, exportCsv);
    const row = (rows: string[][]) => rows.find((cells) => cells[0] === quote.id) as string[];
    const header = expectedHeader('quotes');
    const at = (field: string) => header.indexOf(field);
    expect(row(canonical(files, 'quotes'))[at('text')]).toBe(quote.text);
    expect(row(excel(files, 'quotes'))[at('text')]).toBe(`'${quote.text}`);
    expect(row(excel(files, 'quotes'))[at('audience')]).toBe("'-External");
    expect(row(excel(files, 'quotes'))[at('attribution')]).toBe("'@Xi");
    expect(excel(files, 'people')[1]).toContain("'+President");
    expect(canonical(files, 'people')[1]).toContain('+President');
  });

  it('holds no list item that contains the "; " joining the items of a cell, so that every list cell splits back', () => {
    const dataset = datasetNow();
    let lists = 0;
    for (const collection of collectionNames) {
      const joined = new Map((joinedColumns[collection] ?? []).map(([, name, value]) => [name, value]));
      for (const record of rowsOf(dataset, collection)) {
        for (const column of expectedHeader(collection)) {
          const join = joined.get(column);
          const value =
            column === 'inferredFields'
              ? inferredFields(record, dataset)
              : join
                ? join(record, dataset)
                : record[column];
          if (!Array.isArray(value)) continue;
          lists += 1;
          for (const item of value) {
            const text = typeof item === 'object' ? (item as Json).source : item;
            expect(String(text), `${String(record.id)} ${column}`).not.toContain('; ');
          }
        }
      }
    }
    expect(lists).toBeGreaterThan(0);
  });

  it('writes true and false for a yes-or-no field, and an empty cell for a null', () => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportCsv);
    const header = expectedHeader('quotes');
    const cells = canonical(files, 'quotes')
      .slice(1)
      .map((row) => row[header.indexOf('attributionShared')]);
    expect(new Set(cells)).toEqual(new Set(['true', 'false']));
    const rows = canonical(files, 'quotes').slice(1);
    const nulls = dataset.quotes.flatMap((quote, row) =>
      Object.entries(quote)
        .filter(([, value]) => value === null)
        .map(([field]) => rows[row][header.indexOf(field)]),
    );
    expect(nulls.length).toBeGreaterThan(0);
    expect(new Set(nulls)).toEqual(new Set(['']));
  });
});
