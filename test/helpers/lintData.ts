import { type CollectionName, collectionNames } from '../../schema/index.js';
import { canonicalJson } from '../../scripts/lib/canonicalJson.js';
import type { DataFile } from '../../scripts/lib/dataFile.js';
import { parseCollections } from '../../scripts/lib/parseCollections.js';
import { formatProblem } from '../../scripts/lib/problem.js';
import type { Lint, LintInput } from '../../scripts/lint/types.js';
import { readCollection, validFixture } from './runScript.js';

export type Row = Record<string, unknown>;
export type Collections = Record<CollectionName, unknown>;

/** A fresh copy of the valid fixture's collections, to break in memory. */
export function fixtureCollections(): Collections {
  return Object.fromEntries(
    collectionNames.map((name) => [name, readCollection<unknown>(validFixture, name)]),
  ) as Collections;
}

export const rows = (collections: Collections, name: CollectionName) => collections[name] as Row[];

/** One file as loaded, with nothing damaged, for the functions that take a single file. */
export const dataFile = (collection: CollectionName, value: unknown): DataFile => ({
  collection,
  file: `data/${collection}.json`,
  text: '',
  value,
  damaged: [],
});

/** What the lints receive once data/ is loaded: each collection as its canonical file, unless `text` says else. */
export function lintInput(collections: Partial<Collections>, text: Partial<Record<CollectionName, string>> = {}) {
  const files: DataFile[] = collectionNames
    .filter((name) => name in collections)
    .map((collection) => ({
      collection,
      file: `data/${collection}.json`,
      text: text[collection] ?? canonicalJson(collections[collection]),
      value: collections[collection],
      damaged: [],
    }));
  const fileOf = Object.fromEntries(files.map((file) => [file.collection, file]));
  const input: LintInput = {
    files,
    fileOf,
    // a collection left out stands for a file that could not be read
    complete: files.length === collectionNames.length,
    parsed: parseCollections(fileOf),
  };
  return input;
}

/** A lint's problems as the command line prints them. */
export function problemsOf(lint: Lint, collections: Partial<Collections>): string[] {
  return lint(lintInput(collections)).map(formatProblem);
}
