import { type CollectionName, collectionSchemas } from '../../../schema/index.js';

/** The table holding a list field one item per row: "quote-speakers" for the speakers of quotes. */
export function linkTableName(collection: CollectionName, field: string): string {
  const kebab = field.split('.')[0].replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return `${collectionSchemas[collection].recordName}-${kebab}`;
}
