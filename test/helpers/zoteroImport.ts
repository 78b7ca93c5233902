/**
 * What Zotero's own import code makes of this package's citation files, for the fields they write: a port
 * of the parts that matter here of zotero/utilities `utilities_item.js` (`itemFromCSLJSON`, with the schema's
 * CSL mappings), zotero/translators `BibTeX.js` (`processField`, `beginRecord`) and `RIS.js` (its tag maps,
 * `processTag`, `applyValue`), and of the item saver, which drops a field the item type lacks and gives a
 * creator of a type the item lacks its primary creator type. Zotero itself cannot run here.
 */

export interface ZoteroItem {
  /** The record it came from: the CSL-JSON id, the BibTeX key or the RIS ID, which Zotero keeps only from CSL-JSON. */
  key: string;
  itemType: string;
  fields: Record<string, string>;
  creators: string[];
  /** Child notes. */
  notes: string[];
}

/** The fields of the item types these files import as, from Zotero's schema; the rest are dropped. */
const fieldsOf: Record<string, string[]> = {
  presentation: ['title', 'presentationType', 'date', 'meetingName', 'place', 'url', 'language', 'extra'],
  webpage: ['title', 'websiteTitle', 'websiteType', 'date', 'url', 'language', 'extra'],
  newspaperArticle: ['title', 'publicationTitle', 'place', 'date', 'pages', 'url', 'language', 'extra'],
  journalArticle: ['title', 'publicationTitle', 'issue', 'pages', 'date', 'url', 'language', 'extra'],
  report: ['title', 'reportNumber', 'reportType', 'institution', 'place', 'date', 'pages', 'url', 'language'],
  manuscript: ['title', 'manuscriptType', 'place', 'date', 'url', 'language', 'extra'],
  audioRecording: ['title', 'date', 'place', 'url', 'language', 'extra'],
  document: ['title', 'publisher', 'date', 'url', 'language', 'extra'],
  book: ['title', 'publisher', 'place', 'date', 'url', 'language', 'extra'],
  dataset: ['title', 'versionNumber', 'repository', 'place', 'date', 'url', 'language', 'extra'],
};
for (const fields of Object.values(fieldsOf)) fields.push('citationKey');

/** Type-specific fields by their base field. */
const baseFields: Record<string, Record<string, string>> = {
  presentation: { type: 'presentationType' },
  webpage: { publicationTitle: 'websiteTitle', type: 'websiteType' },
  report: { publisher: 'institution', type: 'reportType', number: 'reportNumber' },
  manuscript: { type: 'manuscriptType' },
  dataset: { publisher: 'repository' },
};

const primaryCreator: Record<string, string> = { presentation: 'presenter', audioRecording: 'performer' };
const creatorTypesOf: Record<string, string[]> = { audioRecording: ['performer', 'composer'] };

type Name = { literal?: string; family?: string; given?: string };
const nameText = ({ literal, family, given }: Name) => literal ?? `${family}, ${given}`;

/** The item saver: base fields to the type's own, fields the type lacks and empty values dropped. */
function saved(
  key: string,
  itemType: string,
  raw: Record<string, string | undefined>,
  creators: [string, string][],
): ZoteroItem {
  const fields: Record<string, string> = {};
  for (const [field, value] of Object.entries(raw)) {
    const own = baseFields[itemType]?.[field] ?? field;
    if (value && fieldsOf[itemType].includes(own)) fields[own] = value;
  }
  const valid = creatorTypesOf[itemType] ?? [primaryCreator[itemType] ?? 'author'];
  const named = creators.map(([type, name]) => `${valid.includes(type) ? type : valid[0]}: ${name}`);
  return { key, itemType, fields, creators: named, notes: [] };
}

/** An ISO or CSL date as Zotero stores it, at its precision. */
const isoDate = (parts: number[]) => parts.map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');

/** utilities_item.js `itemFromCSLJSON`, with the schema's CSL type and variable mappings. */
export function fromCslJson(item: Record<string, unknown>): ZoteroItem {
  const types: Record<string, string> = {
    speech: 'presentation',
    webpage: 'webpage',
    'article-newspaper': 'newspaperArticle',
    'article-journal': 'journalArticle',
    report: 'report',
    dataset: 'dataset',
  };
  const text = (variable: string) => item[variable] as string | undefined;
  const itemType = types[item.type as string] ?? 'document';
  return saved(
    item.id as string,
    itemType,
    {
      title: text('title'),
      publicationTitle: text('container-title'),
      publisher: text('publisher'),
      place: text('event-place') ?? text('publisher-place'),
      type: text('genre'),
      issue: text('issue'),
      pages: text('page'),
      url: text('URL'),
      language: text('language'),
      extra: text('note'),
      versionNumber: text('version'),
      citationKey: text('citation-key'),
      date: isoDate((item.issued as { 'date-parts': number[][] })['date-parts'][0]),
    },
    ((item.author as Name[] | undefined) ?? []).map((name) => ['author', nameText(name)]),
  );
}

/** One "@type{key, field = {value}, …}" entry: its type and its fields, braces and escapes removed. */
function bibtexEntries(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  return text
    .split(/\n(?=@)/)
    .filter((chunk) => chunk.startsWith('@'))
    .map((chunk) => {
      const [, type, key] = /^@(\w+)\{([^,]+),/.exec(chunk) ?? ['', '', ''];
      const fields: Record<string, string> = {};
      for (const [, field, value] of chunk.matchAll(/^\t(\w+) = \{(.*)\},$/gm)) fields[field] = value;
      return { type: type.toLowerCase(), key, fields };
    });
}

/** BibTeX.js `unescapeBibTeX`, for the escapes this package writes. */
const unescapeBibtex = (value: string) =>
  value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/(^|[^\\])[{}]+/g, '$1')
    .replace(/\\([#$%&_{}])/g, '$1');

/** BibTeX.js: `bibtex2zoteroTypeMap`, then `processField` for each field this package writes. */
export function fromBibtex(text: string): ZoteroItem[] {
  const types: Record<string, string> = {
    article: 'journalArticle',
    online: 'webpage',
    unpublished: 'manuscript',
    report: 'report',
    techreport: 'report',
    misc: 'book',
    audio: 'audioRecording',
  };
  return bibtexEntries(text).map(({ type, key, fields }) => {
    const value = (field: string) => (fields[field] === undefined ? undefined : unescapeBibtex(fields[field]));
    // "address" and "location" are its place; "note" a child note; "journal", "journaltitle" and "booktitle"
    // the publication; "institution" and "organization" the publisher; "langid", "venue", "entrysubtype"
    // and "eventtitle" are not read
    const authors = fields.author?.split(' and ').map((name) => unescapeBibtex(name)) ?? [];
    const item = saved(
      key,
      types[type] ?? 'book',
      {
        title: value('title'),
        publicationTitle: value('journaltitle') ?? value('journal') ?? value('booktitle'),
        publisher: value('publisher') ?? value('institution') ?? value('organization'),
        place: value('address') ?? value('location'),
        type: value('type'),
        issue: value('number'),
        pages: value('pages')?.replace(/--/g, '-'),
        url: value('url') ?? value('howpublished'),
        language: value('language'),
        date: value('date') ?? value('year'),
      },
      authors.map((name) => ['author', name]),
    );
    return { ...item, notes: fields.note === undefined ? [] : [unescapeBibtex(fields.note)] };
  });
}

/** RIS.js: its TY map and, by item type, where each tag this package writes goes. */
export function fromRis(text: string): ZoteroItem[] {
  const types: Record<string, string> = {
    SLIDE: 'presentation',
    SOUND: 'audioRecording',
    ELEC: 'webpage',
    NEWS: 'newspaperArticle',
    JOUR: 'journalArticle',
    RPRT: 'report',
  };
  const secondTitle: Record<string, string> = {
    webpage: 'websiteTitle',
    presentation: 'meetingName',
    report: 'seriesTitle',
  };
  const risDate = (value: string) =>
    value
      .split('/')
      .filter((part) => part !== '')
      .join('-')
      .replace(/-(\d)(?!\d)/g, '-0$1');
  return text
    .split(/\nER {2}- ?\n?/)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const tags = new Map<string, string[]>();
      for (const [, tag, value] of record.matchAll(/^([A-Z][A-Z0-9]) {2}- (.*)$/gm)) {
        tags.set(tag, [...(tags.get(tag) ?? []), value]);
      }
      const one = (tag: string) => tags.get(tag)?.[0];
      const itemType = types[one('TY') ?? ''] ?? 'journalArticle';
      // AU and A1 are authors (an audio recording's "composer"); M3 is a presentation's type and, for other
      // types, a DOI, dropped when it is none; CY is a place; ID is ignored; N1 is a child note
      const names = [...(tags.get('AU') ?? []), ...(tags.get('A1') ?? [])];
      const creatorType = itemType === 'audioRecording' ? 'composer' : 'author';
      const item = saved(
        one('ID') ?? '',
        itemType,
        {
          title: one('TI') ?? one('T1'),
          [secondTitle[itemType] ?? 'publicationTitle']: one('T2') ?? one('JF'),
          publisher: one('PB'),
          place: one('CY'),
          type: itemType === 'presentation' ? one('M3') : undefined,
          issue: one('IS'),
          pages: one('SP'),
          url: one('UR'),
          language: one('LA'),
          date: risDate(one('DA') ?? one('Y1') ?? one('PY') ?? ''),
        },
        names.map((name) => [creatorType, name]),
      );
      return { ...item, notes: tags.get('N1') ?? [] };
    });
}
