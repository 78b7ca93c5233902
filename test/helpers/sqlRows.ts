import type { Database } from 'sql.js';

/** The rows an SQL query gives in sql.js's API, each as an object by column name; none for a statement without. */
export function sqlRows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (!result) return [];
  return result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
}
