import type { Dataset } from '../../lib/dataset.js';

/** The citation of a cited work or of the report, ready to copy; null where no citation file has it. */
export interface SourceCitation {
  bibtex: string | null;
  cslJson: string | null;
}

export interface DownloadLink {
  label: string;
  /** Relative to the explorer page. */
  href: string;
  bytes: number;
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
