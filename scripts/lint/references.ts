import { collectionSchemas, references } from '../../schema/index.js';
import { locatedRecords } from '../lib/locatedRecords.js';
import { valuesAt } from '../lib/records.js';
import type { Lint } from './types.js';

/** Every link between records points at a record that exists. */
export const referencesResolve: Lint = ({ files, fileOf, complete }) => {
  const allIds = new Set(files.flatMap((file) => locatedRecords(file).map(({ record }) => record.id)));
  return references.flatMap(({ from, field, to, key }) => {
    const source = fileOf[from];
    if (!source) return [];
    // Stryker disable next-line ConditionalExpression,StringLiteral: fileOf has no "*" entry, so fileOf[to] is undefined for "*" too
    const target = to === '*' ? undefined : fileOf[to];
    // links into a file that could not be read would all look broken: its own problem is reported instead
    if (to === '*' ? !complete : !target) return [];
    const known = target ? new Set(locatedRecords(target).map(({ record }) => record[key])) : allIds;
    const targetName = to === '*' ? 'record' : collectionSchemas[to].recordName;
    const where = to === '*' ? 'in the dataset' : `in data/${to}.json`;
    return locatedRecords(source).flatMap(({ record, label }) =>
      valuesAt(record, field)
        .filter(({ value }) => value !== null && !known.has(value))
        .map(({ path, value }) => ({
          file: source.file,
          record: label,
          field: path,
          message: `unknown ${targetName} ${JSON.stringify(value)} (no ${targetName} has that ${key} ${where})`,
        })),
    );
  });
};
