import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/lib/problem.js';
import { canonicalFormat, canonicalText } from '../../scripts/lint/canonicalFormat.js';
import { dataFile, fixtureCollections, lintInput } from '../helpers/lintData.js';

const problems = (text: Parameters<typeof lintInput>[1]) =>
  canonicalFormat(lintInput(fixtureCollections(), text)).map(formatProblem);
const notCanonical = (file: string, line: number) =>
  `✖ data/${file}: not in canonical form from line ${line} (2-space indentation, keys in schema order, final newline); run \`npm run format\``;

describe('canonicalFormat', () => {
  it('accepts files written canonically', () => {
    expect(problems({})).toEqual([]);
  });

  it('names the first line that differs: indentation, key order, final newline (the line after the last)', () => {
    const { themes, report, people } = fixtureCollections() as Record<string, Record<string, unknown>[]>;
    const [theme] = themes;
    expect(
      problems({
        themes: `${JSON.stringify([{ heading: theme.heading, number: theme.number, id: theme.id }], null, 2)}\n`,
        report: JSON.stringify(report, null, 2),
        people: `${JSON.stringify(people, null, 4)}\n`,
      }),
    ).toEqual([notCanonical('report.json', 12), notCanonical('themes.json', 3), notCanonical('people.json', 2)]);
  });

  it('writes keys in schema order, unknown ones after them, in arrays and in the single report', () => {
    expect(canonicalText(dataFile('themes', [{ extra: 1, heading: 'h', id: 'a', number: 1 }]))).toBe(
      '[\n  {\n    "id": "a",\n    "number": 1,\n    "heading": "h",\n    "extra": 1\n  }\n]\n',
    );
    expect(canonicalText(dataFile('report', { url: 'u', id: 'r' }))).toBe('{\n  "id": "r",\n  "url": "u"\n}\n');
    // a file of the wrong shape is still written canonically, for the schema lint to report
    expect(canonicalText(dataFile('themes', { heading: 'h', id: 'r' }))).toBe('{\n  "id": "r",\n  "heading": "h"\n}\n');
    expect(canonicalText(dataFile('themes', [3, null]))).toBe('[\n  3,\n  null\n]\n');
  });
});
