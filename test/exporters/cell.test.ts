/** The text of a CSV cell, as the CSV files and the workbook's sheets write it. */
import { describe, expect, it } from 'vitest';
import { cellText } from '../../scripts/exporters/tables/cell.js';

describe('cellText', () => {
  it('writes booleans as true and false, numbers as digits, a list joined and null as nothing', () => {
    expect([true, false, 12, ['a', 2], null, ''].map(cellText)).toEqual(['true', 'false', '12', 'a; 2', '', '']);
  });
});
