import { locatedRecords } from '../lib/locatedRecords.js';
import type { Lint } from './types.js';

/** Ids are public API and must name one record across the whole dataset. */
export const uniqueIds: Lint = ({ files }) => {
  const firstFileOf = new Map<string, string>();
  return files.flatMap((file) =>
    locatedRecords(file).flatMap(({ record, label }) => {
      if (typeof record.id !== 'string') return [];
      const first = firstFileOf.get(record.id);
      if (first === undefined) {
        firstFileOf.set(record.id, file.file);
        return [];
      }
      return [
        {
          file: file.file,
          record: label,
          field: 'id',
          message: `duplicate id "${record.id}", already used in ${first}; give this record a new id`,
        },
      ];
    }),
  );
};
