import { collectionSchemas } from '../../schema/index.js';
import { locatedRecords } from '../lib/locatedRecords.js';
import { insertionsOf } from '../lib/quoteText.js';
import type { Lint } from './types.js';

/** The CSV files join a list's items with this; an item holding it would read back as two. */
const separator = '; ';
const why = `the CSV files join list items with "${separator}" and would read it back as two items`;

/** No item of a list, stored or derived (a quote's bracketed insertions), holds the CSV list separator. */
export const listSeparator: Lint = ({ files }) =>
  files.flatMap((file) => {
    // every field of the schema that holds a list here; one holding a list where its schema says otherwise is the
    // schema lint's
    const fields = Object.keys(collectionSchemas[file.collection].record.shape);
    return locatedRecords(file).flatMap(({ record, label }) => {
      const problem = (field: string, message: string) => ({ file: file.file, record: label, field, message });
      const stored = fields.flatMap((field) => {
        // Stryker disable next-line ArrayDeclaration: an invented item holds no separator
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
