/** The pieces of a link with a text fragment, and the directive of a quote in its source, on small texts. */
import { describe, expect, it } from 'vitest';
import { quotedTitle } from '../../scripts/lib/quotedTitle.js';
import { sourceDirective } from '../../scripts/lib/sourceLink.js';
import { encodeTerm, foldText, textFragmentUrl, wordSpans } from '../../scripts/lib/textFragment.js';

const words = (text: string) => wordSpans(text).map(({ start, end }) => text.slice(start, end));

describe('wordSpans', () => {
  it('finds runs of letters, digits and "_", joined across an apostrophe or full stop inside them only', () => {
    expect(words('o’clock rock’n’roll')).toEqual(['o’clock', 'rock’n’roll']);
    expect(words("someone else’s U.S. 5G, don't—x_y 网络强国!")).toEqual([
      'someone',
      'else’s',
      'U.S',
      '5G',
      "don't",
      'x_y',
      '网络强国',
    ]);
    expect(wordSpans(' ab  c')).toEqual([
      { start: 1, end: 3 },
      { start: 5, end: 6 },
    ]);
    expect(wordSpans('“…” - []')).toEqual([]);
  });
});

describe('textFragmentUrl', () => {
  it('percent-encodes each term, "-", "," and "&" too, since they delimit the directive', () => {
    expect(encodeTerm('military-civil fusion, & more')).toBe('military%2Dcivil%20fusion%2C%20%26%20more');
  });

  it('joins prefix-, start, end and -suffix, leaving out those not given', () => {
    expect(textFragmentUrl('https://x.org/p', { textStart: 'a b' })).toBe('https://x.org/p#:~:text=a%20b');
    expect(textFragmentUrl('u', { prefix: 'p-q', textStart: 's', textEnd: 'e', suffix: 'x' })).toBe(
      'u#:~:text=p%2Dq-,s,e,-x',
    );
    expect(textFragmentUrl('u', { textStart: 's', suffix: 'x' })).toBe('u#:~:text=s,-x');
    expect(textFragmentUrl('u', { prefix: 'p', textStart: 's' })).toBe('u#:~:text=p-,s');
  });
});

describe('foldText', () => {
  it('ignores case and the accents of Latin letters, one character for one', () => {
    expect(foldText('Émile ÇA Ŝ Ḁ Beijing')).toBe('emile ca s a beijing');
    expect(foldText('网络 “Great”')).toBe('网络 “great”');
  });

  it('keeps the case of a letter whose lower case is longer, so that every index stays in place', () => {
    const text = 'İstanbul ABC';
    // its dot goes with the accents; its capital stays
    expect(foldText(text)).toBe('Istanbul abc');
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('lowers a text whole when no letter grows, so that a final sigma is written as one', () => {
    // none of the report's texts is Greek; the lowering character by character would write "οδοσ"
    expect(foldText('ΟΔΟΣ')).toBe('οδος');
  });
});

describe('sourceDirective', () => {
  it('is the whole quote when it is one run of at most eight words', () => {
    expect(sourceDirective('one two three four five six seven eight')).toEqual({
      textStart: 'one two three four five six seven eight',
    });
  });

  it('starts with four words and ends with four when the quote is longer', () => {
    expect(sourceDirective('one two three four five six seven eight nine.')).toEqual({
      textStart: 'one two three four',
      textEnd: 'six seven eight nine.',
    });
  });

  it('starts in the first run of its own words and ends in the last, past insertions and elisions', () => {
    expect(sourceDirective('[The] cyber power... of China […] is great')).toEqual({
      textStart: 'cyber power',
      textEnd: 'is great',
    });
    expect(sourceDirective('…a b c d e f g h i j… k l')).toEqual({ textStart: 'a b c d', textEnd: 'k l' });
    expect(sourceDirective('[x] “ ”... “a” […]')).toEqual({ textStart: '“a”' });
  });

  it('refuses a quote with no words of its own', () => {
    expect(() => sourceDirective('[cyber power] … ”')).toThrow('the quote "[cyber power] … ”" has no words of its own');
  });
});

describe('quotedTitle', () => {
  it('sets a title in curly double quotes, its own double quotes made single, with what goes inside the close', () => {
    expect(quotedTitle('China as a “Cyber Great Power”: two “voices”', ',')).toBe(
      '“China as a ‘Cyber Great Power’: two ‘voices’,”',
    );
    expect(quotedTitle('Plain')).toBe('“Plain”');
  });
});
