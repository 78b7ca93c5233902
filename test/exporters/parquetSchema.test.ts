/** The Parquet type of a list's items comes from the list's own table, which must exist. */
import { describe, expect, it } from 'vitest';
import { itemType } from '../../scripts/exporters/parquet/parquetSchema.js';
import type { Column } from '../../scripts/exporters/tables/column.js';
import type { CsvTable } from '../../scripts/exporters/tables/csvTable.js';

describe('itemType', () => {
  it('refuses a list of a field that has no table of its own', () => {
    const table = { name: 'quotes' } as CsvTable;
    const column = { name: 'moods', field: 'moods', list: true } as Column<unknown>;
    expect(() => itemType(table, column)).toThrow('quotes.moods: no table quote-moods says what its items are');
  });
});
