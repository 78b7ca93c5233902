import type {
  Annotation,
  CollectionName,
  Endnote,
  Person,
  Quote,
  Report,
  Source,
  Takeaway,
  Theme,
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

/** The contents of data/, one value per collection, once every lint has passed. */
export type DataCollections = Record<CollectionName, unknown>;
