import type { Dataset } from '../../lib/createDataset.js';
import { quotedTitle } from '../../lib/quotedTitle.js';
import type { Column } from '../csv/column.js';
import { csvFiles } from '../csv/csvFiles.js';
import { searchedTexts } from './searchTable.js';
import { tableName, viewName } from './sqlNames.js';
import { storedColumns } from './storedColumns.js';

/** The database's name in Datasette: its file name without .db. */
export const databaseName = 'beijing-two-voices';

/** dist/sqlite/metadata.json: titles, descriptions, licence and source of the database and each table, for Datasette. */
export function datasetteMetadata(dataset: Dataset) {
  const { report } = dataset;
  const tables: Record<string, { description: string; columns?: Record<string, string> }> = {};
  for (const table of csvFiles) {
    const described = (columns: Column<unknown>[]) =>
      Object.fromEntries(columns.map((column) => [column.name, column.description]));
    const columns = described(table.columns);
    tables[tableName(table)] = {
      description: `${table.description} The rows of csv/${table.name}.csv, typed and keyed.`,
      // the columns the table stores: a list is in its own table, a joined value only in the view
      columns: described(storedColumns(table)),
    };
    if (table.kind === 'records') {
      tables[viewName(table)] = {
        description: `${table.description} The columns of csv/${table.name}.csv: lists joined with "; " and the linked records’ readable values.`,
        columns,
      };
    }
  }
  tables.search = {
    description: `Full-text index (FTS4) of the texts of ${searchedTexts.map((text) => text.collection).join(', ')}: search with MATCH.`,
    columns: {
      text: 'The text, verbatim.',
      collection: 'The table of the record holding it.',
      id: 'The id of that record.',
    },
  };
  return {
    title: `Records of ${quotedTitle(report.title)}`,
    description: `The takeaways, quotes, endnotes, cited works and people of the report (${report.publisher}, ${report.issued}), every text verbatim, version ${dataset.version} of the dataset.`,
    license: 'CC BY 4.0 (the compilation and annotations; the quoted texts remain their authors’)',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
    source: `${report.publisher}, ${quotedTitle(report.title)}`,
    source_url: report.url,
    databases: { [databaseName]: { tables } },
  };
}
