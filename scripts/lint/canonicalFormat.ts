import { collectionSchemas } from '../../schema/index.js';
import { canonicalJson, orderKeys } from '../lib/canonicalJson.js';
import type { DataFile } from '../lib/dataFile.js';
import type { Lint } from './types.js';

export function canonicalText(file: DataFile): string {
  const { record, single } = collectionSchemas[file.collection];
  const value =
    single || !Array.isArray(file.value)
      ? orderKeys(record, file.value)
      : file.value.map((item) => orderKeys(record, item));
  return canonicalJson(value);
}

/** One layout for every data file keeps diffs down to real changes. */
export const canonicalFormat: Lint = ({ files }) =>
  files.flatMap((file) => {
    // rewriting a file whose values the loader could not all keep would hide that; those are reported already
    if (file.damaged.length > 0) return [];
    const expected = canonicalText(file);
    if (file.text === expected) return [];
    const actualLines = file.text.split('\n');
    const line = expected.split('\n').findIndex((text, i) => text !== actualLines[i]) + 1;
    return [
      {
        file: file.file,
        record: null,
        field: null,
        message: `not in canonical form from line ${line} (2-space indentation, keys in schema order, final newline); run \`npm run format\``,
      },
    ];
  });
