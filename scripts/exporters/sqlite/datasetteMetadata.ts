import type { Dataset } from '../../lib/createDataset.js';
import { quotedTitle } from '../../lib/quotedTitle.js';
import { csvFiles } from '../tables/csvFiles.js';
import { releaseColumns } from './releaseTable.js';
import { searchedTexts } from './searchTable.js';
import { tableName, viewName } from './sqlNames.js';
import { storedColumns } from './storedColumns.js';

const searchColumns = {
  text: 'The text, verbatim.',
  collection: 'The table of the record holding it.',
  id: 'The id of that record.',
  field: 'The column of that record the text is.',
};

/** The database's name in Datasette: its file name without .db. */
export const databaseName = 'beijing-two-voices';

/** dist/sqlite/metadata.json: titles, descriptions, licence and source of the database and each table, for Datasette. */
export function datasetteMetadata(dataset: Dataset) {
  const { report } = dataset;
  const tables: Record<string, { description: string; columns?: Record<string, string> }> = {};
  for (const table of csvFiles) {
    const described = (columns: typeof table.columns) =>
      Object.fromEntries(columns.map((column) => [column.name, column.description]));
    // the table holds the stored columns only: a list is a table of its own, a joined value is the view's
    tables[tableName(table)] = {
      description: `${table.description} The rows of csv/${table.name}.csv, typed and keyed.`,
      columns: described(storedColumns(table)),
    };
    if (table.kind === 'records') {
      tables[viewName(table)] = {
        description: `${table.description} The columns of csv/${table.name}.csv: lists joined with "; " and the linked records’ readable values.`,
        columns: described(table.columns),
      };
    }
  }
  const texts = searchedTexts.map(({ collection, field }) => `${collection}.${field}`).join(', ');
  tables.search = {
    description: `Full-text index (FTS4, words) of ${texts}: English words with MATCH, in any SQLite.`,
    columns: searchColumns,
  };
  tables.search_trigram = {
    description: `Full-text index (FTS5, trigrams) of ${texts}: any text of three or more characters, Chinese too, with MATCH.`,
    columns: searchColumns,
  };
  tables.dataset = {
    description: 'The release this database belongs to: one row.',
    columns: releaseColumns,
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
