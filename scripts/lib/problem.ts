/** One thing wrong with the data, located precisely enough to fix without a debugger. */
export interface Problem {
  /** Path relative to the project, e.g. "data/quotes.json". */
  file: string;
  /** The record's id, or "[index]" when it has none; null for a whole-file problem. */
  record: string | null;
  field: string | null;
  message: string;
}

export function formatProblem({ file, record, field, message }: Problem): string {
  const where = [file, record, field].filter((part) => part !== null).join(' ');
  return `✖ ${where}: ${message}`;
}
