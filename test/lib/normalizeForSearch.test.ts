/** normalizeForSearch, in process: each step that reduces a text for matching, on a text where that step matters. */
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../scripts/lib/normalizeForSearch.js';

describe('normalizeForSearch', () => {
  it('keeps plain lower-case letters, digits and punctuation as they are', () => {
    expect(normalizeForSearch('abc 12, x.y')).toBe('abc 12, x.y');
  });

  it('decomposes letters and compatibility characters and drops the accents', () => {
    expect(normalizeForSearch('É')).toBe('e');
    expect(normalizeForSearch('café naïve')).toBe('cafe naive');
    expect(normalizeForSearch('ﬁne')).toBe('fine');
  });

  it('writes every letter in lower case', () => {
    expect(normalizeForSearch('Cyber Great POWER')).toBe('cyber great power');
  });

  it.each(['‘', '’', '‚', '‛', '′', '`'])('straightens the single quote %s', (quote) => {
    expect(normalizeForSearch(`a${quote}b`)).toBe("a'b");
  });

  it.each(['“', '”', '„', '‟'])('straightens the double quote %s', (quote) => {
    expect(normalizeForSearch(`a${quote}b`)).toBe('a"b');
  });

  it('writes a double prime as two straight single quotes', () => {
    expect(normalizeForSearch('a″b')).toBe("a''b");
  });

  it('writes an ellipsis as three full stops', () => {
    expect(normalizeForSearch('so…')).toBe('so...');
  });

  it.each(['‐', '‑', '‒', '–', '—'])('writes the dash %s as a hyphen-minus', (dash) => {
    expect(normalizeForSearch(`a${dash}b`)).toBe('a-b');
  });

  it('writes a run of spaces, tabs and line breaks as one space and trims the ends', () => {
    expect(normalizeForSearch('a \n\t b')).toBe('a b');
    expect(normalizeForSearch(' \n a b\t ')).toBe('a b');
  });
});
