import { createHash } from 'node:crypto';
import { references } from '../../schema/index.js';
import type { Dataset } from '../lib/createDataset.js';
import { listInWords } from '../lib/listInWords.js';
import type { OutputFile } from '../lib/outputFile.js';
import { quotedTitle } from '../lib/quotedTitle.js';
import { csvDialect } from './csv.js';
import type { Column } from './tables/column.js';
import { columnDescription } from './tables/columnDescription.js';
import { csvFiles } from './tables/csvFiles.js';
import type { CsvTable } from './tables/csvTable.js';
import type { SyncExporter } from './types.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function tableField(column: Column<unknown>, unique: boolean) {
  return {
    name: column.name,
    type: column.type,
    ...(column.format ? { format: column.format } : {}),
    description: columnDescription(column),
    constraints: {
      required: column.required,
      ...(unique ? { unique: true } : {}),
      ...(column.enum ? { enum: column.enum } : {}),
      ...(column.pattern ? { pattern: column.pattern } : {}),
    },
  };
}

/** A key of one column is written as a string, as Table Schema has it; of several, as a list. */
const keyFields = (names: string[]) => (names.length === 1 ? names[0] : names);

function tableSchema(table: CsvTable) {
  // Stryker disable next-line ArrayDeclaration: a made-up key name matches no column, so no field is marked unique
  const single = table.primaryKey.length === 1 ? table.primaryKey : [];
  const referenced = references.filter((reference) => reference.to === table.name).map((reference) => reference.key);
  const unique = new Set([...single, ...referenced]);
  return {
    fields: table.columns.map((column) => tableField(column, unique.has(column.name))),
    missingValues: [''],
    primaryKey: keyFields(table.primaryKey),
    // the profile wants at least one foreign key when the property is there
    ...(table.foreignKeys.length > 0
      ? {
          foreignKeys: table.foreignKeys.map(({ field, table: resource, key }) => ({
            fields: field,
            reference: { resource, fields: key },
          })),
        }
      : {}),
  };
}

function resource(table: CsvTable, earlier: ReadonlyMap<string, OutputFile['contents']>) {
  const path = `csv/${table.name}.csv`;
  const contents = earlier.get(path);
  if (contents === undefined) throw new Error(`datapackage.json describes ${path}: register it after the CSV exporter`);
  return {
    name: table.name,
    path,
    profile: 'tabular-data-resource',
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(contents),
    hash: `sha256:${createHash('sha256').update(contents).digest('hex')}`,
    dialect: csvDialect,
    schema: tableSchema(table),
  };
}

/** dist/datapackage.json: a Frictionless tabular data package describing the files in csv/. */
export const exportDatapackage: SyncExporter = (dataset: Dataset, earlier) => {
  const { report, release } = dataset;
  const authors = report.authors.map((id) => dataset.people.find((person) => person.id === id)?.name ?? id);
  return [
    {
      path: 'datapackage.json',
      contents: json({
        profile: 'tabular-data-package',
        name: release.packageName,
        title: `Records of ${quotedTitle(report.title)}`,
        description:
          `The takeaways, quotes, endnotes, cited works and people of ${quotedTitle(report.title)} by ` +
          `${listInWords(authors)} (${report.publisher}, ${report.issued}), one CSV table each, every text verbatim, ` +
          'linked by ids; each list of ids is also a table of its own, one link a row, with its foreign keys. ' +
          'The same records are in json/; csv-excel/ holds the same rows for spreadsheets.',
        version: dataset.version,
        // the release date, never the clock: the same release gives the same bytes
        ...(release.released ? { created: `${release.released}T00:00:00Z` } : {}),
        ...(release.url ? { homepage: release.url } : {}),
        sources: [{ title: report.title, path: report.url }],
        licenses: release.licenses,
        contributors: release.authors.map((author) => ({ title: author.name, role: 'author' })),
        resources: csvFiles.map((table) => resource(table, earlier)),
      }),
    },
  ];
};
