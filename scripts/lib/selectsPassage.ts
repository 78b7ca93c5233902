import { foldText } from './textFragment.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term as the page's text is matched: case and accents folded, each run of white space one space. */
const term = (text: string) => escapeRegExp(foldText(decodeURIComponent(text)).replace(/\s+/g, ' ').trim());

/**
 * Whether a link's text fragment (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`) selects a passage of a
 * page's text: its terms found in order, the prefix and suffix beside the passage with at most white space between,
 * textEnd after textStart. Like a browser, it ignores case and accents; unlike one, it does not insist on word
 * boundaries, so it can pass a link a browser would not, never fail one a browser would follow.
 */
export function selectsPassage(link: string, pageText: string): boolean {
  const directive = link.split('#:~:text=')[1];
  if (directive === undefined) return false;
  const terms = directive.split('&')[0].split(',');
  const prefix = terms[0].endsWith('-') ? term(terms.shift()?.slice(0, -1) ?? '') : null;
  const last = terms[terms.length - 1];
  const suffix = terms.length > 1 && last.startsWith('-') ? term(terms.pop()?.slice(1) ?? '') : null;
  const [start, end] = terms;
  if (start === undefined) return false;
  const pattern = [
    prefix === null ? '' : `${prefix} ?`,
    term(start),
    end === undefined ? '' : `[\\s\\S]*?${term(end)}`,
    suffix === null ? '' : ` ?${suffix}`,
  ].join('');
  return new RegExp(pattern).test(foldText(pageText.replace(/\s+/g, ' ')));
}
