/** The rules every text, date and URL follows, in zod, in the generated JSON Schema and in `npm run validate`. */
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { calendarDatePattern } from '../schema/calendarDate.js';
import { httpUrlPattern } from '../schema/httpUrl.js';
import { collectionSchemas } from '../schema/index.js';
import { plainTextPattern } from '../schema/plainText.js';
import { dataJsonSchema, publishedJsonSchema } from '../scripts/lib/jsonSchemas.js';
import { editRecords, problemsAfter } from './helpers/brokenData.js';
import { readCollection, validFixture } from './helpers/runScript.js';

const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
type Json = Record<string, unknown>;

const quote = readCollection<Json[]>(validFixture, 'quotes')[1];
const source = readCollection<Json[]>(validFixture, 'sources')[0];

function jsonSchemaAccepts(collection: 'quotes' | 'sources', record: Json, published = false): boolean {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = published ? publishedJsonSchema(collection) : dataJsonSchema(collection);
  return ajv.compile(schema.items as Json)(record) as boolean;
}

const quoteWithText = (text: string) => editRecords('quotes', (quotes) => Object.assign(quotes[1], { text }));

describe('text is plain: no control characters, lone surrogates or invisible format characters', () => {
  const cases: [string, string, string][] = [
    ['NUL', 'Core\u0000 technology', 'character 5 is U+0000, a control character (remove it)'],
    ['ESC', '\u001b[31mred', 'character 1 is U+001B, a control character (remove it)'],
    ['a line break', 'two\nlines', 'character 4 is U+000A, a control character (remove it)'],
    ['DEL', 'a\u007f', 'character 2 is U+007F, a control character (remove it)'],
    ['a C1 control', 'a\u0085b', 'character 2 is U+0085, a control character (remove it)'],
    ['a lone high surrogate', 'ab\ud800', 'character 3 is U+D800, a lone surrogate, half of a character (remove it)'],
    ['a lone low surrogate', '\udc00', 'character 1 is U+DC00, a lone surrogate, half of a character (remove it)'],
    [
      'a zero-width space',
      '习近平\u200b',
      'character 4 is U+200B, an invisible format character (zero-width space, joiner or bidi mark) (remove it)',
    ],
    [
      'a zero-width joiner',
      'a\u200db',
      'character 2 is U+200D, an invisible format character (zero-width space, joiner or bidi mark) (remove it)',
    ],
    [
      'a right-to-left override',
      '\u202eabc',
      'character 1 is U+202E, an invisible format character (bidi control) (remove it)',
    ],
    [
      'a byte order mark inside the text',
      'a\ufeff',
      'character 2 is U+FEFF, an invisible format character (zero-width no-break space) (remove it)',
    ],
  ];
  for (const [name, text, message] of cases) {
    it(`refuses ${name}, naming it by code point and position`, () => {
      expect(problemsAfter(quoteWithText(text))).toEqual([`✖ data/quotes.json q-2 text: ${message}`]);
      expect(collectionSchemas.quotes.published.safeParse({ ...quote, text }).success).toBe(false);
      expect(jsonSchemaAccepts('quotes', { ...quote, text })).toBe(false);
      expect(jsonSchemaAccepts('quotes', { ...quote, text }, true)).toBe(false);
    });
  }

  it('counts positions in characters, a character beyond U+FFFF being one', () => {
    expect(problemsAfter(quoteWithText('😀😀\u0007'))).toEqual([
      '✖ data/quotes.json q-2 text: character 3 is U+0007, a control character (remove it)',
    ]);
  });

  it('accepts characters beyond U+FFFF (surrogate pairs), Chinese, curly quotes and dashes', () => {
    const text = '𠀀 “习近平” — 😀';
    expect(problemsAfter(quoteWithText(text))).toEqual([]);
    expect(jsonSchemaAccepts('quotes', { ...quote, text })).toBe(true);
  });

  it('applies to every text field, nullable ones and lists included', () => {
    const problems = problemsAfter(
      editRecords('people', (people) => Object.assign(people[0], { role: 'a\tb', nameVariants: ['x', 'y\u200b'] })),
    );
    expect(problems).toEqual([
      '✖ data/people.json xi-jinping role: character 2 is U+0009, a control character (remove it)',
      '✖ data/people.json xi-jinping nameVariants[1]: character 2 is U+200B, an invisible format character (zero-width space, joiner or bidi mark) (remove it)',
    ]);
  });

  it('the JSON Schema pattern is the zod one', () => {
    const title = (dataJsonSchema('sources').items as { properties: Record<string, Json> }).properties.title;
    expect(title.pattern).toBe(plainTextPattern.source);
  });
});

describe('text is Unicode NFC', () => {
  it('refuses a decomposed accent, naming what NFC writes instead', () => {
    expect(problemsAfter(quoteWithText('Cafe\u0301 talk'))).toEqual([
      '✖ data/quotes.json q-2 text: not Unicode NFC at character 4: U+0065 U+0301 is written U+00E9 in NFC (normalize the text to NFC)',
    ]);
  });

  it('refuses a compatibility-free but non-canonical ordering of marks', () => {
    // dot below (ccc 220) must come before dot above (ccc 230)
    expect(problemsAfter(quoteWithText('q\u0307\u0323'))).toHaveLength(1);
  });

  it('is a zod rule only: JSON Schema has no way to say it, and the two do not report a disagreement', () => {
    const record = { ...quote, text: 'Cafe\u0301' };
    expect(collectionSchemas.quotes.record.safeParse(record).success).toBe(false);
    expect(jsonSchemaAccepts('quotes', record)).toBe(true);
    expect(problemsAfter(quoteWithText('Cafe\u0301'))).toHaveLength(1);
  });
});

describe('dates are calendar dates at their precision', () => {
  const realDate = (year: number, month: number, day: number) =>
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');

  it('the pattern accepts exactly the days the calendar has, leap years included', () => {
    for (const year of [1900, 1996, 2000, 2021, 2024, 2100, 2400]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(calendarDatePattern.test(date), date).toBe(realDate(year, month, day));
        }
      }
    }
  });

  it('accepts a year, a month or a day, and nothing else', () => {
    for (const date of ['2016', '2016-04', '2016-04-25']) expect(calendarDatePattern.test(date), date).toBe(true);
    for (const date of ['2016-00', '2016-13', '2016-4', '16-04-25', '2016-04-25T00:00', '2016-04-00'])
      expect(calendarDatePattern.test(date), date).toBe(false);
  });

  it('refuses 2021-02-30 in data/, in zod and in the JSON Schema', () => {
    const issued = '2021-02-30';
    // the value is also one that no endnote prints, which the provenance lint reports on a line of its own
    expect(problemsAfter(editRecords('sources', (sources) => Object.assign(sources[0], { issued })))).toContain(
      `✖ data/sources.json xi-jinping-2016-speech issued: "2021-02-30" is not a calendar date; dates are ISO 8601 at the precision known: "2016", "2016-04" or "2016-04-25"`,
    );
    expect(jsonSchemaAccepts('sources', { ...source, issued })).toBe(false);
    expect(jsonSchemaAccepts('sources', { ...source, issued: '2020-02-29' })).toBe(true);
  });
});

describe('URLs are absolute http: or https: URLs', () => {
  const refused = [
    'javascript:alert(1)',
    'data:text/html,hi',
    'ftp://example.org/x',
    '/relative/path',
    'https://',
    'https://exa mple.org',
  ];
  for (const url of refused) {
    it(`refuses ${url}`, () => {
      expect(problemsAfter(editRecords('sources', (sources) => Object.assign(sources[0], { url })))).toContain(
        `✖ data/sources.json xi-jinping-2016-speech url: ${JSON.stringify(url)} is not an absolute http: or https: URL (write the whole address, from http:// or https://)`,
      );
      expect(jsonSchemaAccepts('sources', { ...source, url })).toBe(false);
      expect(httpUrlPattern.test(url)).toBe(false);
    });
  }

  it('accepts the web addresses the report prints', () => {
    for (const url of [
      'http://www.xinhuanet.com/politics/2016-04/25/c_1118731175.htm',
      'https://example.org',
      'https://example.org/a?b=c#d',
    ])
      expect(jsonSchemaAccepts('sources', { ...source, url }), url).toBe(true);
  });
});
