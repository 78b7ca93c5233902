import { collectionSchemas, references } from '../../schema/index.js';
import { locatedRecords } from '../lib/locatedRecords.js';
import { valuesAt } from '../lib/records.js';
import type { Lint } from './types.js';

/** Records that exist only to be referred to: a person nobody names or a work no note cites is a leftover. */
const referredTo = ['people', 'sources'] as const;

/** Every person and every cited work is referred to by some record. */
export const unreferencedRecords: Lint = ({ fileOf }) =>
  referredTo.flatMap((collection) => {
    const file = fileOf[collection];
    // links the build derives (a quote's source) are not in data/ to be counted
    const links = references.filter(
      ({ from, field, to }) =>
        to === collection && Object.hasOwn(collectionSchemas[from].record.shape, field.split('.')[0]),
    );
    // a file that could not be read may hold the references
    if (!file || links.some((link) => !fileOf[link.from])) return [];
    const referred = new Set(
      links.flatMap(({ from, field }) =>
        locatedRecords(fileOf[from] as NonNullable<(typeof fileOf)[typeof from]>).flatMap(({ record }) =>
          valuesAt(record, field).map(({ value }) => value),
        ),
      ),
    );
    const places = links.map(({ from, field }) => `${from}.${field}`).join(', ');
    const { recordName } = collectionSchemas[collection];
    return locatedRecords(file)
      .filter(({ record }) => !referred.has(record.id))
      .map(({ label }) => ({
        file: file.file,
        record: label,
        field: 'id',
        message: `no record refers to this ${recordName} (none of ${places} names it); remove it, or add the link the report makes`,
      }));
  });
