/** The SQL of each collection's readable view, made from the table's CSV columns. */
import { describe, expect, it } from 'vitest';
import { viewSql } from '../../scripts/exporters/sqlite/viewSql.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import type { CsvTable } from '../../scripts/exporters/tables/csvTable.js';

const quotes = csvFiles.find((table) => table.name === 'quotes') as CsvTable;
const column = (name: string, more: object) => ({ ...quotes.columns[0], name, ...more });

describe('viewSql', () => {
  it('looks up the readable value of each item of a list in the table its ids refer to', () => {
    expect(viewSql(quotes)).toContain(
      '(SELECT group_concat(value, \'; \') FROM (SELECT x."name" AS value FROM quote_speakers l JOIN people x' +
        ' ON x."id" = l."person" WHERE l."quote" = t."id" ORDER BY l."position")) AS "speakerNames"',
    );
  });

  it('refuses a joined column it has no SQL for', () => {
    const table = { ...quotes, columns: [column('madeUp', { field: undefined, list: false })] };
    expect(() => viewSql(table)).toThrow(new Error("quotes.csv: say how the database's view joins madeUp"));
  });

  it('refuses a list column that has no link table', () => {
    const table = { ...quotes, columns: [column('madeUp', { field: 'madeUp', list: true })] };
    expect(() => viewSql(table)).toThrow(new Error('no link table quote-made-up'));
  });
});
