import type { CollectionName } from '../../../schema/collections.js';
import type { Dataset } from '../../lib/dataset.js';

/** The citation of a cited work or of the report, ready to copy; null where no citation file has it. */
export interface SourceCitation {
  bibtex: string | null;
  cslJson: string | null;
}

/**
 * A file of dist/ the page offers, made in the page so that it downloads from the page alone: a JSON file from
 * the records the page holds (one collection, or several under their names), any other file from its text.
 */
export interface DownloadLink {
  label: string;
  /** Its path in dist/, whose last part names the downloaded file. */
  path: string;
  mediaType: string;
  bytes: number;
  contents: { records: CollectionName } | { collections: CollectionName[] } | { text: string };
}

export interface DownloadGroup {
  heading: string;
  description: string;
  links: DownloadLink[];
}

/** Everything the explorer page embeds: the published records, citations per work, files to download. */
export interface ExplorerData extends Dataset {
  /** By source id, and the report's by its id. */
  citations: Record<string, SourceCitation>;
  downloads: DownloadGroup[];
}
