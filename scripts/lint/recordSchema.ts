import type { z } from 'zod/v3';
import { collectionSchemas } from '../../schema/index.js';
import type { Problem } from '../lib/problem.js';
import { hasCollectionShape, isPlainObject } from '../lib/records.js';
import type { Lint } from './types.js';

function fieldPath(path: (string | number)[]): string | null {
  if (path.length === 0) return null;
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function describeIssue(issue: z.ZodIssue, recordName: string): Array<[string | null, string]> {
  const field = fieldPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => [
        fieldPath([...issue.path, key]),
        `unknown field; the ${recordName} schema has no such field (remove it, or add it to the schema first)`,
      ]);
    case 'invalid_type':
      return [
        [
          field,
          issue.received === 'undefined'
            ? 'missing required field'
            : `expected ${issue.expected}, found ${issue.received}`,
        ],
      ];
    case 'invalid_enum_value':
      return [
        [
          field,
          `invalid value ${JSON.stringify(issue.received)}; expected ${issue.options.map((o) => JSON.stringify(o)).join(' or ')}`,
        ],
      ];
    default:
      return [[field, issue.message]];
  }
}

/** Every record parses with its zod schema. */
export const recordSchema: Lint = ({ files }) =>
  files.flatMap((file): Problem[] => {
    const { record: schema, recordName, single } = collectionSchemas[file.collection];
    if (!hasCollectionShape(file)) {
      const expected = single ? 'one JSON object' : 'a JSON array of records';
      return [{ file: file.file, record: null, field: null, message: `expected ${expected}` }];
    }
    const values: unknown[] = single ? [file.value] : (file.value as unknown[]);
    return values.flatMap((value, index) => {
      const label = isPlainObject(value) && typeof value.id === 'string' ? value.id : `[${index}]`;
      const result = schema.safeParse(value);
      if (result.success) return [];
      return result.error.issues.flatMap((issue) =>
        describeIssue(issue, recordName).map(([field, message]) => ({
          file: file.file,
          record: label,
          field,
          message,
        })),
      );
    });
  });
