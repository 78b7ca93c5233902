import type { Column } from './column.js';

/** A column of ISO dates at their precision: its pattern takes "2021" and "2021-04" and refuses a word. */
export function isDateColumn(column: Column<unknown>): boolean {
  // Stryker disable next-line ConditionalExpression: without the guard the pattern reads "undefined", which refuses 2021 too
  if (!column.pattern) return false;
  const whole = new RegExp(`^(?:${column.pattern})$`);
  return whole.test('2021') && whole.test('2021-04') && !whole.test('a');
}
