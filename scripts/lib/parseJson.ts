/** Where a value sits in a parsed document: keys and array indexes from the root. */
export type JsonPath = (string | number)[];

/** Something the document says that JSON.parse would silently drop or choke on, located. */
export interface JsonNote {
  path: JsonPath;
  message: string;
  /** How to fix it. */
  fix: string;
  /** Offset in the text, for line and column. */
  offset: number;
}

export interface ParsedJson {
  value: unknown;
  notes: JsonNote[];
}

export interface JsonLimits {
  /** Deeper values become null and a note, so that nothing after parsing recurses without bound. */
  depth: number;
  /** Longer strings become null and a note. */
  stringLength: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const numberToken = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const literals: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * Strict RFC 8259 JSON, as JSON.parse reads it, but it reports duplicate keys (which JSON.parse resolves silently
 * by keeping the last) and values nested or sized beyond the limits, each with its path, instead of failing.
 */
export function parseJson(text: string, limits: JsonLimits): ParsedJson {
  const notes: JsonNote[] = [];
  let at = 0;
  // the path of the value being read; copied only into notes, so that reading allocates no path per value
  const path: JsonPath = [];

  const shown = (offset: number) => (offset >= text.length ? 'the end of the file' : JSON.stringify(text[offset]));
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(`expected ${expected}, found ${shown(at)}`, at);
  };
  const skipSpace = () => {
    while (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t') at++;
  };

  /** The end of the string starting at `at` (after its closing quote), checking only its raw characters. */
  // Stryker disable next-line BooleanLiteral: stringEnd sets it before anything reads it
  let escaped = false;
  const stringEnd = (): number => {
    let end = at + 1;
    // Stryker disable next-line BooleanLiteral: a string without escapes is then read by JSON.parse instead of sliced, the same string more slowly
    escaped = false;
    for (;;) {
      const code = text.charCodeAt(end);
      // Stryker disable next-line EqualityOperator: at the end the next code is NaN, no quote, control or backslash, so one more step throws the same
      if (end >= text.length) throw new JsonSyntaxError('unterminated string', at);
      if (code === 0x22) return end + 1;
      if (code < 0x20) throw new JsonSyntaxError('a control character inside a string; escape it, e.g. \\n', end);
      // Stryker disable next-line ConditionalExpression: marking a string without escapes as escaped reads it by JSON.parse, the same string more slowly
      if (code === 0x5c) escaped = true;
      end += code === 0x5c ? 2 : 1;
    }
  };

  const readString = (what = 'a string', fix = 'no text of the report is that long'): string | null => {
    const start = at;
    const end = stringEnd();
    at = end;
    if (end - start - 2 > limits.stringLength) {
      notes.push({
        path: [...path],
        offset: start,
        message: `${what} longer than ${limits.stringLength} characters`,
        fix,
      });
      return null;
    }
    // Stryker disable next-line ConditionalExpression: JSON.parse of a string without escapes gives the slice, more slowly
    if (!escaped) return text.slice(start + 1, end - 1);
    try {
      return JSON.parse(text.slice(start, end)) as string;
    } catch {
      throw new JsonSyntaxError('an invalid escape sequence in a string', start);
    }
  };

  /** Passes over a value too deep to build, keeping track of brackets and strings only. */
  const skipValue = () => {
    let open = 0;
    do {
      const char = text[at];
      if (at >= text.length) fail('a closing bracket');
      if (char === '"') at = stringEnd();
      else {
        if (char === '[' || char === '{') open++;
        if (char === ']' || char === '}') open--;
        at++;
      }
    } while (open > 0);
  };

  const readValue = (): unknown => {
    skipSpace();
    const char = text[at];
    if ((char === '[' || char === '{') && path.length >= limits.depth) {
      notes.push({
        path: [...path],
        offset: at,
        message: `nested deeper than ${limits.depth} levels`,
        fix: 'no field of the dataset nests that deep',
      });
      skipValue();
      return null;
    }
    if (char === '{') return readObject();
    if (char === '[') return readArray();
    if (char === '"') return readString();
    numberToken.lastIndex = at;
    const number = numberToken.exec(text);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    const literal = literals.find(([word]) => text.startsWith(word, at));
    if (!literal) return fail('a value');
    at += literal[0].length;
    return literal[1];
  };

  const readArray = (): unknown[] => {
    const array: unknown[] = [];
    at++;
    skipSpace();
    if (text[at] === ']') {
      at++;
      return array;
    }
    for (;;) {
      path.push(array.length);
      array.push(readValue());
      path.pop();
      skipSpace();
      if (text[at] === ']') {
        at++;
        return array;
      }
      if (text[at] !== ',') fail('"," or "]" after an array item');
      at++;
      skipSpace();
      if (text[at] === ']') fail('another item after "," (a trailing comma?)');
    }
  };

  const readObject = (): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    at++;
    skipSpace();
    if (text[at] === '}') {
      at++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[at] !== '"') fail(`a property name in double quotes${text[at] === '}' ? ' (a trailing comma?)' : ''}`);
      const keyAt = at;
      // a name too long to keep is reported on the object holding it: no field can be named by it
      const key = readString('a property name', 'no field of the dataset has a name that long');
      skipSpace();
      if (text[at] !== ':') fail('":" after a property name');
      at++;
      // Stryker disable next-line StringLiteral: a name too long to keep drops its value and every note made under it
      path.push(key ?? '');
      const kept = notes.length;
      const value = readValue();
      path.pop();
      if (key === null) {
        // its value goes with it, and so do the notes about that value, which no field could name
        notes.length = kept;
      } else {
        if (Object.hasOwn(object, key)) {
          const message = `duplicate key ${JSON.stringify(key)}`;
          notes.push({ path: [...path, key], offset: keyAt, message, fix: 'keep one of the two values' });
        }
        // as JSON.parse does: every key an own property, "__proto__" too, which an assignment would take as the prototype
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      }
      skipSpace();
      if (text[at] === '}') {
        at++;
        return object;
      }
      if (text[at] !== ',') fail('"," or "}" after a property value');
      at++;
    }
  };

  const value = readValue();
  skipSpace();
  if (at < text.length) fail('the end of the file after the value');
  return { value, notes };
}

/** "line 3, column 7" of an offset, counting columns in characters. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return `line ${line}, column ${[...text.slice(lineStart, offset)].length + 1}`;
}
