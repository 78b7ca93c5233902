/** Which columns are dates: the workbook gives them a "year", the spreadsheet CSV writes them as text. */
import { describe, expect, it } from 'vitest';
import type { Column } from '../../scripts/exporters/tables/column.js';
import { isDateColumn } from '../../scripts/exporters/tables/isDateColumn.js';

const withPattern = (pattern?: string) => ({ name: 'x', pattern }) as Column<unknown>;

describe('isDateColumn', () => {
  it('takes a pattern of a year or a month, and no pattern, a year alone, or anything', () => {
    expect(isDateColumn(withPattern('\\d{4}(?:-\\d{2}(?:-\\d{2})?)?'))).toBe(true);
    expect(isDateColumn(withPattern())).toBe(false);
    expect(isDateColumn(withPattern('\\d{4}'))).toBe(false);
    expect(isDateColumn(withPattern('.*'))).toBe(false);
  });
});
