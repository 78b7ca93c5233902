import type { Cell } from './column.js';

/**
 * CSV has no lists: their values are joined with "; " in one cell. A value that itself contains "; "
 * would read back as two; none does today, and the CSV tests assert it.
 */
export const listSeparator = '; ';

/**
 * The text of a cell: a boolean as "true" or "false", as String gives it. Lossy: null and "" both come out as an
 * empty cell, and a list as one joined string.
 */
export function cellText(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.join(listSeparator);
  return String(value);
}
