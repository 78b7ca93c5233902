import type { z } from 'zod/v3';

/** Keys in schema order, then any unknown keys as found, so a diff shows only real changes. */
export function orderKeys(schema: z.AnyZodObject, record: unknown): unknown {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
  const entries = record as Record<string, unknown>;
  const known = Object.keys(schema.shape).filter((key) => key in entries);
  // Stryker disable next-line MethodExpression: a known key listed twice keeps its first place in Object.fromEntries, with the same value
  const unknown = Object.keys(entries).filter((key) => !(key in schema.shape));
  return Object.fromEntries([...known, ...unknown].map((key) => [key, entries[key]]));
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
