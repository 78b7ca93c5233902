/**
 * The citation exporter called in process: CSL-JSON, biblatex and RIS of every cited work and of the report,
 * each field checked against the records it comes from, looked up here apart from the exporter; then the fresh
 * build's files as reference managers read them: the official CSL-JSON schema, the CSL types, dates, titles and
 * names Zotero maps, the keys and lines of BibTeX and RIS, pandoc, and an APA bibliography.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Person, Source } from '../../schema/index.js';
import { toBiblatex } from '../../scripts/exporters/citations/bibtex.js';
import { type CslItem, cslDate } from '../../scripts/exporters/citations/csl.js';
import { datasetToCsl } from '../../scripts/exporters/citations/datasetToCsl.js';
import { westernName } from '../../scripts/exporters/citations/reportToCsl.js';
import { toRis } from '../../scripts/exporters/citations/ris.js';
import { sourceToCsl } from '../../scripts/exporters/citations/sourceToCsl.js';
import { exportCitations } from '../../scripts/exporters/citations.js';
import type { Dataset } from '../../scripts/lib/createDataset.js';
import { readRelease } from '../../scripts/lib/readRelease.js';
import { unreleased } from '../../scripts/lib/release.js';
import { datasetNow, exportedNow, textOf } from '../helpers/exportedNow.js';
import { freshText } from '../helpers/freshText.js';
import { itWith } from '../helpers/optionalPrograms.js';
import { pandocItems } from '../helpers/pandocBibliography.js';

type Group = 'sources' | 'report';

function citationsNow(group: Group, format: 'csl.json' | 'bib' | 'ris'): { dataset: Dataset; text: string } {
  const dataset = datasetNow();
  return { dataset, text: textOf(exportedNow(dataset, exportCitations), `citations/${group}.${format}`) };
}
const cslNow = (group: Group) => {
  const { dataset, text } = citationsNow(group, 'csl.json');
  return { dataset, items: JSON.parse(text) as CslItem[], text };
};

const personOf = (dataset: Dataset, id: string) => dataset.people.find((person) => person.id === id) as Person;
const bracketed = (original: string, english: string | null) => (english ? `${original} [${english}]` : original);
const printedName = (person: Person) =>
  bracketed(person.nameChinese ?? person.name, person.nameChinese ? person.name : null);
const dateParts = (iso: string) => iso.split('-').map(Number);
const cslTypeOf: Record<Source['kind'], string> = {
  speech: 'speech',
  'press-conference': 'webpage',
  'news-article': 'article-newspaper',
  'journal-article': 'article-journal',
  'government-web-page': 'webpage',
};

describe('citations/ made in process', () => {
  it('writes the CSL-JSON, biblatex and RIS files of the sources and of the report, nothing else', () => {
    const files = exportedNow(datasetNow(), exportCitations);
    expect([...files.keys()]).toEqual(
      ['sources', 'report'].flatMap((group) =>
        ['csl.json', 'bib', 'ris'].map((format) => `citations/${group}.${format}`),
      ),
    );
  });

  it('CSL-JSON: an item per source, in order, each variable from the source’s fields, none empty', () => {
    const { dataset, items } = cslNow('sources');
    expect(items.map((item) => item.id)).toEqual(dataset.sources.map((source) => source.id));
    dataset.sources.forEach((source, at) => {
      const expected: Record<string, unknown> = {
        id: source.id,
        'citation-key': source.id,
        type: cslTypeOf[source.kind],
        genre: source.kind === 'speech' ? 'speech' : undefined,
        language: source.language,
        author:
          source.authors.length > 0
            ? source.authors.map((id) => ({ literal: printedName(personOf(dataset, id)) }))
            : undefined,
        title: bracketed(source.title, source.titleEnglish),
        'container-title': source.container
          ? bracketed(source.container, source.containerEnglish)
          : source.containerEnglish,
        'event-place': ['speech', 'press-conference'].includes(source.kind) ? source.place : undefined,
        'publisher-place': ['speech', 'press-conference'].includes(source.kind) ? undefined : source.place,
        issue: source.issue,
        page: source.pages,
        issued: { 'date-parts': [dateParts(source.issued)] },
        URL: source.url,
        note: source.cnki ? `CNKI: ${source.cnki}` : undefined,
      };
      const present = Object.entries(expected).filter(([, value]) => value !== undefined && value !== null);
      expect(Object.entries(items[at]), source.id).toEqual(present);
    });
  });

  it('CSL-JSON: the report, its authors split into family and given names', () => {
    const { dataset, items } = cslNow('report');
    const { report } = dataset;
    expect(items).toEqual([
      {
        id: report.id,
        'citation-key': report.id,
        type: 'report',
        language: report.language,
        author: [
          { family: 'Doshi', given: 'Rush' },
          { family: 'de La Bruyère', given: 'Emily' },
          { family: 'Picarsic', given: 'Nathan' },
          { family: 'Ferguson', given: 'John' },
        ],
        title: report.title,
        publisher: report.publisher,
        issued: { 'date-parts': [dateParts(report.issued)] },
        URL: report.url,
      },
    ]);
    expect(report.authors.map((id) => personOf(dataset, id).name)).toEqual([
      'Rush Doshi',
      'Emily de La Bruyère',
      'Nathan Picarsic',
      'John Ferguson',
    ]);
  });

  it('splits a western name at its first lower-case particle, else before the last word; one word stays whole', () => {
    expect(westernName('Xinhua')).toEqual({ literal: 'Xinhua' });
    expect(westernName('Anne Marie Slaughter')).toEqual({ family: 'Slaughter', given: 'Anne Marie' });
    expect(westernName('Ludwig van der Rohe')).toEqual({ family: 'van der Rohe', given: 'Ludwig' });
    expect(westernName('de Gaulle Charles')).toEqual({ family: 'Charles', given: 'de Gaulle' });
    // a lower-case first word is part of the given name, not the particle
    expect(westernName('al Ahmad bin Salman')).toEqual({ family: 'bin Salman', given: 'al Ahmad' });
  });

  it('puts the place of a published work in publisher-place, that of a speech in event-place', () => {
    const dataset = datasetNow();
    const people = new Map(dataset.people.map((person) => [person.id, person]));
    const source = dataset.sources.find((one) => one.kind === 'news-article') as Source;
    expect(sourceToCsl({ ...source, place: 'Shanghai' }, people)['publisher-place']).toBe('Shanghai');
    expect(sourceToCsl({ ...source, kind: 'speech', place: 'Shanghai' }, people)['event-place']).toBe('Shanghai');
  });

  it('refuses to cite the dataset at a version with no release date', () => {
    expect(() => datasetToCsl(unreleased('9.9.9'))).toThrow('version 9.9.9 has no release date to cite it by');
  });

  it('refuses an author missing from the people', () => {
    const dataset = datasetNow();
    dataset.sources.find((source) => source.authors.length > 0)?.authors.push('nobody');
    expect(() => exportCitations(dataset, new Map())).toThrow(/names unknown person "nobody"/);
    const withoutAuthor = datasetNow();
    withoutAuthor.report.authors.push('nobody');
    expect(() => exportCitations(withoutAuthor, new Map())).toThrow('the report names unknown author "nobody"');
  });
});

/** The records of a RIS file: the tag and value of each line, in order. */
function risRecords(text: string): [string, string][][] {
  expect(text.endsWith('ER  - \n')).toBe(true);
  return text
    .slice(0, -1)
    .split('\n\n')
    .map((record) =>
      record.split('\n').map((line) => {
        const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
        if (!match) throw new Error(`not a RIS line: ${line}`);
        return [match[1], match[2]] as [string, string];
      }),
    );
}

const risTypeOf: Record<string, string> = {
  speech: 'SLIDE',
  'article-newspaper': 'NEWS',
  webpage: 'ELEC',
  'article-journal': 'JOUR',
  report: 'RPRT',
};
const risDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}/${month ?? ''}/${day ?? ''}/`;
};
const tagOrder = ['TY', 'ID', 'TI', 'AU', 'T2', 'M3', 'IS', 'SP', 'PB', 'CY', 'DA', 'PY', 'LA', 'UR', 'N1', 'ER'];

describe('RIS made in process', () => {
  it('writes a record per source with the tags Zotero and EndNote read, in the order a reference reads', () => {
    const { dataset, text } = citationsNow('sources', 'ris');
    const records = risRecords(text);
    expect(records).toHaveLength(dataset.sources.length);
    dataset.sources.forEach((source, at) => {
      const record = records[at];
      const tags = record.map(([tag]) => tag);
      const values = (tag: string) => record.filter(([candidate]) => candidate === tag).map(([, value]) => value);
      expect(tags, source.id).toEqual([...tags].sort((a, b) => tagOrder.indexOf(a) - tagOrder.indexOf(b)));
      expect(
        tags.every((tag) => tagOrder.includes(tag)),
        source.id,
      ).toBe(true);
      expect(record[0], source.id).toEqual(['TY', risTypeOf[cslTypeOf[source.kind]]]);
      expect(record.at(-1), source.id).toEqual(['ER', '']);
      expect(values('ID'), source.id).toEqual([source.id]);
      expect(values('TI'), source.id).toEqual([bracketed(source.title, source.titleEnglish)]);
      expect(values('AU'), source.id).toEqual(source.authors.map((id) => printedName(personOf(dataset, id))));
      expect(values('DA'), source.id).toEqual([risDate(source.issued)]);
      expect(values('PY'), source.id).toEqual([source.issued.slice(0, 4)]);
      expect(values('LA'), source.id).toEqual([source.language]);
      expect(values('UR'), source.id).toEqual(source.url ? [source.url] : []);
      expect(values('CY'), source.id).toEqual(source.place ? [source.place] : []);
      expect(values('M3'), source.id).toEqual(source.kind === 'speech' ? ['speech'] : []);
      expect(values('IS'), source.id).toEqual(source.issue ? [source.issue] : []);
      expect(values('N1'), source.id).toEqual(source.cnki ? [`CNKI: ${source.cnki}`] : []);
      const container = source.container
        ? bracketed(source.container, source.containerEnglish)
        : source.containerEnglish;
      if (source.kind !== 'journal-article') expect(values('T2'), source.id).toEqual(container ? [container] : []);
    });
  });

  it('writes a newspaper article’s authors family name first, its date at the precision known, and a publisher’s place', () => {
    const item: CslItem = {
      id: 'made-up-news',
      'citation-key': 'made-up-news',
      type: 'article-newspaper',
      language: 'en',
      author: [{ family: 'Doe', given: 'Jane' }, { literal: 'Staff' }],
      title: 'A title',
      'publisher-place': 'Hong Kong',
      issued: { 'date-parts': [[2020]] },
    };
    const values = (tag: string) => risRecords(toRis([item]))[0].filter(([candidate]) => candidate === tag);
    expect(values('AU')).toEqual([
      ['AU', 'Doe, Jane'],
      ['AU', 'Staff'],
    ]);
    expect(values('DA')).toEqual([['DA', '2020///']]);
    expect(values('CY')).toEqual([['CY', 'Hong Kong']]);
    const monthly = { ...item, issued: { 'date-parts': [[2020, 3]] as [number[]] } };
    expect(risRecords(toRis([monthly]))[0].find(([tag]) => tag === 'DA')).toEqual(['DA', '2020/3//']);
  });

  it('writes the report as a report by its authors, family name first', () => {
    const { dataset, text } = citationsNow('report', 'ris');
    const { report } = dataset;
    expect(risRecords(text)).toEqual([
      [
        ['TY', 'RPRT'],
        ['ID', report.id],
        ['TI', report.title],
        ['AU', 'Doshi, Rush'],
        ['AU', 'de La Bruyère, Emily'],
        ['AU', 'Picarsic, Nathan'],
        ['AU', 'Ferguson, John'],
        ['PB', report.publisher],
        ['DA', risDate(report.issued)],
        ['PY', report.issued.slice(0, 4)],
        ['LA', report.language],
        ['UR', report.url],
        ['ER', ''],
      ],
    ]);
  });

  it('writes a site as T2 only for a web page that has one, and a publisher’s place that citation-js leaves out', () => {
    const made = { id: 'x', 'citation-key': 'x', language: 'en', title: 'T', issued: cslDate('2020') };
    const tagsOf = (item: CslItem) => risRecords(toRis([item]))[0].map(([tag]) => tag);
    expect(tagsOf({ ...made, type: 'webpage' })).not.toContain('T2');
    expect(tagsOf({ ...made, type: 'report', 'container-title': 'Series' })).not.toContain('T2');
    const journal = risRecords(toRis([{ ...made, type: 'article-journal', 'publisher-place': 'Beijing' }]));
    expect(journal[0]).toContainEqual(['CY', 'Beijing']);
  });
});

/** The entries of a biblatex file: type, key and fields in order, values as written. */
function bibEntries(text: string): { type: string; key: string; fields: [string, string][] }[] {
  expect(text.endsWith('}\n')).toBe(true);
  return text.split('\n\n').map((entry) => {
    const [head, ...lines] = entry.trimEnd().split('\n');
    const [, type, key] = /^@(\w+)\{([^,]+),$/.exec(head) ?? [];
    expect(lines.pop()).toBe('}');
    const fields = lines.map((line) => {
      const [, field, value] = /^\t(\w+) = \{(.*)\},$/.exec(line) ?? [];
      expect(field, line).toBeDefined();
      return [field, value] as [string, string];
    });
    return { type, key, fields };
  });
}

const fieldOrder =
  'author title journaltitle journal entrysubtype type number pages institution venue date url note language langid'.split(
    ' ',
  );
const bibTypeOf: Record<string, string> = {
  speech: 'unpublished',
  'article-newspaper': 'article',
  webpage: 'online',
  'article-journal': 'article',
  report: 'report',
};
const withoutBraces = (value: string) => value.replace(/[{}]/g, '');

describe('biblatex made in process', () => {
  it('writes an entry per source keyed by its id, with the fields pandoc, biber and Zotero read, in order', () => {
    const { dataset, text } = citationsNow('sources', 'bib');
    const entries = bibEntries(text);
    expect(entries.map((entry) => entry.key)).toEqual(dataset.sources.map((source) => source.id));
    dataset.sources.forEach((source, at) => {
      const { type, fields } = entries[at];
      const value = (name: string) => fields.find(([field]) => field === name)?.[1];
      const names = fields.map(([field]) => field);
      expect(names, source.id).toEqual([...names].sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b)));
      expect(
        names.every((name) => fieldOrder.includes(name)),
        source.id,
      ).toBe(true);
      expect(type, source.id).toBe(bibTypeOf[cslTypeOf[source.kind]]);
      expect(value('date'), source.id).toBe(source.issued);
      expect(value('url'), source.id).toBe(source.url ?? undefined);
      expect(value('language'), source.id).toBe(source.language);
      expect(value('langid'), source.id).toBe({ en: 'english', zh: 'chinese' }[source.language]);
      expect(withoutBraces(value('title') ?? ''), source.id).toBe(bracketed(source.title, source.titleEnglish));
      expect(value('type'), source.id).toBe(source.kind === 'speech' ? 'speech' : undefined);
      expect(value('venue'), source.id).toBe(source.kind === 'speech' ? (source.place ?? undefined) : value('venue'));
      expect(value('entrysubtype'), source.id).toBe(source.kind === 'news-article' ? 'newspaper' : undefined);
      const container = source.container
        ? bracketed(source.container, source.containerEnglish)
        : source.containerEnglish;
      const containerField = cslTypeOf[source.kind] === 'webpage' ? 'journal' : 'journaltitle';
      expect(withoutBraces(value(containerField) ?? ''), source.id).toBe(container ?? '');
      expect(value('number'), source.id).toBe(source.issue ?? undefined);
      expect(value('pages'), source.id).toBe(source.pages?.replace('-', '--'));
      expect(value('note'), source.id).toBe(source.cnki ? `CNKI: ${source.cnki}` : undefined);
    });
  });

  it('writes the report as a report of its institution, its authors family name first', () => {
    const { dataset, text } = citationsNow('report', 'bib');
    const [entry, ...more] = bibEntries(text);
    expect(more).toEqual([]);
    expect(entry.type).toBe('report');
    expect(entry.key).toBe(dataset.report.id);
    expect(entry.fields.map(([field]) => field)).toEqual([
      'author',
      'title',
      'institution',
      'date',
      'url',
      'language',
      'langid',
    ]);
    expect(entry.fields[0][1]).toBe('Doshi, Rush and de La Bruyère, Emily and Picarsic, Nathan and Ferguson, John');
    expect(entry.fields.slice(2)).toEqual([
      ['institution', dataset.report.publisher],
      ['date', dataset.report.issued],
      ['url', dataset.report.url],
      ['language', 'en'],
      ['langid', 'english'],
    ]);
  });

  it('escapes LaTeX’s special characters in every field but the URL, so that they read back as written', () => {
    const special = 'A \\ {b} 100% #1 & $2 under_score ~tilde ^caret';
    const url = 'https://example.org/a_b%20c#d~e';
    const item: CslItem = {
      id: 'made-up',
      'citation-key': 'made-up',
      type: 'webpage',
      language: 'fr',
      author: [{ literal: 'Ü & Co' }, { family: 'O’Brien_x', given: 'Ann%' }],
      title: special,
      'container-title': 'Site #1',
      issued: { 'date-parts': [[2020, 1]] },
      URL: url,
    };
    const bib = toBiblatex([item]);
    expect(bib).toContain('\\textbackslash{}');
    expect(bib).toContain(`\turl = {${url}},\n`);
    expect(bib).not.toContain('langid');
    const [back] = new Cite(bib).data;
    expect(back.title).toBe(special);
    expect(back.URL).toBe(url);
    expect(back['container-title']).toBe('Site #1');
    // citation-js reads a name in braces as a family name alone
    const authors = back.author as Record<string, string>[];
    expect(Object.values(authors[0])).toEqual(['Ü & Co']);
    expect(authors[1]).toEqual({ family: 'O’Brien_x', given: 'Ann%' });
    expect(bib.startsWith('@online{made-up,\n')).toBe(true);
  });

  it('refuses a text holding the private-use characters it uses as placeholders', () => {
    const item: CslItem = {
      id: 'x',
      'citation-key': 'x',
      type: 'report',
      language: 'en',
      title: 'a\ue003b',
      issued: { 'date-parts': [[2020]] },
    };
    expect(() => toBiblatex([item])).toThrow(/private-use characters U\+E000–U\+E009: a\ue003b/);
  });

  it('leaves citation-js’s settings as they were', () => {
    const item = {
      id: 'x',
      type: 'book',
      title: 'Ü',
      author: [{ family: 'É', given: 'A' }],
      issued: { 'date-parts': [[2020]] },
    };
    // set here, so that what an earlier test left does not decide what "as they were" is
    const format = plugins.config.get('@bibtex').format;
    Object.assign(format, { asciiOnly: true, checkLabel: true });
    const before = new Cite(item).format('bibtex');
    citationsNow('sources', 'bib');
    expect(format).toMatchObject({ asciiOnly: true, checkLabel: true });
    expect(new Cite(item).format('bibtex')).toBe(before);
  });

  it('escapes the authors’ names too, and gives no container to a type without one', () => {
    const item: CslItem = {
      id: 'x',
      'citation-key': 'x',
      type: 'report',
      language: 'en',
      author: [{ literal: 'A & B' }, { family: 'O%', given: '#1' }],
      title: 'T',
      'container-title': 'Series',
      issued: { 'date-parts': [[2020]] },
    };
    expect(bibEntries(toBiblatex([item]))[0].fields).toEqual([
      ['author', '{A \\& B} and O\\%, \\#1'],
      ['title', 'T'],
      ['date', '2020'],
      ['language', 'en'],
      ['langid', 'english'],
    ]);
    expect(() => toBiblatex([{ ...item, 'citation-key': 'y' }])).toThrow('citation-js keyed item "x" as "y"');
  });
});

describe('the fresh build’s citation files, as reference managers read them', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

  const { version } = JSON.parse(read('package.json'));
  const { meta: _meta, ...collections } = JSON.parse(freshText('json/all.json'));
  const dataset: Dataset = {
    version,
    release: readRelease(fileURLToPath(new URL('../..', import.meta.url))),
    ...collections,
  };
  const sources: Source[] = dataset.sources;
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

    itWith(['pandoc'], 'pandoc reads the escaped BibTeX text back as it was', () => {
      const [back] = pandocItems(toBiblatex([specialItem]), 'biblatex');
      expect(back.title).toBe(specialItem.title);
      expect(back['container-title']).toBe(specialItem['container-title']);
      expect(back.author).toEqual([{ literal: specialAuthor }]);
      expect(back.URL).toBe(specialItem.URL);
    });
  });

  describe('rendering', () => {
    it('renders an APA bibliography that names every item’s title', () => {
      const items = [...sourceItems, ...reportItems];
      const bibliography = new Cite(items, { forceType: '@csl/list+object' }).format('bibliography', {
        template: 'apa',
        format: 'text',
      });
      for (const item of items) expect(bibliography, item.id).toContain(item.title);
    });
  });
});
