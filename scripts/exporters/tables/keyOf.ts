import { type CollectionName, references } from '../../../schema/index.js';

/** The field by which other records name a record of the collection: a takeaway or endnote by number, else id. */
export function keyOf(collection: CollectionName): 'id' | 'number' {
  return references.find((reference) => reference.to === collection)?.key ?? 'id';
}
