import type { Dataset } from '../lib/dataset.js';
import type { OutputFile } from '../lib/outputFile.js';

/**
 * Turns the dataset into the files of one format. Pure: the same dataset gives the same bytes.
 * `earlier` holds what the exporters before it produced, for those that describe other files.
 */
export type Exporter = (dataset: Dataset, earlier: ReadonlyMap<string, OutputFile['contents']>) => OutputFile[];
