import { z } from 'zod/v3';
import { collectionSchemas } from '../../schema/index.js';
import { insertionsOf } from '../lib/quoteText.js';
import { recordsOf } from '../lib/records.js';
import type { Lint } from './types.js';

/** The CSV files join a list's items with this; an item holding it would read back as two. */
const separator = '; ';
const why = `the CSV files join list items with "${separator}" and would read it back as two items`;

const isList = (schema: z.ZodTypeAny) =>
  schema instanceof z.ZodArray || (schema instanceof z.ZodNullable && schema.unwrap() instanceof z.ZodArray);

/** No item of a list, stored or derived (a quote's bracketed insertions), holds the CSV list separator. */
export const listSeparator: Lint = ({ files }) =>
  files.flatMap((file) => {
    const shape: Record<string, z.ZodTypeAny> = collectionSchemas[file.collection].record.shape;
    const listFields = Object.keys(shape).filter((field) => isList(shape[field]));
    return recordsOf(file).flatMap(({ record, label }) => {
      const problem = (field: string, message: string) => ({ file: file.file, record: label, field, message });
      const stored = listFields.flatMap((field) => {
        const items = Array.isArray(record[field]) ? (record[field] as unknown[]) : [];
        return items.flatMap((item, index) =>
          typeof item === 'string' && item.includes(separator)
            ? [problem(`${field}[${index}]`, `holds "${separator}": ${why}; write the item without it`)]
            : [],
        );
      });
      const insertions =
        file.collection === 'quotes' && typeof record.text === 'string'
          ? insertionsOf(record.text).filter((insertion) => insertion.includes(separator))
          : [];
      return [
        ...stored,
        ...insertions.map((insertion) =>
          problem('text', `the insertion "[${insertion}]" holds "${separator}": ${why} (the insertions column)`),
        ),
      ];
    });
  });
