import type { z } from 'zod/v3';
import type {
  Annotation,
  annotationRecord,
  CollectionName,
  citation,
  Endnote,
  endnoteRecord,
  Person,
  personRecord,
  Quote,
  quoteRecord,
  Report,
  reportRecord,
  Source,
  sourceRecord,
  Takeaway,
  Theme,
  takeawayRecord,
  themeRecord,
} from '../../schema/index.js';
import type { Release } from './release.js';

/** The published dataset: what every exporter reads. Types only, so that browser code can share it. */
export interface Dataset {
  version: string;
  /** The release the files name inside themselves. */
  release: Release;
  report: Report;
  themes: Theme[];
  takeaways: Takeaway[];
  quotes: Quote[];
  endnotes: Endnote[];
  sources: Source[];
  people: Person[];
  annotations: Annotation[];
}

/** The contents of data/, each collection as its zod record schema parses it, once every lint has passed. */
export interface DataCollections {
  report: z.infer<typeof reportRecord>;
  themes: z.infer<typeof themeRecord>[];
  takeaways: z.infer<typeof takeawayRecord>[];
  quotes: z.infer<typeof quoteRecord>[];
  endnotes: z.infer<typeof endnoteRecord>[];
  sources: z.infer<typeof sourceRecord>[];
  people: z.infer<typeof personRecord>[];
  annotations: z.infer<typeof annotationRecord>[];
}

/** One stored record of a collection. */
export type StoredRecord<C extends CollectionName> = DataCollections[C] extends (infer T)[] ? T : DataCollections[C];

/** A work an endnote cites. */
export type Citation = z.infer<typeof citation>;
