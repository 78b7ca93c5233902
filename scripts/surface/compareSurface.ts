import { collectionSchemas } from '../../schema/index.js';
import type { PublicSurface } from './publicSurface.js';

const missing = (before: string[] = [], after: string[] = []) => {
  const kept = new Set(after);
  return before.filter((item) => !kept.has(item));
};

function recordName(collection: string): string {
  return collectionSchemas[collection as keyof typeof collectionSchemas]?.recordName ?? collection;
}

/**
 * What the release described by `before` offered and `after` no longer does, one sentence each.
 * A rename shows as the removal of the old name; additions are not listed.
 */
export function breakingChanges(before: PublicSurface, after: PublicSurface): string[] {
  const changes: string[] = [];
  for (const [collection, ids] of Object.entries(before.records)) {
    for (const id of missing(ids, after.records[collection])) {
      changes.push(`removed ${recordName(collection)} id ${JSON.stringify(id)}`);
    }
  }
  for (const [field, kind] of Object.entries(before.fields)) {
    const now = after.fields[field];
    if (now === undefined) changes.push(`removed field ${field}`);
    else if (now !== kind) changes.push(`changed the type of field ${field} from ${kind} to ${now}`);
  }
  for (const [field, values] of Object.entries(before.values)) {
    if (after.fields[field] === undefined) continue;
    for (const value of missing(values, after.values[field])) {
      changes.push(`removed value ${JSON.stringify(value)} of field ${field}`);
    }
  }
  for (const path of missing(before.exports, after.exports)) changes.push(`removed export path ${path}`);
  for (const path of missing(before.files, after.files)) changes.push(`removed file dist/${path}`);
  return changes;
}
