/**
 * Links with a text fragment (URL Fragment Text Directives, https://wicg.github.io/scroll-to-text-fragment/):
 * `<url>#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`. A browser that supports them scrolls to the words and
 * highlights them; others open the page.
 */

/**
 * Runs of letters, digits and "_", joined across an apostrophe or a full stop between them ("else’s", "U.S"):
 * each starts and ends where browsers' word segmentation has a boundary too, so a directive cut there matches.
 * Intl.Segmenter would say the same of these texts, at many times the cost on long ones.
 */
const word = /[\p{L}\p{N}_]+(?:['’.][\p{L}\p{N}_]+)*/gu;

/** Where each word of a text starts and ends, punctuation and spaces left out. */
export function wordSpans(text: string): { start: number; end: number }[] {
  return Array.from(text.matchAll(word), (match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/** A term of a directive: percent-encoded, "-", "," and "&" included, since they delimit the directive. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

export function textFragmentUrl(url: string, { prefix, textStart, textEnd, suffix }: TextDirective): string {
  const terms = [
    prefix === undefined ? null : `${encodeTerm(prefix)}-`,
    encodeTerm(textStart),
    textEnd === undefined ? null : encodeTerm(textEnd),
    suffix === undefined ? null : `-${encodeTerm(suffix)}`,
  ];
  return `${url}#:~:text=${terms.filter((term) => term !== null).join(',')}`;
}

/**
 * Browsers match ignoring case and accents. Folded one character for one, so that every index stays in place: the
 * few letters whose lower case is longer (İ) keep their case.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  const sameLength =
    lower.length === text.length
      ? lower
      : Array.from(text, (char) => (char.toLowerCase().length === char.length ? char.toLowerCase() : char)).join('');
  return sameLength.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (char) => char.normalize('NFD')[0]);
}
