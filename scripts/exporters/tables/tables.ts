import { collectionNames, type Person, type Quote, type Source, type Theme } from '../../../schema/index.js';
import type { Dataset } from '../../lib/createDataset.js';
import type { Column, CsvCollection, RecordOf } from './column.js';
import { fieldColumn as field } from './fieldColumn.js';

type Table<C extends CsvCollection> = Column<RecordOf<C>>[];

interface Located {
  collection: string;
  record: { id: string };
}

// built once per dataset, so that joining a column is a lookup rather than a scan of a collection
const recordsById = new WeakMap<Dataset, Map<string, Located>>();

function locate(id: string, dataset: Dataset): Located {
  let index = recordsById.get(dataset);
  // Stryker disable next-line ConditionalExpression: the cache only saves time; rebuilt, the index holds the same records
  if (!index) {
    index = new Map();
    for (const collection of collectionNames) {
      const value = dataset[collection];
      for (const record of Array.isArray(value) ? value : [value]) index.set(record.id, { collection, record });
    }
    recordsById.set(dataset, index);
  }
  const found = index.get(id);
  if (!found) throw new Error(`no record has id "${id}"`);
  return found;
}

// built once per dataset, like recordsById
const inferredById = new WeakMap<Dataset, Map<string, string[]>>();

/** The fields of a record that annotations of kind "inferred" mark, in the order of the annotations. */
function inferredFieldsOf(id: string, dataset: Dataset): string[] {
  let index = inferredById.get(dataset);
  // Stryker disable next-line ConditionalExpression: the cache only saves time; rebuilt, the index holds the same fields
  if (!index) {
    index = new Map();
    for (const { kind, target, field } of dataset.annotations) {
      if (kind === 'inferred' && field !== null) index.set(target, [...(index.get(target) ?? []), field]);
    }
    inferredById.set(dataset, index);
  }
  return index.get(id) ?? [];
}

/** The last column of every table: which values of the row the dataset supplied rather than the report. */
function inferredColumn<R extends { id: string }>(): Column<R> {
  return {
    name: 'inferredFields',
    type: 'string',
    description:
      'The fields of this row whose values the report does not print where the record comes from, joined with "; ": the dataset inferred them, and the annotation of kind "inferred" on the record and field (annotations.csv) says from what. Empty when every value is printed.',
    list: true,
    required: false,
    value: (record, dataset) => inferredFieldsOf(record.id, dataset),
  };
}

const find = <T extends { id: string }>(id: string, dataset: Dataset) => locate(id, dataset).record as T;
const themeHeading = (theme: string, dataset: Dataset) => find<Theme>(theme, dataset).heading;
const names = (ids: string[], dataset: Dataset) => ids.map((id) => find<Person>(id, dataset).name);
const sourceOf = (quote: Quote, dataset: Dataset) =>
  quote.source === null ? undefined : find<Source>(quote.source, dataset);

const report: Table<'report'> = [
  field('report', 'id', { description: 'Id of the report, also its citation key.' }),
  field('report', 'title'),
  field('report', 'authors'),
  {
    name: 'authorNames',
    type: 'string',
    description: 'Joined from people.csv: the names of the authors, in the order of authors, joined with "; ".',
    list: true,
    required: true,
    value: (record, dataset) => names(record.authors, dataset),
  },
  field('report', 'publisher', { description: 'The institution that published the report.' }),
  field('report', 'issued', { description: 'When the report was published.' }),
  field('report', 'url', { description: 'Where the publisher has the report.' }),
  field('report', 'language', { description: 'Language of the report.' }),
  inferredColumn(),
];

const themes: Table<'themes'> = [
  field('themes', 'id'),
  field('themes', 'number'),
  field('themes', 'heading'),
  inferredColumn(),
];

const takeaways: Table<'takeaways'> = [
  field('takeaways', 'id'),
  field('takeaways', 'number', { description: 'Number of the takeaway, as printed.' }),
  field('takeaways', 'text'),
  field('takeaways', 'endnotes'),
  field('takeaways', 'theme'),
  {
    name: 'themeHeading',
    type: 'string',
    description: 'Joined from themes.csv: the heading of the theme.',
    list: false,
    required: true,
    value: (takeaway, dataset) => themeHeading(takeaway.theme, dataset),
  },
  field('takeaways', 'reportLink'),
  inferredColumn(),
];

const quotes: Table<'quotes'> = [
  field('quotes', 'id'),
  field('quotes', 'text'),
  field('quotes', 'voice'),
  field('quotes', 'theme', { description: 'Id of the theme the quote is listed under.' }),
  {
    name: 'themeHeading',
    type: 'string',
    description: 'Joined from themes.csv: the heading of the theme.',
    list: false,
    required: true,
    value: (quote, dataset) => themeHeading(quote.theme, dataset),
  },
  field('quotes', 'context'),
  field('quotes', 'takeaway'),
  field('quotes', 'endnote'),
  field('quotes', 'citation'),
  field('quotes', 'speakers'),
  {
    name: 'speakerNames',
    type: 'string',
    description: 'Joined from people.csv: the names of the speakers, in the order of speakers, joined with "; ".',
    list: true,
    required: false,
    value: (quote, dataset) => names(quote.speakers, dataset),
  },
  field('quotes', 'audience'),
  field('quotes', 'attribution'),
  field('quotes', 'attributionShared'),
  field('quotes', 'source', { description: 'Derived: id of the cited work, in sources.csv.' }),
  {
    name: 'sourceTitle',
    type: 'string',
    description: 'Joined from sources.csv: the title of the cited work, in the original language.',
    list: false,
    required: false,
    value: (quote, dataset) => sourceOf(quote, dataset)?.title ?? null,
  },
  {
    name: 'sourceTitleEnglish',
    type: 'string',
    description: 'Joined from sources.csv: the English title the report gives the cited work, if any.',
    list: false,
    required: false,
    value: (quote, dataset) => sourceOf(quote, dataset)?.titleEnglish ?? null,
  },
  {
    name: 'sourceUrl',
    type: 'string',
    description: 'Joined from sources.csv: the URL of the cited work, if the report gives one.',
    list: false,
    required: false,
    format: 'uri',
    value: (quote, dataset) => sourceOf(quote, dataset)?.url ?? null,
  },
  field('quotes', 'date'),
  field('quotes', 'insertions'),
  field('quotes', 'elided'),
  field('quotes', 'reportLink'),
  field('quotes', 'sourceLink'),
  inferredColumn(),
];

const endnotes: Table<'endnotes'> = [
  field('endnotes', 'id'),
  field('endnotes', 'number', { description: 'Number of the endnote, as printed.' }),
  field('endnotes', 'text'),
  // lossy: the nested citations are flattened to their source ids, all a citation holds today
  field('endnotes', 'citations', {
    description: 'Ids of the works cited, in order; an "Ibid." note’s are the note before’s.',
    field: 'citations.source',
    value: (endnote) => endnote.citations.map((citation) => citation.source),
  }),
  {
    name: 'citationTitles',
    type: 'string',
    description: 'Joined from sources.csv: the titles of the works cited, in the order of citations, joined with "; ".',
    list: true,
    required: true,
    value: (endnote, dataset) => endnote.citations.map(({ source }) => find<Source>(source, dataset).title),
  },
  field('endnotes', 'ibid'),
  field('endnotes', 'reportLink'),
  inferredColumn(),
];

const sources: Table<'sources'> = [
  field('sources', 'id'),
  field('sources', 'kind', { description: 'What kind of work it is.' }),
  field('sources', 'authors'),
  {
    name: 'authorNames',
    type: 'string',
    description: 'Joined from people.csv: the names of the authors, in the order of authors, joined with "; ".',
    list: true,
    required: false,
    value: (source, dataset) => names(source.authors, dataset),
  },
  field('sources', 'title'),
  field('sources', 'titleEnglish'),
  field('sources', 'container'),
  field('sources', 'containerEnglish'),
  field('sources', 'issued', { description: 'When the work was published or delivered.' }),
  field('sources', 'place', { description: 'Where a speech or press conference was given.' }),
  field('sources', 'url', { description: 'The URL the report gives.' }),
  field('sources', 'issue', { description: 'Issue of the journal, as printed.' }),
  field('sources', 'pages', { description: 'Pages in the journal, as printed.' }),
  field('sources', 'cnki'),
  field('sources', 'language'),
  inferredColumn(),
];

const people: Table<'people'> = [
  field('people', 'id'),
  field('people', 'name'),
  field('people', 'nameChinese'),
  field('people', 'role'),
  field('people', 'nameVariants'),
  inferredColumn(),
];

const annotations: Table<'annotations'> = [
  field('annotations', 'id'),
  field('annotations', 'target'),
  {
    name: 'targetCollection',
    type: 'string',
    description: 'Joined: the collection holding the target, hence the file to look in (report.json for the report).',
    list: false,
    required: true,
    enum: collectionNames,
    value: (annotation, dataset) => locate(annotation.target, dataset).collection,
  },
  field('annotations', 'field'),
  field('annotations', 'kind', { description: 'What kind of discrepancy or artifact the note is about.' }),
  field('annotations', 'note'),
  // lossy: each excerpt is flattened to its link, which never holds the "; " that joins a list; its words are in
  // annotation-evidence.csv
  field('annotations', 'evidence', {
    description:
      'Links into the report, one per passage the note rests on, in order: the report’s url with a text fragment selecting the passage. annotation-evidence.csv holds each passage’s words (exact, prefix, suffix) beside its link.',
    field: 'evidence.reportLink',
    value: (annotation) => annotation.evidence.map((excerpt) => excerpt.reportLink),
  }),
  inferredColumn(),
];

/** The columns of every CSV file, in order: one definition for the CSV files and their Table Schema. */
export const csvTables: { [C in CsvCollection]: Table<C> } = {
  report,
  themes,
  takeaways,
  quotes,
  endnotes,
  sources,
  people,
  annotations,
};

/** The CSV collections, in the order of collectionNames. */
export const csvCollections: readonly CsvCollection[] = collectionNames;
