import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { SyncExporter } from '../../scripts/exporters/types.js';
import { createDataset, type Dataset } from '../../scripts/lib/createDataset.js';
import type { DataCollections } from '../../scripts/lib/dataset.js';
import type { OutputFile } from '../../scripts/lib/outputFile.js';
import { validateData } from '../../scripts/validateData.js';
import { root } from './runScript.js';

// data/ validated once per process: the exporters' tests take valid data as given (the lints and the loader have
// tests of their own); what each test makes from it, it makes afresh
let validated: DataCollections | undefined;

/**
 * The dataset as the build makes it from data/, made in this process. Made afresh at every call, never kept: mutation
 * testing runs only the tests that reach a mutant, with the mutant switched on, so each test must make what it reads.
 */
export function datasetNow(edit: (data: DataCollections) => void = () => {}): Dataset {
  if (!validated) {
    const validation = validateData(join(root, 'data'));
    if (!validation.ok) throw new Error('data/ does not validate');
    validated = validation.data;
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const data = structuredClone(validated);
  edit(data);
  return createDataset(data, version);
}

/**
 * Two excerpts on the first annotation, the second with a prefix, and none on the others: evidence known by heart,
 * for the outputs' tests of the evidence, whatever data/ holds.
 */
export function withEvidence(data: DataCollections): void {
  for (const annotation of data.annotations) annotation.evidence = [];
  data.annotations[0].evidence = [
    { exact: 'Read the full report', prefix: null, suffix: null },
    { exact: 'Telecommunications', prefix: 'Two Voices in ', suffix: null },
  ];
}

/** The CSV files that hold a list field of the records, one item a row, after those of the collections. */
export const linkTableNames = [
  'report-authors',
  'takeaway-endnotes',
  'quote-speakers',
  'quote-insertions',
  'endnote-citations',
  'source-authors',
  'person-name-variants',
  'annotation-evidence',
];

export type Files = Map<string, OutputFile['contents']>;

/**
 * Runs the exporters in order on the dataset, each seeing what those before it wrote, as the build does; the
 * synchronous ones only: a test of the workbook's, which is asynchronous, awaits it itself.
 */
export function exportedNow(dataset: Dataset, ...exporters: SyncExporter[]): Files {
  const files: Files = new Map();
  for (const exporter of exporters) for (const file of exporter(dataset, files)) files.set(file.path, file.contents);
  return files;
}

/** A text file of what `exportedNow` gave; a test fails when it is missing or not text. */
export function textOf(files: Files, path: string): string {
  const contents = files.get(path);
  if (typeof contents !== 'string') throw new Error(`${path} was not written as text`);
  return contents;
}

/** The rows of a CSV file of what `exportedNow` gave, read with the canonical dialect (or the one given). */
export function csvRowsOf(
  files: Files,
  path: string,
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string } = {
    delimiter: ',',
    lineTerminator: '\n',
    quoteChar: '"',
  },
): string[][] {
  return parse(textOf(files, path), {
    delimiter: dialect.delimiter,
    record_delimiter: dialect.lineTerminator,
    quote: dialect.quoteChar,
  });
}
