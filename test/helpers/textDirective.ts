/**
 * URL Fragment Text Directives (https://wicg.github.io/scroll-to-text-fragment/), the matching a browser does,
 * written here from the specification independently of the build, over the report as a browser shows it.
 */
import { toReaderText } from './report.js';

export interface TextDirective {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
}

/** The page: its blocks joined by "\n", which no query can cross, and which characters are superscript numbers. */
export interface Page {
  text: string;
  superscript: boolean[];
  boundaries: Set<number>;
}

export interface Range {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The report as a browser shows it: one block per heading, paragraph, attribution line and list item; Markdown
 * syntax gone (as toReaderText takes it away: links show their URL, no emphasis marks, escapes resolved), but
 * the superscript note numbers kept, since they are text on the page too; a paragraph split by a page break
 * is one.
 */
export function renderPage(markdown: string): Page {
  const joined = markdown.replace(/([a-z,])\n(?:[ \t]*\n)+(?=[a-z])/g, '$1 ');
  let text = '';
  const superscript: boolean[] = [];
  const boundaries = new Set<number>();
  for (const line of joined.split('\n')) {
    const content = line.replace(/^(#{1,6} |- |\| )/, '').trim();
    if (content === '') continue;
    if (text !== '') {
      text += '\n';
      superscript.push(false);
    }
    const blockStart = text.length;
    for (const part of content.split(/(<sup>\d+<\/sup>)/)) {
      const sup = /^<sup>(\d+)<\/sup>$/.exec(part);
      const shown = sup ? sup[1] : toReaderText(part);
      text += shown;
      superscript.push(...Array.from({ length: shown.length }, () => sup !== null));
    }
    const block = text.slice(blockStart);
    for (const segment of segmenter.segment(block)) boundaries.add(blockStart + segment.index);
    boundaries.add(text.length);
  }
  return { text, superscript, boundaries };
}

/** The text of a range as the records hold it: superscript numbers left out. */
export function withoutSuperscripts(page: Page, { start, end }: Range): string {
  return [...page.text.slice(start, end)].filter((_, index) => !page.superscript[start + index]).join('');
}

/** Parses `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`; throws where a term is not percent-encoded as it must be. */
export function parseTextDirective(url: string): TextDirective {
  const at = url.indexOf('#:~:text=');
  if (at < 0) throw new Error(`${url} has no text directive`);
  const terms = url.slice(at + '#:~:text='.length).split(',');
  const prefix = terms[0].endsWith('-') ? terms.shift()?.slice(0, -1) : undefined;
  const suffix = terms.length > 1 && terms[terms.length - 1].startsWith('-') ? terms.pop()?.slice(1) : undefined;
  if (terms.length < 1 || terms.length > 2) throw new Error(`${url}: expected textStart and at most textEnd`);
  for (const term of [prefix, ...terms, suffix]) {
    if (term !== undefined && /[-&,#\s]/.test(term)) throw new Error(`${url}: "${term}" is not percent-encoded`);
  }
  const decode = (term: string | undefined) => (term === undefined ? undefined : decodeURIComponent(term));
  return {
    ...(prefix === undefined ? {} : { prefix: decode(prefix) }),
    textStart: decodeURIComponent(terms[0]),
    ...(terms[1] === undefined ? {} : { textEnd: decode(terms[1]) }),
    ...(suffix === undefined ? {} : { suffix: decode(suffix) }),
  };
}

/** Base-character comparison, as the specification asks: case and accents ignored, one character for one. */
function fold(text: string): string {
  let folded = '';
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += base.length === char.length ? base : char;
  }
  return folded;
}

/** "Find a string in range": the first match from `from` that starts and ends at word boundaries when asked. */
function findString(
  page: Page,
  folded: string,
  query: string,
  from: number,
  wordStartBounded: boolean,
  wordEndBounded: boolean,
): Range | null {
  const needle = fold(query);
  for (let at = folded.indexOf(needle, from); at >= 0; at = folded.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (wordStartBounded && !page.boundaries.has(at)) continue;
    if (wordEndBounded && !page.boundaries.has(end)) continue;
    return { start: at, end };
  }
  return null;
}

function nextNonWhitespace(page: Page, position: number): number {
  let at = position;
  while (at < page.text.length && /\s/.test(page.text[at])) at += 1;
  return at;
}

/**
 * Every range the directive selects: "find a range from a text directive", run again after each match from where
 * the specification would carry on, so that a directive matching more than once is seen to.
 */
export function findAll(page: Page, directive: TextDirective): Range[] {
  const folded = fold(page.text);
  const { prefix, textStart, textEnd, suffix } = directive;
  const matches: Range[] = [];
  let searchStart = 0;
  while (searchStart < page.text.length) {
    let potential: Range | null;
    const startMustEndAtWord = textEnd !== undefined || suffix === undefined;
    if (prefix !== undefined) {
      const prefixMatch = findString(page, folded, prefix, searchStart, true, false);
      if (!prefixMatch) break;
      searchStart = prefixMatch.start + 1;
      const matchStart = nextNonWhitespace(page, prefixMatch.end);
      if (matchStart >= page.text.length) break;
      potential = findString(page, folded, textStart, matchStart, false, startMustEndAtWord);
      if (!potential) break;
      if (potential.start !== matchStart) continue;
    } else {
      potential = findString(page, folded, textStart, searchStart, true, startMustEndAtWord);
      if (!potential) break;
      searchStart = potential.start + 1;
    }
    let rangeEndSearchStart = potential.end;
    while (rangeEndSearchStart < page.text.length || (textEnd === undefined && suffix === undefined)) {
      if (textEnd !== undefined) {
        const endMatch = findString(page, folded, textEnd, rangeEndSearchStart, true, suffix === undefined);
        if (!endMatch) return matches;
        potential = { start: potential.start, end: endMatch.end };
      }
      if (suffix === undefined) {
        matches.push(potential);
        break;
      }
      const suffixStart = nextNonWhitespace(page, potential.end);
      const suffixMatch = findString(page, folded, suffix, suffixStart, false, true);
      if (!suffixMatch) return matches;
      if (suffixMatch.start === suffixStart) {
        matches.push(potential);
        break;
      }
      if (textEnd === undefined) break;
      rangeEndSearchStart = potential.end;
    }
  }
  return matches;
}
