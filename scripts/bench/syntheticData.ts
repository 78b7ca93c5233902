import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CollectionName, collectionNames, collectionSchemas, references } from '../../schema/index.js';
import { canonicalJson } from '../lib/canonicalJson.js';
import { valuesAt } from '../lib/records.js';

type Row = Record<string, unknown>;
/** The collections as JSON values: the copies are made field by field, whatever each collection holds. */
export type JsonCollections = Record<CollectionName, unknown>;

const arrayCollections = collectionNames.filter((name) => !collectionSchemas[name].single);

/** Copy 0 keeps the real ids, so 1× is the real data; copy k appends "-x<k>". */
export function copyId(id: string, copy: number): string {
  return copy === 0 ? id : `${id}-x${copy}`;
}

/** A copy of `value` with every value at the dotted path (arrays followed) replaced by `change`. */
function mapAt(value: unknown, path: string[], change: (found: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => mapAt(item, path, change));
  if (path.length === 0) return change(value);
  if (value === null || typeof value !== 'object' || !(path[0] in value)) return value;
  const [head, ...rest] = path;
  return { ...value, [head]: mapAt((value as Row)[head], rest, change) };
}

/**
 * The data `times` times over: every record of every array collection cloned with a unique id, numbers
 * continuing where the previous copy stopped, and every reference pointing into the clone's own copy, so
 * the result validates whenever the input does. The report stays single and keeps pointing at copy 0; the
 * records only it names (its authors) are not copied, nor what is attached to them through a link to any record
 * (an annotation on an author's name), since a copy would be named by nothing, as the lints refuse.
 */
export function scaleData(data: JsonCollections, times: number): JsonCollections {
  if (!Number.isInteger(times) || times < 1) throw new Error(`scale must be a positive integer, got ${times}`);
  const rows = (name: CollectionName) => data[name] as Row[];
  const countOf = (name: CollectionName | '*') => (name === '*' ? 0 : rows(name).length);
  const namedBy = (row: Row, links: typeof references) =>
    links.flatMap(({ field }) => valuesAt(row, field).map(({ value }) => value));

  // what the lints count as referring to a record: a link from an array collection to the record's own
  const named = new Set(
    references
      .filter(({ from, to }) => !collectionSchemas[from].single && to !== '*')
      .flatMap((link) => rows(link.from).flatMap((row) => namedBy(row, [link]))),
  );
  const reportOnly = new Set(
    references
      .filter(({ from }) => collectionSchemas[from].single)
      .flatMap(({ from, field }) => valuesAt(data[from], field).map(({ value }) => value))
      .filter((value) => !named.has(value)),
  );
  const copied = (name: CollectionName, row: Row) =>
    !reportOnly.has(row.id) &&
    !namedBy(
      row,
      references.filter((link) => link.from === name && link.to === '*'),
    ).some((value) => reportOnly.has(value));
  const clonedIds = new Set(
    arrayCollections.flatMap((name) =>
      rows(name)
        .filter((row) => copied(name, row))
        .map((row) => row.id),
    ),
  );

  const copyOf = (name: CollectionName, row: Row, copy: number): Row => {
    let result: Row = { ...row, id: copyId(row.id as string, copy) };
    if (typeof row.number === 'number') result.number = row.number + copy * countOf(name);
    for (const { from, field, to, key } of references) {
      if (from !== name) continue;
      const change = (found: unknown): unknown => {
        if (key === 'number') return typeof found === 'number' ? found + copy * countOf(to) : found;
        return typeof found === 'string' && clonedIds.has(found) ? copyId(found, copy) : found;
      };
      result = mapAt(result, field.split('.'), change) as Row;
    }
    return result;
  };

  const scaled = { ...data };
  for (const name of arrayCollections) {
    scaled[name] = Array.from({ length: times }, (_, copy) =>
      rows(name)
        .filter((row) => copy === 0 || copied(name, row))
        .map((row) => copyOf(name, row, copy)),
    ).flat();
  }
  return scaled;
}

export function recordCount(data: JsonCollections): number {
  return collectionNames.reduce(
    (sum, name) => sum + (collectionSchemas[name].single ? 1 : (data[name] as Row[]).length),
    0,
  );
}

/** Writes each collection in canonical form, as `npm run format` would. */
export function writeData(data: JsonCollections, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of collectionNames) writeFileSync(join(dir, `${name}.json`), canonicalJson(data[name]));
}
