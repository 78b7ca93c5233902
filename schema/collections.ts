import type { z } from 'zod/v3';
import { annotationRecord, publishedAnnotation } from './annotation.js';
import { endnoteRecord, publishedEndnote } from './endnote.js';
import { personRecord, publishedPerson } from './person.js';
import { publishedQuote, quoteRecord } from './quote.js';
import { publishedReport, reportRecord } from './report.js';
import { publishedSource, sourceRecord } from './source.js';
import { publishedTakeaway, takeawayRecord } from './takeaway.js';
import { publishedTheme, themeRecord } from './theme.js';

/** Every collection of the dataset, in the order files and exports list them. */
export const collectionNames = [
  'report',
  'themes',
  'takeaways',
  'quotes',
  'endnotes',
  'sources',
  'people',
  'annotations',
] as const;
export type CollectionName = (typeof collectionNames)[number];

interface CollectionSchema {
  /** What one record is called in messages. */
  recordName: string;
  /** A record as stored in data/. */
  record: z.AnyZodObject;
  /** A record as published in dist/: the stored fields plus what the build derives. */
  published: z.AnyZodObject;
  /** report.json holds one object; the others an array. */
  single: boolean;
}

export const collectionSchemas: Record<CollectionName, CollectionSchema> = {
  report: { recordName: 'report', record: reportRecord, published: publishedReport, single: true },
  themes: { recordName: 'theme', record: themeRecord, published: publishedTheme, single: false },
  takeaways: { recordName: 'takeaway', record: takeawayRecord, published: publishedTakeaway, single: false },
  quotes: { recordName: 'quote', record: quoteRecord, published: publishedQuote, single: false },
  endnotes: { recordName: 'endnote', record: endnoteRecord, published: publishedEndnote, single: false },
  sources: { recordName: 'source', record: sourceRecord, published: publishedSource, single: false },
  people: { recordName: 'person', record: personRecord, published: publishedPerson, single: false },
  annotations: {
    recordName: 'annotation',
    record: annotationRecord,
    published: publishedAnnotation,
    single: false,
  },
};

export interface Reference {
  from: CollectionName;
  /** Dotted path; arrays along the way are followed. */
  field: string;
  /** The collection referred to, or "*" for any record of the dataset. */
  to: CollectionName | '*';
  /** The field of the target that the value names. */
  key: 'id' | 'number';
}

/** Every link between records; checked by validation, exported as foreign keys. */
export const references: Reference[] = [
  { from: 'report', field: 'authors', to: 'people', key: 'id' },
  { from: 'takeaways', field: 'endnotes', to: 'endnotes', key: 'number' },
  { from: 'takeaways', field: 'theme', to: 'themes', key: 'id' },
  { from: 'quotes', field: 'theme', to: 'themes', key: 'id' },
  { from: 'quotes', field: 'takeaway', to: 'takeaways', key: 'number' },
  { from: 'quotes', field: 'endnote', to: 'endnotes', key: 'number' },
  { from: 'quotes', field: 'speakers', to: 'people', key: 'id' },
  // derived by the build, so checked there rather than in data/
  { from: 'quotes', field: 'source', to: 'sources', key: 'id' },
  { from: 'endnotes', field: 'citations.source', to: 'sources', key: 'id' },
  { from: 'sources', field: 'authors', to: 'people', key: 'id' },
  { from: 'annotations', field: 'target', to: '*', key: 'id' },
];
