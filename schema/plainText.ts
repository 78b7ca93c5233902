import { explainedString } from './explainedString.js';

/**
 * Characters no text of the dataset holds: they are invisible or garble outputs (a NUL ends a C string, a lone
 * surrogate becomes U+FFFD in UTF-8 files but stays in JSON, a bidi control reorders what a reader sees).
 */
const forbiddenRanges: ReadonlyArray<readonly [number, number, string]> = [
  [0x0000, 0x001f, 'a control character'],
  [0x007f, 0x009f, 'a control character'],
  [0x00ad, 0x00ad, 'an invisible format character (soft hyphen)'],
  [0x061c, 0x061c, 'an invisible format character (bidi mark)'],
  [0x180e, 0x180e, 'an invisible format character'],
  [0x200b, 0x200f, 'an invisible format character (zero-width space, joiner or bidi mark)'],
  [0x202a, 0x202e, 'an invisible format character (bidi control)'],
  [0x2060, 0x2064, 'an invisible format character (word joiner)'],
  [0x2066, 0x2069, 'an invisible format character (bidi isolate)'],
  [0xd800, 0xdfff, 'a lone surrogate, half of a character'],
  [0xfeff, 0xfeff, 'an invisible format character (zero-width no-break space)'],
];

const hex = (codePoint: number) => codePoint.toString(16).toUpperCase().padStart(4, '0');
export const codePointName = (codePoint: number) => `U+${hex(codePoint)}`;

/**
 * With the u flag a surrogate pair is one code point outside the surrogate range, so only lone halves match it;
 * JSON Schema validators such as ajv read patterns that way, as do Python and Rust.
 */
export const plainTextPattern = new RegExp(
  `^[^${forbiddenRanges.map(([from, to]) => (from === to ? `\\u${hex(from)}` : `\\u${hex(from)}-\\u${hex(to)}`)).join('')}]*$`,
  'u',
);

/** The first forbidden character of a text, by code point and its 1-based position counted in characters. */
export function forbiddenCharacter(value: string): string | undefined {
  let position = 0;
  for (const character of value) {
    position++;
    const codePoint = character.codePointAt(0) as number;
    const range = forbiddenRanges.find(([from, to]) => codePoint >= from && codePoint <= to);
    if (range) return `character ${position} is ${codePointName(codePoint)}, ${range[2]} (remove it)`;
  }
  return undefined;
}

/** Where a text first differs from its NFC form, and what NFC writes there. */
export function nfcDifference(value: string): string | undefined {
  const nfc = value.normalize('NFC');
  if (nfc === value) return undefined;
  let start = 0;
  while (value[start] === nfc[start]) start++;
  let end = 0;
  while (
    end < Math.min(value.length, nfc.length) - start &&
    value[value.length - 1 - end] === nfc[nfc.length - 1 - end]
  )
    end++;
  const codePoints = (text: string) => [...text].map((character) => codePointName(character.codePointAt(0) as number));
  const position = [...value.slice(0, start)].length + 1;
  const found = codePoints(value.slice(start, value.length - end)).join(' ');
  const composed = codePoints(nfc.slice(start, nfc.length - end)).join(' ');
  return `not Unicode NFC at character ${position}: ${found} is written ${composed} in NFC (normalize the text to NFC)`;
}

/** Text as printed: not empty, Unicode NFC, and nothing invisible or unencodable in it. */
export const text = explainedString((value) => forbiddenCharacter(value) ?? 'holds a character no text may hold')
  .min(1)
  .regex(plainTextPattern)
  .superRefine((value, context) => {
    const difference = nfcDifference(value);
    if (difference !== undefined) context.addIssue({ code: 'custom', message: difference });
  });
