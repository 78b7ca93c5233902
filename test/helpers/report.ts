/**
 * Parsing helpers for the source report (test/fixtures/report.md), used by the
 * fidelity and link tests. Everything here is derived from the Markdown itself,
 * so the tests never depend on counts or texts typed by hand.
 */
import { readFileSync } from 'node:fs';

export const reportUrl = new URL('../fixtures/report.md', import.meta.url);

export function loadReport(): string {
  return readFileSync(reportUrl, 'utf8');
}

const supPattern = /<sup>(\d+)<\/sup>/g;
const linkPattern = /\[([^\]\n]*)\]\(([^)\s]+)\)/g;
const autolinkPattern = /<(https?:\/\/[^>\s]+)>/g;

/**
 * What a reader sees of a piece of the report's Markdown: a link shows as its
 * target URL, an autolink as its URL, emphasis and bold lose their asterisks,
 * superscript note numbers disappear, backslash escapes are resolved, the
 * table residue "| " at the start of a line goes, and a paragraph broken
 * mid-sentence by a page break (a line ending in a lowercase letter or comma,
 * blank lines, a line starting in lowercase) is joined with a single space.
 */
export function toReaderText(markdown: string): string {
  return markdown
    .replace(linkPattern, (_match, _label: string, target: string) => target)
    .replace(autolinkPattern, (_match, url: string) => url)
    .replace(supPattern, '')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(?<!\*)\*([^*\n]+)\*(?!\*)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/^\| /gm, '')
    .replace(/([a-z,])\n(?:[ \t]*\n)+(?=[a-z])/g, '$1 ');
}

/** The link targets of a piece of Markdown, in order (links and autolinks). */
export function linkTargets(markdown: string): string[] {
  const found: { at: number; url: string }[] = [];
  for (const match of markdown.matchAll(linkPattern)) found.push({ at: match.index ?? 0, url: match[2] ?? '' });
  for (const match of markdown.matchAll(autolinkPattern)) found.push({ at: match.index ?? 0, url: match[1] ?? '' });
  return found.sort((a, b) => a.at - b.at).map(({ url }) => url);
}

/** URLs written in plain text, with trailing sentence punctuation trimmed. */
export function plainUrls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0].replace(/[.,;:)\]]+$/, ''));
}

/** Superscript numbers of a piece of Markdown, in order. */
export function supNumbers(markdown: string): number[] {
  return [...markdown.matchAll(supPattern)].map((match) => Number(match[1]));
}

/** The lines from a heading line (exact text) up to the next heading of the given levels. */
function section(markdown: string, heading: string, stopAt: RegExp): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`heading not found: ${heading}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => stopAt.test(line));
  return end < 0 ? rest : rest.slice(0, end);
}

export interface ParsedTakeawayQuote {
  /** Verbatim reader text, without the enclosing “ ”. */
  text: string;
  /** The superscript following the quote or closing its sentence, else null. */
  sup: number | null;
}

export interface ParsedTakeaway {
  number: number;
  /** Reader text of the paragraph, without the leading bold number. */
  text: string;
  /** The superscript numbers in the paragraph, in order. */
  sups: number[];
  /** Every “…” passage in the paragraph, in reading order. */
  quotes: ParsedTakeawayQuote[];
}

/** The numbered paragraphs under "## SIX TAKEAWAYS". */
export function parseTakeaways(markdown: string): ParsedTakeaway[] {
  const lines = section(markdown, '## SIX TAKEAWAYS', /^#{1,2} /);
  const paragraphs: { number: number; raw: string[] }[] = [];
  for (const line of lines) {
    const start = /^\*\*(\d+)\*\* /.exec(line);
    const current = paragraphs[paragraphs.length - 1];
    if (start) paragraphs.push({ number: Number(start[1]), raw: [line.slice(start[0].length)] });
    else if (current) current.raw.push(line);
  }
  return paragraphs.map(({ number, raw }) => {
    const markdownText = raw
      .join('\n')
      .trim()
      .replace(/\n(?:[ \t]*\n)+/g, '\n\n');
    const joined = markdownText.replace(/\s*\n+\s*/g, ' ');
    return {
      number,
      text: toReaderText(markdownText).replace(/\s*\n+\s*/g, ' '),
      sups: supNumbers(joined),
      quotes: takeawayQuotes(joined),
    };
  });
}

function takeawayQuotes(paragraph: string): ParsedTakeawayQuote[] {
  const quotes: ParsedTakeawayQuote[] = [];
  for (const match of paragraph.matchAll(/“([^”]*)”/g)) {
    const after = paragraph.slice((match.index ?? 0) + match[0].length);
    const next = /<sup>(\d+)<\/sup>/.exec(after);
    let sup: number | null = null;
    if (next) {
      // The stretch up to the superscript, other quoted passages left out:
      // if a sentence ends in it, the superscript belongs to a later sentence.
      const between = after.slice(0, next.index).replace(/“[^”]*”/g, '“”');
      if (!/[.!?]\s/.test(between)) sup = Number(next[1]);
    }
    quotes.push({ text: toReaderText(match[1] ?? ''), sup });
  }
  return quotes;
}

export interface ParsedTheme {
  number: number;
  /** The heading without "## ". */
  heading: string;
}

export interface ParsedContrastQuote {
  sup: number;
  /** The bold label without the colon, e.g. "External messaging". */
  label: string;
  /** Reader text without the enclosing “ ”. */
  text: string;
  /** Number of the table section it stands in (1-based). */
  theme: number;
  /** Reader text of the attribution line covering it. */
  attribution: string;
  /** How many quotes that attribution line covers. */
  attributionCovers: number;
}

const tableTitle = "# BEIJING'S TWO VOICES IN TELECOMMUNICATIONS";

/** The "## " sections of the two-voices table, in order. */
export function parseThemes(markdown: string): ParsedTheme[] {
  return section(markdown, tableTitle, /^# /)
    .filter((line) => line.startsWith('## ') && line !== '## ENDNOTES')
    .map((line, index) => ({ number: index + 1, heading: line.slice(3) }));
}

const contrastLine = /^\*\*([^*]+):\*\* “(.*)”<sup>(\d+)<\/sup>\s*$/;

/** Every quote line with a superscript in the two-voices table, with its attribution line. */
export function parseContrastQuotes(markdown: string): ParsedContrastQuote[] {
  const lines = section(markdown, tableTitle, /^## ENDNOTES$/);
  const done: ParsedContrastQuote[] = [];
  let pending: Omit<ParsedContrastQuote, 'attribution' | 'attributionCovers'>[] = [];
  let theme = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line.startsWith('## ')) {
      if (pending.length > 0) throw new Error(`quotes without attribution before ${line}`);
      theme += 1;
      continue;
    }
    if (theme === 0) continue; // byline and introduction
    const quote = contrastLine.exec(line);
    if (quote) {
      pending.push({ label: quote[1] ?? '', text: toReaderText(quote[2] ?? ''), sup: Number(quote[3]), theme });
      continue;
    }
    if (line.includes('<sup>')) throw new Error(`unparsed quote line: ${line}`);
    const attribution = toReaderText(line).trim();
    for (const item of pending) done.push({ ...item, attribution, attributionCovers: pending.length });
    pending = [];
  }
  if (pending.length > 0) throw new Error('quotes without attribution at the end of the table');
  return done;
}

/** Count of the quote lines with a superscript in the table, counted independently of parsing. */
export function countContrastQuoteLines(markdown: string): number {
  return section(markdown, tableTitle, /^## ENDNOTES$/).filter(
    (line) => /^\*\*[^*]+:\*\* “/.test(line) && line.includes('<sup>'),
  ).length;
}

export interface ParsedEndnote {
  number: number;
  /** Reader text without the "- N " list marker. */
  text: string;
  /** The link targets of the note, in order. */
  links: string[];
  ibid: boolean;
}

/** The "- N …" items under "## ENDNOTES". */
export function parseEndnotes(markdown: string): ParsedEndnote[] {
  return section(markdown, '## ENDNOTES', /^#{1,2} /)
    .map((line) => /^- (\d+) (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => {
      const body = match[2] ?? '';
      const text = toReaderText(body).trim();
      return { number: Number(match[1]), text, links: linkTargets(body), ibid: text === 'Ibid.' };
    });
}

/** Every superscript number of the whole report, in order. */
export function allSups(markdown: string): number[] {
  return supNumbers(markdown);
}
