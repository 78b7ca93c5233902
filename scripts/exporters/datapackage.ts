import { createHash } from 'node:crypto';
import { collectionSchemas, references } from '../../schema/index.js';
import type { Dataset } from '../lib/createDataset.js';
import type { OutputFile } from '../lib/outputFile.js';
import type { Column, CsvCollection } from './csv/column.js';
import { csvCollections } from './csv/tables.js';
import { csvColumns, csvDialect } from './csv.js';
import type { Exporter } from './types.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const licenses = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International (the compilation and annotations)',
  },
  { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (the code)' },
];

function tableField(column: Column<unknown>, unique: boolean) {
  return {
    name: column.name,
    type: column.type,
    ...(column.format ? { format: column.format } : {}),
    description: column.description,
    constraints: {
      required: column.required,
      ...(unique ? { unique: true } : {}),
      ...(column.enum ? { enum: column.enum } : {}),
      ...(column.pattern ? { pattern: column.pattern } : {}),
    },
  };
}

/** Only a reference held in one cell can be a foreign key: lists and references to any collection cannot. */
function foreignKeys(collection: CsvCollection, columns: Column<unknown>[]) {
  return references
    .filter((reference) => reference.from === collection && reference.to !== '*')
    .flatMap((reference) => {
      const column = columns.find((candidate) => candidate.field === reference.field);
      if (!column) throw new Error(`no column of ${collection}.csv holds ${reference.field}`);
      if (column.list || !(csvCollections as string[]).includes(reference.to)) return [];
      return [{ fields: column.name, reference: { resource: reference.to, fields: reference.key } }];
    });
}

function tableSchema(collection: CsvCollection) {
  const columns = csvColumns(collection);
  const keys = new Set(['id', ...references.filter((r) => r.to === collection).map((r) => r.key)]);
  const declared = foreignKeys(collection, columns);
  return {
    fields: columns.map((column) => tableField(column, keys.has(column.name))),
    missingValues: [''],
    primaryKey: 'id',
    // the profile wants at least one foreign key when the property is there
    ...(declared.length > 0 ? { foreignKeys: declared } : {}),
  };
}

function resource(collection: CsvCollection, earlier: ReadonlyMap<string, OutputFile['contents']>) {
  const path = `csv/${collection}.csv`;
  const contents = earlier.get(path);
  if (contents === undefined) throw new Error(`datapackage.json describes ${path}: register it after the CSV exporter`);
  return {
    name: collection,
    path,
    profile: 'tabular-data-resource',
    description: `One row per ${collectionSchemas[collection].recordName}.`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(contents),
    hash: `sha256:${createHash('sha256').update(contents).digest('hex')}`,
    dialect: csvDialect,
    schema: tableSchema(collection),
  };
}

function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** dist/datapackage.json: a Frictionless tabular data package describing the files in csv/. */
export const exportDatapackage: Exporter = (dataset: Dataset, earlier) => {
  const { report } = dataset;
  const authors = report.authors.map((id) => dataset.people.find((person) => person.id === id)?.name ?? id);
  return [
    {
      path: 'datapackage.json',
      contents: json({
        profile: 'tabular-data-package',
        name: 'beijing-two-voices',
        title: `Records of “${report.title}”`,
        description:
          `The takeaways, quotes, endnotes, cited works and people of “${report.title}” by ${listed(authors)} ` +
          `(${report.publisher}, ${report.issued}), one CSV table each, every text verbatim, linked by ids. ` +
          'The same records are in json/; csv-excel/ holds the same rows for spreadsheets.',
        version: dataset.version,
        homepage: report.url,
        sources: [{ title: report.title, path: report.url }],
        licenses,
        contributors: authors.map((title) => ({ title, role: 'author' })),
        resources: csvCollections.map((collection) => resource(collection, earlier)),
      }),
    },
  ];
};
