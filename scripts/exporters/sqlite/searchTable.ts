import type { Dataset } from '../../lib/createDataset.js';

/** The texts the full-text indexes hold: what the report prints, the notes on it, and the titles of its sources. */
export const searchedTexts = [
  { collection: 'takeaways', field: 'text' },
  { collection: 'quotes', field: 'text' },
  { collection: 'endnotes', field: 'text' },
  { collection: 'annotations', field: 'note' },
  { collection: 'sources', field: 'title' },
  { collection: 'sources', field: 'titleEnglish' },
] as const;

/**
 * Two full-text indexes of the same rows, each text with the collection, id and field of its record, which are
 * stored but not indexed, so that a search matches the texts only:
 * - `search`, FTS4 with words (unicode61): English words, in every SQLite, sql.js too; a run of Chinese
 *   characters is one word to it, so it finds a Chinese term only where it stands alone;
 * - `search_trigram`, FTS5 with trigrams: any text of three or more characters wherever it occurs, Chinese
 *   too, in an SQLite with FTS5 (the sqlite3 command, Python, Datasette), but not in sql.js.
 */
export const createSearchSql =
  'CREATE VIRTUAL TABLE search USING fts4(text, collection, id, field, notindexed=collection, notindexed=id, notindexed=field, tokenize=unicode61);';

export const createTrigramSql =
  "CREATE VIRTUAL TABLE search_trigram USING fts5(text, collection UNINDEXED, id UNINDEXED, field UNINDEXED, tokenize = 'trigram');";

/** text, collection, id, field. */
export type SearchRow = [string, string, string, string];

export function searchRows(dataset: Dataset): SearchRow[] {
  return searchedTexts.flatMap(({ collection, field }) =>
    dataset[collection].flatMap((record): SearchRow[] => {
      const text = (record as unknown as Record<string, string | null>)[field];
      // a published record has every field of its schema, null where it has no value
      return text === null ? [] : [[text, collection, record.id, field]];
    }),
  );
}
