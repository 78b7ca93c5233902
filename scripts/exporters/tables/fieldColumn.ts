import { z } from 'zod/v3';
import { collectionSchemas, isoDate, provenanceSentence, references } from '../../../schema/index.js';
import type { Cell, Column, CsvCollection, RecordOf } from './column.js';
import { linkTableName } from './linkTableName.js';

interface FieldOptions<R> {
  /** When the schema's own description is missing or too generic. */
  description?: string;
  /** The dotted path the references use, when the column flattens nested values. */
  field?: string;
  /** For values that are not plain: a list of objects must be flattened. */
  value?: (record: R) => Cell;
}

function unwrapNullable(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; nullable: boolean } {
  return schema instanceof z.ZodNullable
    ? { inner: schema.unwrap(), nullable: true }
    : { inner: schema, nullable: false };
}

function scalarType(schema: z.ZodTypeAny, where: string): Column<unknown>['type'] {
  if (schema instanceof z.ZodEffects) return scalarType(schema.innerType(), where);
  if (schema instanceof z.ZodString || schema instanceof z.ZodEnum) return 'string';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodNumber && schema.isInt) return 'integer';
  throw new Error(`${where}: no CSV type for ${schema.constructor.name}`);
}

/** The zod regex of a string, unanchored: Table Schema patterns always match the whole value. */
function patternOf(schema: z.ZodTypeAny): string | undefined {
  if (!(schema instanceof z.ZodString)) return undefined;
  const check = schema._def.checks.find((candidate) => candidate.kind === 'regex');
  return check?.kind === 'regex' ? check.regex.source.replace(/^\^/, '').replace(/\$$/, '') : undefined;
}

function referenceNote(collection: CsvCollection, field: string, list: boolean): string {
  const reference = references.find((candidate) => candidate.from === collection && candidate.field === field);
  if (!reference) return '';
  if (reference.to === '*') return ' It may name a record of any collection, so it is not declared as a foreign key.';
  const target = `${reference.to}.csv by ${reference.key}`;
  return list
    ? ` Each value refers to ${target}; a list in one cell cannot be a foreign key, so none is declared here: ` +
        `${linkTableName(collection, field)}.csv holds one row per link, with its foreign keys.`
    : ` Refers to ${target}.`;
}

/** A column carrying one field of the published record, typed and described from its zod schema. */
export function fieldColumn<C extends CsvCollection>(
  collection: C,
  name: keyof RecordOf<C> & string,
  options: FieldOptions<RecordOf<C>> = {},
): Column<RecordOf<C>> {
  const where = `${collection}.${name}`;
  const schema: z.ZodTypeAny = collectionSchemas[collection].published.shape[name];
  const { inner, nullable } = unwrapNullable(schema);
  const list = inner instanceof z.ZodArray;
  const element = list ? unwrapNullable(inner.element).inner : inner;
  if (list && element instanceof z.ZodObject && !options.value) throw new Error(`${where}: say how to flatten it`);
  const field = options.field ?? name;
  const own = options.description ?? schema.description;
  if (!own) throw new Error(`${where}: describe the column`);
  const dateNote = element === isoDate ? ' An ISO 8601 date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD).' : '';
  const listNote = list ? ' Several values joined with "; ".' : '';
  // a list's inner schema is its array, so a list has no enum, pattern or format of its own
  const pattern = patternOf(inner);
  const isUri = inner instanceof z.ZodString && inner._def.checks.some((check) => check.kind === 'url');
  return {
    name,
    type: list ? 'string' : scalarType(element, where),
    description: `${own}${dateNote}${listNote}${referenceNote(collection, field, list)} ${provenanceSentence(collection, name)}`,
    list,
    required: list ? (inner._def.minLength?.value ?? 0) > 0 : !nullable,
    ...(inner instanceof z.ZodEnum ? { enum: inner.options as readonly string[] } : {}),
    ...(pattern ? { pattern } : {}),
    ...(isUri ? { format: 'uri' as const } : {}),
    field,
    value: options.value ?? ((record) => record[name] as Cell),
  };
}
