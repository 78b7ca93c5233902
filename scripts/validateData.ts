import type { DataCollections } from './lib/dataset.js';
import { loadData } from './lib/loadData.js';
import { type ParsedCollections, parseCollections } from './lib/parseCollections.js';
import type { Problem } from './lib/problem.js';
import { isWithin } from './lib/records.js';
import { lints } from './lint/index.js';
import type { Lint, LintInput } from './lint/types.js';

export type Validation =
  | { ok: true; data: DataCollections }
  | {
      ok: false;
      problems: Problem[] /** files that could not be read, whose links were not checked */;
      unreadable: string[];
    };

/** The typed collections, once every record of every one parses. */
function wholeData(parsed: ParsedCollections): DataCollections | null {
  const { report, themes, takeaways, quotes, endnotes, sources, people, annotations } = parsed;
  const all = [report, themes, takeaways, quotes, endnotes, sources, people, annotations];
  const [reportRecord] = report.records;
  if (!all.every((collection) => collection.whole) || reportRecord === undefined) return null;
  return {
    report: reportRecord,
    themes: themes.records,
    takeaways: takeaways.records,
    quotes: quotes.records,
    endnotes: endnotes.records,
    sources: sources.records,
    people: people.records,
    annotations: annotations.records,
  };
}

/**
 * Loads data/ and runs every lint (or those given); all problems are reported at once. The schema lints read the files as loaded;
 * the records that parse with their schema are handed to the lints, typed, for those that check what they mean.
 */
export function validateData(dataDir: string, run: readonly Lint[] = lints): Validation {
  const { files, problems, unreadable } = loadData(dataDir);
  const fileOf = Object.fromEntries(files.map((file) => [file.collection, file]));
  const input: LintInput = { files, fileOf, complete: unreadable.length === 0, parsed: parseCollections(fileOf) };
  const fileByName = new Map(files.map((file) => [file.file, file]));
  // a value the loader could not keep is reported there, with its line and column, and by no lint again
  const aboutDamaged = ({ file, record, field }: Problem) =>
    fileByName.get(file)?.damaged.some((spot) => spot.record === record && isWithin(field, spot.field)) === true;
  const all = [...problems, ...run.flatMap((lint) => lint(input)).filter((problem) => !aboutDamaged(problem))];
  if (all.length > 0) return { ok: false, problems: all, unreadable };
  const data = wholeData(input.parsed);
  // the schema lint reports every record its schema refuses, so without a problem every collection is whole
  if (data === null) throw new Error(`${dataDir} passed every lint, yet a record does not parse with its schema`);
  return { ok: true, data };
}
