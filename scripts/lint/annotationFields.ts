import { collectionSchemas } from '../../schema/index.js';
import { locatedRecords } from '../lib/locatedRecords.js';
import type { Lint } from './types.js';

/** An annotation's field, when it names one, is a field of the record it is about. */
export const annotationFields: Lint = ({ files, fileOf }) => {
  const file = fileOf.annotations;
  if (!file) return [];
  const collectionOf = new Map(
    files.flatMap((data) => locatedRecords(data).map(({ record }) => [record.id, data.collection] as const)),
  );
  return locatedRecords(file).flatMap(({ record, label }) => {
    const collection = collectionOf.get(record.target);
    if (typeof record.field !== 'string' || collection === undefined) return [];
    const { published, recordName } = collectionSchemas[collection];
    // own keys only: "constructor" or "__proto__" are in every object
    if (Object.hasOwn(published.shape, record.field)) return [];
    return [
      {
        file: file.file,
        record: label,
        field: 'field',
        message: `"${record.field}" is not a field of ${recordName} records (their fields: ${Object.keys(published.shape).join(', ')})`,
      },
    ];
  });
};
