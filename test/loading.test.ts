/** Data files as bytes: what cannot be read is refused in one line each, located, and hides nothing else. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits, loadData } from '../scripts/lib/loadData.js';
import { parseJson } from '../scripts/lib/parseJson.js';
import { formatProblem } from '../scripts/lib/problem.js';
import { editRecords, problemsAfter } from './helpers/brokenData.js';
import { root, runScript, scratchProject } from './helpers/runScript.js';

const replaceIn = (collection: string, from: string | RegExp, to: string) => (dataDir: string) => {
  const path = join(dataDir, `${collection}.json`);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${from} is not in ${collection}.json`);
  writeFileSync(path, changed);
};

const writeBytes = (collection: string, bytes: Buffer) => (dataDir: string) =>
  writeFileSync(join(dataDir, `${collection}.json`), bytes);

/** Several breakages applied in turn, to see that each is reported beside the others. */
const all =
  (...breakers: ((dataDir: string) => void)[]) =>
  (dataDir: string) => {
    for (const breakData of breakers) breakData(dataDir);
  };

const unknownVoice = editRecords('quotes', (quotes) => Object.assign(quotes[1], { voice: 'outer' }));
const unknownVoiceProblem = '✖ data/quotes.json q-2 voice: invalid value "outer"; expected "external" or "internal"';

describe('bytes are UTF-8', () => {
  it('refuses an invalid byte, by line and column, and still reports the other files’ problems', () => {
    const themes = (dataDir: string) => {
      const bytes = readFileSync(join(dataDir, 'themes.json'));
      const at = bytes.indexOf(Buffer.from('TEST'));
      bytes[at + 1] = 0xff;
      writeBytes('themes', bytes)(dataDir);
    };
    expect(problemsAfter(all(themes, unknownVoice))).toEqual([
      '✖ data/themes.json: invalid UTF-8 at line 5, column 31 (byte 0xFF); save the file as UTF-8',
      unknownVoiceProblem,
    ]);
  });

  it('locates an invalid byte after a real U+FFFD and a Chinese character', () => {
    const bytes = Buffer.concat([Buffer.from('[\n"\ufffd习', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from('"]')]);
    expect(problemsAfter(writeBytes('themes', bytes))[0]).toBe(
      '✖ data/themes.json: invalid UTF-8 at line 2, column 4 (byte 0xC3); save the file as UTF-8',
    );
  });

  it('refuses a byte order mark by name, and reads on', () => {
    const withBom = (dataDir: string) => {
      const path = join(dataDir, 'people.json');
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    };
    expect(problemsAfter(all(withBom, unknownVoice))).toEqual([
      '✖ data/people.json: byte order mark at the start of the file (save it as UTF-8 without BOM)',
      unknownVoiceProblem,
    ]);
  });
});

describe('JSON syntax errors are one line, with line and column', () => {
  const cases: [string, (dataDir: string) => void, string][] = [
    [
      'a trailing comma in an object',
      replaceIn('themes', '"heading": "AMBITION: A “TEST” HEADING"', '"heading": "AMBITION: A “TEST” HEADING",'),
      'line 6, column 3: expected a property name in double quotes (a trailing comma?), found "}"',
    ],
    [
      'a trailing comma in an array',
      replaceIn('themes', /\}\n\]\n$/, '},\n]\n'),
      'line 7, column 1: expected another item after "," (a trailing comma?), found "]"',
    ],
    [
      'a missing comma',
      replaceIn('themes', '"number": 1,', '"number": 1'),
      'line 5, column 5: expected "," or "}" after a property value, found "\\""',
    ],
    [
      'a truncated file',
      replaceIn('themes', /\}\n\]\n$/, ''),
      'line 6, column 3: expected "," or "}" after a property value, found the end of the file',
    ],
    [
      'a single-quoted string',
      replaceIn('themes', '"ambition"', "'ambition'"),
      'line 3, column 11: expected a value, found "\'"',
    ],
    [
      'a raw line break inside a string',
      replaceIn('themes', 'A “TEST”', 'A\n“TEST”'),
      'line 5, column 28: a control character inside a string; escape it, e.g. \\n',
    ],
    [
      'text after the value',
      replaceIn('themes', /\]\n$/, ']\n]\n'),
      'line 8, column 1: expected the end of the file after the value, found "]"',
    ],
  ];
  for (const [name, breakData, where] of cases) {
    it(name, () => {
      expect(problemsAfter(all(breakData, unknownVoice))).toEqual([
        `✖ data/themes.json: invalid JSON at ${where}`,
        unknownVoiceProblem,
      ]);
    });
  }
});

describe('duplicate keys', () => {
  const duplicateText = replaceIn(
    'quotes',
    '"voice": "internal",',
    '"text": "A second text.",\n    "voice": "internal",',
  );

  it('are refused, naming the file, the record and the key', () => {
    const problems = problemsAfter(duplicateText);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^✖ data\/quotes\.json q-\S+ text: duplicate key "text" at line \d+, column 5 \(keep one of the two values\)$/,
    );
  });

  it('inside a nested object are named by their path', () => {
    const problems = problemsAfter(
      replaceIn('endnotes', '"source": "xi-jinping-2016-speech"', '"source": "x", "source": "xi-jinping-2016-speech"'),
    );
    expect(problems).toEqual([
      '✖ data/endnotes.json endnote-1 citations[0].source: duplicate key "source" at line 8, column 24 (keep one of the two values)',
    ]);
  });

  it('in report.json, which holds one record, are named by that record', () => {
    const problems = problemsAfter(replaceIn('report', /\n {2}"publisher"/, '\n  "language": "en",\n  "publisher"'));
    expect(problems).toEqual([
      '✖ data/report.json report language: duplicate key "language" at line 11, column 3 (keep one of the two values)',
    ]);
  });

  it('make npm run format refuse, leaving the file with both values', () => {
    const { dataDir } = scratchProject();
    duplicateText(dataDir);
    const before = readFileSync(join(dataDir, 'quotes.json'), 'utf8');
    const result = runScript('format', ['--data', dataDir]);
    expect(result.status).toBe(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('duplicate key "text"');
    expect(result.stderr).toContain('1 problem found; no file was rewritten.');
    expect(readFileSync(join(dataDir, 'quotes.json'), 'utf8')).toBe(before);
  });
});

describe('depth and size', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;

  it('a text nested 10,000 arrays deep is one problem naming its field, and the others are still reported', () => {
    const problems = problemsAfter(
      all(unknownVoice, replaceIn('quotes', /"text": "[^"]*"/, `"text": ${deep(10_000)}`)),
    );
    expect(problems).toEqual([
      '✖ data/quotes.json q-t1-1 text: nested deeper than 32 levels at line 4, column 43 (no field of the dataset nests that deep)',
      unknownVoiceProblem,
    ]);
  });

  it('as deep in a file of its own, and a million deep, the same', () => {
    const problems = problemsAfter(writeBytes('themes', Buffer.from(deep(1_000_000))));
    expect(problems[0]).toBe(
      '✖ data/themes.json [0]: nested deeper than 32 levels at line 1, column 33 (no field of the dataset nests that deep)',
    );
  });

  it('a text of two million characters is one problem, and the others are still reported', () => {
    const problems = problemsAfter(
      all(unknownVoice, replaceIn('quotes', /"text": "[^"]*"/, `"text": "${'言'.repeat(2_000_000)}"`)),
    );
    expect(problems).toEqual([
      '✖ data/quotes.json q-t1-1 text: a string longer than 1000000 characters at line 4, column 13 (no text of the report is that long)',
      unknownVoiceProblem,
    ]);
  });

  it('a property name of two million characters is one problem, on its record, and the others are still reported', () => {
    const problems = problemsAfter(
      all(
        unknownVoice,
        replaceIn('quotes', /"text": "[^"]*"/, `"${'言'.repeat(2_000_000)}": ["${'言'.repeat(2_000_000)}"]`),
      ),
    );
    // the record's missing text is not reported as well: the long name may be the text's
    expect(problems).toEqual([
      '✖ data/quotes.json q-t1-1: a property name longer than 1000000 characters at line 4, column 5 (no field of the dataset has a name that long)',
      unknownVoiceProblem,
    ]);
  });

  it('a damaged value of the report, which has no id, is reported once, by the loader', () => {
    const problems = problemsAfter(
      all(
        replaceIn('report', /\n\s*"id": "[^"]*",/, ''),
        replaceIn('report', /"title": "[^"]*"/, `"title": "${'言'.repeat(2_000_000)}"`),
      ),
    );
    // the schema's "expected string, received null" about the title would be the same problem again
    expect(problems).toEqual([
      '✖ data/report.json [0] title: a string longer than 1000000 characters at line 2, column 12 (no text of the report is that long)',
      '✖ data/report.json [0] id: missing required field',
    ]);
  });

  it('a file larger than the limit is not read', () => {
    const { dataDir } = scratchProject();
    const { problems, unreadable } = loadData(dataDir, { ...defaultLimits, fileBytes: 200 });
    expect(unreadable.length).toBeGreaterThan(0);
    expect(problems.map(formatProblem)).toContain(
      `✖ valid-data/quotes.json: file is ${readFileSync(join(dataDir, 'quotes.json')).length} bytes, more than the 200 a data file may have`.replace(
        'valid-data',
        'data',
      ),
    );
  });
});

describe('a file that cannot be read', () => {
  it('hides the links into it instead of reporting each as broken', () => {
    expect(problemsAfter(writeBytes('sources', Buffer.from('null\n')))).toEqual([
      '✖ data/sources.json: expected a JSON array of records, found null',
    ]);
  });

  it('is named first, with the count of problems and what was not checked', () => {
    const { dataDir } = scratchProject();
    all(writeBytes('sources', Buffer.from('{}\n')), unknownVoice)(dataDir);
    const result = runScript('validate', ['--data', dataDir]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      '✖ data/sources.json: expected a JSON array of records, found object',
      unknownVoiceProblem,
      '',
      '2 problems found (data/sources.json could not be read, so links into it were not checked); dist/ was left as it was.',
    ]);
  });

  it('still checks the links between the files that could be read', () => {
    const unknownTheme = editRecords('quotes', (quotes) => Object.assign(quotes[1], { theme: 'no-such-theme' }));
    expect(problemsAfter(all(writeBytes('sources', Buffer.from('null\n')), unknownTheme))).toEqual([
      '✖ data/sources.json: expected a JSON array of records, found null',
      '✖ data/quotes.json q-2 theme: unknown theme "no-such-theme" (no theme has that id in data/themes.json)',
    ]);
  });

  it('hides the links to "any record" too, such as an annotation’s target', () => {
    const annotateQuote = editRecords('annotations', (annotations) =>
      Object.assign(annotations[0], { target: 'q-2', field: 'text' }),
    );
    expect(problemsAfter(annotateQuote)).toEqual([]);
    expect(problemsAfter(all(annotateQuote, writeBytes('quotes', Buffer.from('"quotes"'))))).toEqual([
      '✖ data/quotes.json: expected a JSON array of records, found string',
    ]);
  });
});

describe('parseJson', () => {
  const limits = { depth: 32, stringLength: 1_000_000 };

  it('reads every data file as JSON.parse does', () => {
    for (const name of readdirSync(join(root, 'data'))) {
      const text = readFileSync(join(root, 'data', name), 'utf8');
      expect(parseJson(text, limits), name).toEqual({ value: JSON.parse(text), notes: [] });
    }
  });

  it('keeps "__proto__" as an own key, as JSON.parse does, not as the prototype', () => {
    const { value } = parseJson(
      '{"__proto__": {"polluted": true}, "a": [1.5e3, -0, true, null, "\\u00e9\\ud83d\\ude00"]}',
      limits,
    );
    expect(value).toEqual(
      JSON.parse('{"__proto__": {"polluted": true}, "a": [1.5e3, -0, true, null, "\\u00e9\\ud83d\\ude00"]}'),
    );
    // an own key like any other: listed, writable and configurable
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')).toEqual({
      value: { polluted: true },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what JSON.parse refuses', () => {
    for (const text of [
      '',
      '[1,]',
      '{"a":1,}',
      '01',
      '1.',
      '.5',
      '"\\x41"',
      'nul',
      '[1 2]',
      '{"a" 1}',
      '{a:1}',
      '"a',
      '[]]',
    ])
      expect(() => parseJson(text, limits), text).toThrow();
  });
});
