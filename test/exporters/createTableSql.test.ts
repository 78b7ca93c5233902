/** A CSV table's CREATE TABLE: typed columns, its primary key, its foreign keys, and the keys others refer to. */
import { describe, expect, it } from 'vitest';
import { createTableSql } from '../../scripts/exporters/sqlite/createTableSql.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import type { CsvTable } from '../../scripts/exporters/tables/csvTable.js';

const table = (name: string) => csvFiles.find((candidate) => candidate.name === name) as CsvTable;

describe('createTableSql', () => {
  it('makes a referenced column unique, unless it is the single primary key, which is already', () => {
    const themes = createTableSql(table('themes'), new Set(['themes.id', 'themes.number']));
    expect(themes).toMatch(/^ {2}"id" TEXT NOT NULL,$/m);
    expect(themes).toMatch(/^ {2}"number" INTEGER NOT NULL UNIQUE,$/m);
  });

  it('makes a referenced column of a primary key of several columns unique', () => {
    const speakers = table('quote-speakers');
    const [first] = speakers.primaryKey;
    const sql = createTableSql(speakers, new Set([`quote-speakers.${first}`]));
    expect(sql).toMatch(new RegExp(`^ {2}"${first}" TEXT NOT NULL UNIQUE`, 'm'));
  });
});
