import { type BibtexEntry, plugins } from '@citation-js/core';
import { cite } from './citationJs.js';
import type { CslItem, CslName } from './csl.js';
import { escapePlaceholders, toPlaceholders } from './latexText.js';

/** The order fields are written in, the usual one of a biblatex entry; any other field comes last. */
const fieldOrder = [
  'author',
  'title',
  'journaltitle',
  'journal',
  'entrysubtype',
  'type',
  'number',
  'pages',
  'institution',
  'venue',
  'date',
  'url',
  'note',
  'language',
  'langid',
];
const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);

/**
 * The babel and polyglossia names of the languages of the data, for biblatex's `langid`; a language without
 * one here gets no `langid`, and biber then sets the entry in the document's language.
 */
const langidOf: Record<string, string> = { en: 'english', zh: 'chinese' };

function withBibtexConfig<T>(run: () => T): T {
  const format = plugins.config.get('@bibtex').format;
  const saved = { ...format };
  // by default every character outside ASCII is deleted, and a key with a hyphen is replaced by one made of
  // author, year and title, so that the record id would be lost as the key
  format.asciiOnly = false;
  format.checkLabel = false;
  try {
    return run();
  } finally {
    Object.assign(format, saved);
  }
}

const nameWithPlaceholders = (name: CslName): CslName =>
  'literal' in name
    ? { literal: toPlaceholders(name.literal) }
    : { family: toPlaceholders(name.family), given: toPlaceholders(name.given) };

/** Every text but the URL, which biblatex reads verbatim, with its special characters as placeholders. */
function withPlaceholders(item: CslItem): CslItem {
  const texts = Object.entries(item).map(([variable, value]) => {
    if (variable === 'author') return [variable, (value as CslName[]).map(nameWithPlaceholders)];
    if (typeof value !== 'string' || variable === 'URL') return [variable, value];
    return [variable, toPlaceholders(value)];
  });
  return Object.fromEntries(texts) as CslItem;
}

/**
 * Where citation-js 0.8.2's biblatex mapping is not the one that pandoc, biber, citation-js itself and
 * Zotero's BibTeX import agree on, the entry is corrected here, type by type.
 */
function corrected(item: CslItem, { type, properties }: BibtexEntry): { type: string; fields: [string, string][] } {
  const { language, booktitle, entrysubtype, ...rest } = properties;
  let fields: Record<string, string | undefined> = rest;
  if (item.type === 'speech') {
    // citation-js writes a speech as @audio, which Zotero imports as an audio recording and pandoc as a song;
    // biblatex has no speech type, and @unpublished of type "speech" is what pandoc reads back as a speech
    // (Zotero: a manuscript of type "speech"). Its place stays in `venue`, biblatex's place of an event.
    type = 'unpublished';
    fields = { ...fields, type: entrysubtype };
  } else if (item.type === 'article-newspaper') {
    // citation-js writes entrysubtype only from a genre, so a newspaper article would read back as a journal's
    fields = { ...fields, entrysubtype: 'newspaper' };
  } else if (item.type === 'webpage') {
    // citation-js puts a web page's site in `booktitle`, which pandoc ignores in @online; `journal` (biber's
    // alias of `journaltitle`) is the field that pandoc, Zotero and citation-js all read as its container
    fields = { ...fields, journal: booktitle };
  }
  // citation-js writes the BCP 47 tag as `language`, which Zotero and citation-js read back as it is, but
  // biber and pandoc read the language from `langid`, as a babel or polyglossia name
  fields = { ...fields, language, langid: langidOf[item.language] };
  const defined = Object.entries(fields).filter((field): field is [string, string] => field[1] !== undefined);
  return { type, fields: defined.sort(([a], [b]) => rank(a) - rank(b)) };
}

/**
 * The biblatex entry of each item, keyed by its citation key, in UTF-8: `date` at the precision known, `langid`,
 * each URL once, and LaTeX's special characters escaped in every field but `url`.
 */
export function biblatexEntries(items: CslItem[]): string[] {
  const entries = withBibtexConfig(() => cite(items.map(withPlaceholders)).format('biblatex', { format: 'object' }));
  return entries.map((entry, index) => {
    const item = items[index];
    if (entry.label !== item.id) throw new Error(`citation-js keyed item "${item.id}" as "${entry.label}"`);
    const { type, fields } = corrected(item, entry);
    const lines = fields.map(([field, value]) => `\t${field} = {${escapePlaceholders(value)}},\n`);
    return `@${type}{${entry.label},\n${lines.join('')}}\n`;
  });
}

/** A .bib file: the entries of the items, a blank line between two. */
export function toBiblatex(items: CslItem[]): string {
  return biblatexEntries(items).join('\n');
}
