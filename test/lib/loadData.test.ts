import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits, loadData } from '../../scripts/lib/loadData.js';
import { formatProblem } from '../../scripts/lib/problem.js';
import { scratchProject } from '../helpers/runScript.js';

/** A scratch data/ whose files are replaced by the given texts. */
function dataWith(texts: Record<string, string>): string {
  const { dataDir } = scratchProject();
  for (const [collection, text] of Object.entries(texts)) writeFileSync(join(dataDir, `${collection}.json`), text);
  return dataDir;
}

const problemsIn = (dataDir: string, limits = defaultLimits) => loadData(dataDir, limits).problems.map(formatProblem);

describe('loadData', () => {
  it('reads a file of exactly the largest size, and refuses one a byte larger, naming both sizes', () => {
    const dataDir = dataWith({});
    const size = statSync(join(dataDir, 'themes.json')).size;
    const only = (limit: number) => problemsIn(dataDir, { ...defaultLimits, fileBytes: limit });
    expect(only(size)).not.toContain(
      `✖ data/themes.json: file is ${size} bytes, more than the ${size} a data file may have`,
    );
    expect(only(size - 1)).toContain(
      `✖ data/themes.json: file is ${size} bytes, more than the ${size - 1} a data file may have`,
    );
  });

  it('names what it found where one object or an array was expected', () => {
    const dataDir = dataWith({ report: '[]', themes: '{}', people: 'null', sources: '"x"', quotes: '3' });
    const loaded = loadData(dataDir);
    expect(loaded.problems.map(formatProblem)).toEqual([
      '✖ data/report.json: expected one JSON object, found array',
      '✖ data/themes.json: expected a JSON array of records, found object',
      '✖ data/quotes.json: expected a JSON array of records, found number',
      '✖ data/sources.json: expected a JSON array of records, found string',
      '✖ data/people.json: expected a JSON array of records, found null',
    ]);
    expect(loaded.unreadable).toEqual([
      'data/report.json',
      'data/themes.json',
      'data/quotes.json',
      'data/sources.json',
      'data/people.json',
    ]);
    expect(loaded.files.map((file) => file.collection)).toEqual(['takeaways', 'endnotes', 'annotations']);
  });

  it('reads on past a byte order mark, keeping the text without it', () => {
    const dataDir = dataWith({ themes: '\ufeff[]' });
    const loaded = loadData(dataDir);
    expect(loaded.problems.map(formatProblem)).toEqual([
      '✖ data/themes.json: byte order mark at the start of the file (save it as UTF-8 without BOM)',
    ]);
    expect(loaded.files.find((file) => file.collection === 'themes')).toMatchObject({ text: '[]', value: [] });
  });

  it('names a damaged value by its record’s id, else its index, and the field holding it, and keeps it as damaged', () => {
    const limits = { ...defaultLimits, stringLength: 8 };
    const themes =
      '[{"id": "a", "heading": "too long 1"}, {"id": 7, "heading": "too long 2", "tags": ["fine", "too long 3"]}, "too long 4"]';
    const report = '{"title": "too long 5"}';
    const loaded = loadData(dataWith({ themes, report }), limits);
    const ours = loaded.problems.filter(({ file }) => file === 'data/report.json' || file === 'data/themes.json');
    const at = (text: string, n: number) => `line 1, column ${text.indexOf(`"too long ${n}"`) + 1}`;
    const tooLong = 'a string longer than 8 characters at';
    const fix = '(no text of the report is that long)';
    expect(ours.map(formatProblem)).toEqual([
      `✖ data/report.json [0] title: ${tooLong} ${at(report, 5)} ${fix}`,
      `✖ data/themes.json a heading: ${tooLong} ${at(themes, 1)} ${fix}`,
      `✖ data/themes.json [1] heading: ${tooLong} ${at(themes, 2)} ${fix}`,
      // an item of a list is named by the list
      `✖ data/themes.json [1] tags: ${tooLong} ${at(themes, 3)} ${fix}`,
      `✖ data/themes.json [2]: ${tooLong} ${at(themes, 4)} ${fix}`,
    ]);
    const damagedOf = (collection: string) => loaded.files.find((file) => file.collection === collection)?.damaged;
    expect(damagedOf('report')).toEqual([{ record: '[0]', field: 'title' }]);
    expect(damagedOf('themes')).toEqual([
      { record: 'a', field: 'heading' },
      { record: '[1]', field: 'heading' },
      { record: '[1]', field: 'tags' },
      { record: '[2]', field: null },
    ]);
  });
});
