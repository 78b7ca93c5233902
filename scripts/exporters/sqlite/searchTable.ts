import type { Dataset } from '../../lib/createDataset.js';

/** The texts the full-text index holds: what the report prints, and the notes on it. */
export const searchedTexts = [
  { collection: 'takeaways', field: 'text' },
  { collection: 'quotes', field: 'text' },
  { collection: 'endnotes', field: 'text' },
  { collection: 'annotations', field: 'note' },
] as const;

/**
 * An FTS4 table (sql.js has no FTS5) of every searched text with the collection and id of its record, which
 * are stored but not indexed, so that a search matches words of the texts only.
 */
export const createSearchSql =
  'CREATE VIRTUAL TABLE search USING fts4(text, collection, id, notindexed=collection, notindexed=id, tokenize=unicode61);';

export function searchRows(dataset: Dataset): [string, string, string][] {
  return searchedTexts.flatMap(({ collection, field }) =>
    dataset[collection].map((record): [string, string, string] => [
      (record as unknown as Record<string, string>)[field],
      collection,
      record.id,
    ]),
  );
}
