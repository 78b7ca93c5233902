import type { Dataset } from '../lib/createDataset.js';

export interface OutputFile {
  /** Relative to dist/, with forward slashes. */
  path: string;
  contents: string | Uint8Array;
}

/**
 * Turns the dataset into the files of one format. Pure: the same dataset gives the same bytes.
 * `earlier` holds what the exporters before it produced, for those that describe other files.
 */
export type Exporter = (dataset: Dataset, earlier: ReadonlyMap<string, OutputFile['contents']>) => OutputFile[];
