/**
 * Citations: the cited works and the report as CSL-JSON, BibTeX and RIS, which reference managers import
 * with their keys, titles, authors and dates intact.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Person, Report, Source } from '../schema/index.js';
import { toBiblatex } from '../scripts/exporters/citations/bibtex.js';
import type { CslItem } from '../scripts/exporters/citations/csl.js';
import { westernName } from '../scripts/exporters/citations/reportToCsl.js';
import { exportCitations } from '../scripts/exporters/citations.js';
import type { Dataset } from '../scripts/lib/createDataset.js';
import { readRelease } from '../scripts/lib/readRelease.js';
import { freshText } from './helpers/freshText.js';
import { itWith } from './helpers/optionalPrograms.js';
import { pandocItems } from './helpers/pandocBibliography.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

const { version } = JSON.parse(read('package.json'));
const { meta: _meta, ...collections } = JSON.parse(freshText('json/all.json'));
const dataset: Dataset = {
  version,
  release: readRelease(fileURLToPath(new URL('..', import.meta.url))),
  ...collections,
};
const sources: Source[] = dataset.sources;
const report: Report = dataset.report;
const people = new Map<string, Person>(dataset.people.map((person) => [person.id, person]));
const person = (id: string): Person => people.get(id) as Person;

const groups = ['sources', 'report', 'dataset'] as const;
const cslOf = (group: (typeof groups)[number]): CslItem[] => JSON.parse(freshText(`citations/${group}.csl.json`));
const sourceItems = cslOf('sources');
const reportItems = cslOf('report');
const itemOf = (source: Source) => sourceItems.find((item) => item.id === source.id) as CslItem;

const datePartsOf = (iso: string) => [iso.split('-').map(Number)];
const bilingual = (original: string, english: string | null) => (english ? `${original} [${english}]` : original);

describe('CSL-JSON', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(read('schema/csl/csl-data.json')));

  it.each(groups)('dist/citations/%s.csl.json validates against the official CSL-JSON schema', (group) => {
    expect(validate(cslOf(group)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema rejects an item with a key outside CSL', () => {
    const [item] = sourceItems;
    expect(validate([{ ...item, titleEnglish: 'An English title' }])).toBe(false);
    expect(validate.errors?.map((error) => error.params)).toContainEqual({ additionalProperty: 'titleEnglish' });
  });

  it('holds every source, in order, with the source id as id and citation key', () => {
    expect(sourceItems.map((item) => item.id)).toEqual(sources.map((source) => source.id));
    for (const item of sourceItems) expect(item['citation-key'], item.id).toBe(item.id);
  });

  it('gives each kind of source the CSL type Zotero maps to the matching item type', () => {
    const typeOfKind: Record<Source['kind'], string> = {
      speech: 'speech',
      'press-conference': 'webpage',
      'news-article': 'article-newspaper',
      'journal-article': 'article-journal',
      'government-web-page': 'webpage',
    };
    for (const source of sources) expect(itemOf(source).type, source.id).toBe(typeOfKind[source.kind]);
  });

  it('dates each item at the precision of the source’s ISO date, never as a literal, with no access date', () => {
    for (const source of sources) {
      expect(itemOf(source).issued, source.id).toEqual({ 'date-parts': datePartsOf(source.issued) });
      expect(itemOf(source), source.id).not.toHaveProperty('accessed');
    }
  });

  it('prints titles and containers in the original, the English in brackets, and no original-title', () => {
    for (const source of sources) {
      const item = itemOf(source);
      expect(item.title, source.id).toBe(bilingual(source.title, source.titleEnglish));
      const english = source.containerEnglish ?? undefined;
      expect(item['container-title'], source.id).toBe(
        source.container ? bilingual(source.container, source.containerEnglish) : english,
      );
      expect(item.language, source.id).toBe(source.language);
      expect(item, source.id).not.toHaveProperty('original-title');
    }
  });

  it('names each author as printed: the Chinese name with the romanization in brackets, else the name', () => {
    for (const source of sources) {
      const expected = source.authors.map((id) => {
        const { name, nameChinese } = person(id);
        return { literal: nameChinese ? `${nameChinese} [${name}]` : name };
      });
      expect(itemOf(source).author ?? [], source.id).toEqual(expected);
    }
  });

  it('keeps a speech’s genre and place, and puts any outlet in container-title rather than publisher', () => {
    for (const source of sources.filter((candidate) => candidate.kind === 'speech')) {
      const item = itemOf(source);
      expect(item.genre).toBe('speech');
      expect(item['event-place']).toBe(source.place ?? undefined);
      expect(item).not.toHaveProperty('publisher');
    }
  });

  it('keeps a journal article’s issue and pages, and its CNKI code in the note', () => {
    for (const source of sources.filter((candidate) => candidate.kind === 'journal-article')) {
      const item = itemOf(source);
      expect(item.issue, source.id).toBe(source.issue ?? undefined);
      expect(item.page, source.id).toBe(source.pages ?? undefined);
      expect(item.note, source.id).toBe(source.cnki ? `CNKI: ${source.cnki}` : undefined);
    }
  });

  it('describes the report with its authors split into family and given names', () => {
    expect(reportItems).toHaveLength(1);
    const [item] = reportItems;
    expect(item).toMatchObject({
      id: report.id,
      'citation-key': report.id,
      type: 'report',
      title: report.title,
      publisher: report.publisher,
      issued: { 'date-parts': datePartsOf(report.issued) },
      URL: report.url,
    });
    const authors = item.author as { family: string; given: string }[];
    expect(authors.map(({ given, family }) => `${given} ${family}`)).toEqual(
      report.authors.map((id) => person(id).name),
    );
  });

  it('starts a family name at its particle, so that Zotero and RIS keep it', () => {
    expect(westernName('Emily de La Bruyère')).toEqual({ family: 'de La Bruyère', given: 'Emily' });
    expect(westernName('Rush Doshi')).toEqual({ family: 'Doshi', given: 'Rush' });
  });
});

/** Every character LaTeX gives a meaning of its own, unbalanced braces first. */
const specialText = 'close } only { and a \\ backslash: R&D at 50% of #1 for $5, a_b, ~x and ^y in 研发';
const specialAuthor = 'A } { \\ % # & $ _ ~ ^ Person';
const specialItem: CslItem = {
  id: 'special-characters',
  'citation-key': 'special-characters',
  type: 'webpage',
  language: 'zh',
  author: [{ literal: specialAuthor }],
  title: specialText,
  'container-title': `Site of ${specialText}`,
  issued: { 'date-parts': [[2020]] },
  URL: 'https://example.org/a_b?c=1%202#d',
};

describe('keys and lines', () => {
  const bib = freshText('citations/sources.bib');
  const ris = freshText('citations/sources.ris');

  it('keys each BibTeX entry and RIS record by its source id', () => {
    for (const { id } of sources) {
      expect(bib, id).toMatch(new RegExp(`^@\\w+\\{${id},$`, 'm'));
      expect(ris.split('\n'), id).toContain(`ID  - ${id}`);
    }
  });

  it('dates each biblatex entry at its precision, names its language for biber, and writes its URL once', () => {
    const langid: Record<string, string> = { en: 'english', zh: 'chinese' };
    for (const source of sources) {
      const entry = bib.split('\n\n').find((candidate) => candidate.includes(`{${source.id},`)) ?? '';
      expect(entry, source.id).toContain(`\tdate = {${source.issued}},`);
      expect(entry, source.id).toContain(`\tlangid = {${langid[source.language]}},`);
      expect(entry, source.id).not.toMatch(/\t(year|month|howpublished) = /);
      if (source.url) expect(entry.split(source.url), source.id).toHaveLength(2);
    }
  });

  it('gives every RIS record its language, and the speech the type, genre and place of a presentation', () => {
    const records = ris.split('\n\n').map((record) => record.split('\n'));
    for (const source of sources) {
      const record = records.find((lines) => lines.includes(`ID  - ${source.id}`)) ?? [];
      expect(record, source.id).toContain(`LA  - ${source.language}`);
      if (source.place) expect(record, source.id).toContain(`CY  - ${source.place}`);
      if (source.kind === 'speech')
        expect(record.slice(0, 1).concat(record.filter((line) => line.startsWith('M3')))).toEqual([
          'TY  - SLIDE',
          'M3  - speech',
        ]);
    }
  });

  it('writes each RIS tag on one line, however long its value', () => {
    const lines = ris.split('\n').filter((line) => line !== '');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('escapes LaTeX’s special characters in BibTeX text but not in URLs', () => {
    const text = toBiblatex([specialItem]);
    expect(text).toContain(`url = {${specialItem.URL}}`);
    const [back] = new Cite(text).data;
    expect(back.title).toBe(specialItem.title);
    expect(back['container-title']).toBe(specialItem['container-title']);
    expect((back.author as CslData[]).map((name) => name.family)).toEqual([specialAuthor]);
    expect(back.URL).toBe(specialItem.URL);
  });

  itWith(['pandoc'], 'pandoc reads the escaped BibTeX text back as it was', () => {
    const [back] = pandocItems(toBiblatex([specialItem]), 'biblatex');
    expect(back.title).toBe(specialItem.title);
    expect(back['container-title']).toBe(specialItem['container-title']);
    expect(back.author).toEqual([{ literal: specialAuthor }]);
    expect(back.URL).toBe(specialItem.URL);
  });
});

describe('rendering and determinism', () => {
  it('renders an APA bibliography that names every item’s title', () => {
    const items = [...sourceItems, ...reportItems];
    const bibliography = new Cite(items, { forceType: '@csl/list+object' }).format('bibliography', {
      template: 'apa',
      format: 'text',
    });
    for (const item of items) expect(bibliography, item.id).toContain(item.title);
  });

  it('builds the committed files again, byte for byte, every time', () => {
    const first = exportCitations(dataset, new Map());
    const second = exportCitations(dataset, new Map());
    expect(second).toEqual(first);
    for (const file of first) expect(file.contents, file.path).toBe(freshText(file.path));
  });
});
