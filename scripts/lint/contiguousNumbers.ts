import { locatedRecords } from '../lib/locatedRecords.js';
import type { Lint } from './types.js';

const numbered = ['themes', 'takeaways', 'endnotes'] as const;

/** Numbered records run 1, 2, 3… in file order, as printed in the report. */
export const contiguousNumbers: Lint = ({ fileOf }) =>
  numbered.flatMap((collection) => {
    const file = fileOf[collection];
    if (!file) return [];
    return locatedRecords(file)
      .filter(({ record, index }) => typeof record.number === 'number' && record.number !== index + 1)
      .map(({ record, label, index }) => ({
        file: file.file,
        record: label,
        field: 'number',
        message: `expected ${index + 1}, found ${record.number}; numbers run from 1 without gaps, in file order`,
      }));
  });
