import type { CollectionName } from '../../../schema/collections.js';
import type { Dataset } from '../../lib/dataset.js';

/** The citation of a cited work or of the report, ready to copy; null where no citation file has it. */
export interface SourceCitation {
  bibtex: string | null;
  cslJson: string | null;
}

/**
 * A file of dist/ the page offers. Its link goes to the file's address for this version, which works from
 * anywhere. For the JSON files of records, the page's script makes the file in the page instead, from the records
 * the page holds (one collection, or several under their names, after the meta all.json opens with), so that it
 * downloads from the page alone. Any other file has no contents here.
 */
export interface DownloadLink {
  label: string;
  /** Its path in dist/, whose last part names the downloaded file. */
  path: string;
  /** Absolute: the file as published with this version of the package. */
  url: string;
  mediaType: string;
  bytes: number;
  contents: { records: CollectionName } | { collections: CollectionName[]; meta?: unknown } | null;
}

export interface DownloadGroup {
  heading: string;
  description: string;
  links: DownloadLink[];
}

/** What the page's script reads: the published records, citations per work, files to make, text to search. */
export interface ExplorerData extends Dataset {
  /** By source id, and the report's by its id. */
  citations: Record<string, SourceCitation>;
  /** The files the page makes itself, by path in dist/. */
  downloads: Record<string, NonNullable<DownloadLink['contents']> & { mediaType: string }>;
  /** By quote id: what the search looks in, reduced for matching. */
  searchText: Record<string, string>;
}
