/** The workbook gives a table one "year" column, so a table with two date columns must say which date it is of. */
import { describe, expect, it } from 'vitest';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import { isDateColumn } from '../../scripts/exporters/tables/isDateColumn.js';
import { workbookSheets } from '../../scripts/exporters/xlsx/workbookSheets.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('workbookSheets', () => {
  it('refuses a table with two date columns, naming it', () => {
    const quotes = csvFiles.find((table) => table.name === 'quotes');
    const date = quotes?.columns.find(isDateColumn);
    if (!quotes || !date) throw new Error('quotes.csv has no date column');
    // a second date column for this test only: no table of today has two
    quotes.columns.push({ ...date, name: 'dateAgain' });
    try {
      expect(() => workbookSheets(datasetNow())).toThrow('quotes: say which date "year" is the year of');
    } finally {
      quotes.columns.pop();
    }
  });
});
