import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../scripts/lib/decodeUtf8.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeUtf8', () => {
  it('gives the text of valid UTF-8, a U+FFFD written in the file and a byte order mark kept', () => {
    expect(decodeUtf8(bytes('\ufeff["习", "\ufffd", "😀"]'))).toEqual({
      ok: true,
      text: '\ufeff["习", "\ufffd", "😀"]',
    });
  });

  it('names the first invalid byte in upper-case hex, by line and column in characters', () => {
    expect(decodeUtf8(bytes([0xfe], 'x'))).toEqual({
      ok: false,
      problem: 'invalid UTF-8 at line 1, column 1 (byte 0xFE); save the file as UTF-8',
    });
    // after a real U+FFFD, a Chinese character and an emoji, each one column
    expect(decodeUtf8(bytes('[\n"\ufffd习😀', [0xc3, 0x28], '"]\n', [0xff]))).toEqual({
      ok: false,
      problem: 'invalid UTF-8 at line 2, column 5 (byte 0xC3); save the file as UTF-8',
    });
  });

  it('counts a byte order mark as the one character it is, before an invalid byte', () => {
    expect(decodeUtf8(bytes('\ufeffa', [0xff]))).toEqual({
      ok: false,
      problem: 'invalid UTF-8 at line 1, column 3 (byte 0xFF); save the file as UTF-8',
    });
  });

  it('tells a lone first byte of U+FFFD’s sequence from a U+FFFD written whole', () => {
    expect(decodeUtf8(bytes('a', [0xef], 'b'))).toEqual({
      ok: false,
      problem: 'invalid UTF-8 at line 1, column 2 (byte 0xEF); save the file as UTF-8',
    });
  });

  it('names a sequence cut short by the end of the file', () => {
    expect(decodeUtf8(bytes('ab', [0xe4, 0xb8]))).toEqual({
      ok: false,
      problem: 'invalid UTF-8 at line 1, column 3 (byte 0xE4); save the file as UTF-8',
    });
  });
});
