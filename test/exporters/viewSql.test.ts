/** The SQL of each collection's readable view, made from the table's CSV columns. */
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { viewSql } from '../../scripts/exporters/sqlite/viewSql.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import type { CsvTable } from '../../scripts/exporters/tables/csvTable.js';

const quotes = csvFiles.find((table) => table.name === 'quotes') as CsvTable;
const column = (name: string, more: object) => ({ ...quotes.columns[0], name, ...more });
const sqlJs = await initSqlJs();

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

  it('writes a boolean as the CSV does, "true" or "false", and keeps a null null', () => {
    const table = {
      ...quotes,
      columns: [column('id', { field: 'id' }), column('elided', { field: 'elided', type: 'boolean' })],
    };
    const db = new sqlJs.Database();
    try {
      db.run(
        `CREATE TABLE quotes (id TEXT, elided INTEGER); INSERT INTO quotes VALUES ('a', 1), ('b', 0), ('c', NULL);`,
      );
      db.run(viewSql(table));
      expect(db.exec('SELECT * FROM quotes_readable')[0].values).toEqual([
        ['a', 'true'],
        ['b', 'false'],
        ['c', null],
      ]);
    } finally {
      db.close();
    }
  });
});
