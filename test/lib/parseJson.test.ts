import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, lineAndColumn, parseJson } from '../../scripts/lib/parseJson.js';

const limits = { depth: 32, stringLength: 1_000_000 };

/** The message and offset parseJson refuses a text with. */
function refusal(text: string, within = limits): { message: string; offset: number } {
  try {
    parseJson(text, within);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

describe('parseJson', () => {
  it('reads the four kinds of JSON white space anywhere between tokens, as JSON.parse does', () => {
    const space = ' \t\r\n';
    for (const text of [
      `${space}[${space}1${space},${space}{${space}"a"${space}:${space}2${space}}${space}]${space}`,
      `{${space}}`,
      `[${space}]`,
    ])
      expect(parseJson(text, limits), JSON.stringify(text)).toEqual({ value: JSON.parse(text), notes: [] });
  });

  it('reads numbers, literals and escapes as JSON.parse does', () => {
    const text =
      '[0, -12, 3.25, 1e3, 2E-2, -0.5e+1, 1e10, 2E-12, true, false, null, "a\\"b", "c\\\\", "\\u4e60\\n", ""]';
    expect(parseJson(text, limits)).toEqual({ value: JSON.parse(text), notes: [] });
    // a string of nothing but escapes is decoded too
    for (const escapes of ['"\\n"', '"\\\\"', '"\\"\\t"'])
      expect(parseJson(escapes, limits).value, escapes).toBe(JSON.parse(escapes));
  });

  it('says what it expected and what it found, at the offset where it found it', () => {
    expect(refusal('')).toEqual({ message: 'expected a value, found the end of the file', offset: 0 });
    expect(refusal('[1 2]')).toEqual({ message: 'expected "," or "]" after an array item, found "2"', offset: 3 });
    expect(refusal('[1,]')).toEqual({
      message: 'expected another item after "," (a trailing comma?), found "]"',
      offset: 3,
    });
    expect(refusal('{"a" 1}')).toEqual({ message: 'expected ":" after a property name, found "1"', offset: 5 });
    expect(refusal('{a:1}')).toEqual({ message: 'expected a property name in double quotes, found "a"', offset: 1 });
    expect(refusal('{"a":1,}')).toEqual({
      message: 'expected a property name in double quotes (a trailing comma?), found "}"',
      offset: 7,
    });
    expect(refusal('{"a":1 "b":2}')).toEqual({
      message: 'expected "," or "}" after a property value, found "\\""',
      offset: 7,
    });
    expect(refusal('[] x')).toEqual({ message: 'expected the end of the file after the value, found "x"', offset: 3 });
    expect(refusal('tru')).toEqual({ message: 'expected a value, found "t"', offset: 0 });
  });

  it('locates a string that does not end, a raw control character and a bad escape', () => {
    expect(refusal('["ab')).toEqual({ message: 'unterminated string', offset: 1 });
    // an escaped quote does not end the string
    expect(refusal('["a\\"]')).toEqual({ message: 'unterminated string', offset: 1 });
    expect(refusal('["a\u001fb"]')).toEqual({
      message: 'a control character inside a string; escape it, e.g. \\n',
      offset: 3,
    });
    expect(refusal('[1, "a\\x"]')).toEqual({ message: 'an invalid escape sequence in a string', offset: 4 });
    // the space is the first character a string may hold as it is
    expect(parseJson('" "', limits).value).toBe(' ');
  });

  it('keeps a string of exactly the longest length, and replaces a longer one by null and a note', () => {
    const short = { depth: 32, stringLength: 3 };
    expect(parseJson('["abc"]', short)).toEqual({ value: ['abc'], notes: [] });
    expect(parseJson('[1, {"k": "abcd"}]', short)).toEqual({
      value: [1, { k: null }],
      notes: [
        {
          path: [1, 'k'],
          offset: 10,
          message: 'a string longer than 3 characters',
          fix: 'no text of the report is that long',
        },
      ],
    });
  });

  it('drops a property whose name is longer than the limit, noted on the object, with its value and its notes', () => {
    const short = { depth: 1, stringLength: 3 };
    const nameNote = (path: (string | number)[], offset: number) => ({
      path,
      offset,
      message: 'a property name longer than 3 characters',
      fix: 'no field of the dataset has a name that long',
    });
    expect(parseJson('{"long": 1, "k": 2}', short)).toEqual({ value: { k: 2 }, notes: [nameNote([], 1)] });
    // nothing inside the dropped value is noted again, however many limits it breaks
    const nested = '[{"a": 1, "name": {"x": "abcd", "abcd": 5}, "a": 2}]';
    const duplicate = { path: [0, 'a'], offset: nested.lastIndexOf('"a"'), message: 'duplicate key "a"' };
    expect(parseJson(nested, { ...short, depth: 3 })).toEqual({
      value: [{ a: 2 }],
      notes: [nameNote([0], nested.indexOf('"name"')), { ...duplicate, fix: 'keep one of the two values' }],
    });
    expect(parseJson('{"name": [[1]]}', short).notes).toEqual([nameNote([], 1)]);
  });

  it('builds values as deep as the limit, and skips a deeper one whole, strings with brackets included', () => {
    const two = { depth: 2, stringLength: 100 };
    expect(parseJson('[[1], {"a": 2}]', two)).toEqual({ value: [[1], { a: 2 }], notes: [] });
    const deeper = parseJson('[[["]", "[", {"x": "}\\""}], 1], {"a": {"b": [2]}}, 3]', two);
    expect(deeper.value).toEqual([[null, 1], { a: null }, 3]);
    expect(deeper.notes).toEqual([
      {
        path: [0, 0],
        offset: 2,
        message: 'nested deeper than 2 levels',
        fix: 'no field of the dataset nests that deep',
      },
      { path: [1, 'a'], offset: 38, message: 'nested deeper than 2 levels', fix: expect.any(String) },
    ]);
    expect(refusal('[[[1]', { depth: 1, stringLength: 100 })).toEqual({
      message: 'expected a closing bracket, found the end of the file',
      offset: 5,
    });
  });

  it('notes a duplicate key at the second one, with its path, keeping the last value as JSON.parse does', () => {
    expect(parseJson('[{"a": 1, "b": {"a": 2, "a": 3}, "a": 4}]', limits)).toEqual({
      value: [{ a: 4, b: { a: 3 } }],
      notes: [
        { path: [0, 'b', 'a'], offset: 24, message: 'duplicate key "a"', fix: 'keep one of the two values' },
        { path: [0, 'a'], offset: 33, message: 'duplicate key "a"', fix: 'keep one of the two values' },
      ],
    });
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns in characters, so that a character outside the BMP is one column', () => {
    const text = 'ab\n😀x\ny';
    expect(lineAndColumn(text, 0)).toBe('line 1, column 1');
    // the line break belongs to the line it ends
    expect(lineAndColumn(text, 2)).toBe('line 1, column 3');
    expect(lineAndColumn(text, 3)).toBe('line 2, column 1');
    expect(lineAndColumn(text, 5)).toBe('line 2, column 2');
    expect(lineAndColumn(text, 7)).toBe('line 3, column 1');
  });
});
