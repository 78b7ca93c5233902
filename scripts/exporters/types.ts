import type { Dataset } from '../lib/dataset.js';
import type { OutputFile } from '../lib/outputFile.js';

/**
 * Turns the dataset into the files of one format. Pure: the same dataset gives the same bytes.
 * `earlier` holds what the exporters before it produced, for those that describe other files. It may answer with a
 * promise, for a writer that works only asynchronously (the workbook's zip); the build awaits each in turn.
 */
export type Exporter = (
  dataset: Dataset,
  earlier: ReadonlyMap<string, OutputFile['contents']>,
) => OutputFile[] | Promise<OutputFile[]>;

/** An exporter that answers at once, as every one but the workbook's does. */
export type SyncExporter = (dataset: Dataset, earlier: ReadonlyMap<string, OutputFile['contents']>) => OutputFile[];
