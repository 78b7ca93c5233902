import type { Endnote, Person, Quote, Report, Takeaway, Theme } from '../../schema/index.js';
import { foldText, type TextDirective, wordSpans } from './textFragment.js';

/** A run of letters and digits, or one other character: what the index of the page is keyed by. */
// Stryker disable next-line Regex: one character at a time, the index holds every character, and a passage is looked for at each place its first stands: the same count, more slowly
const wordOrMark = /[\p{L}\p{N}]+|\S/gu;

/** The words the report prints before its address. */
export const readFullReport = 'Read the full report: ';

/** The stretch of the page that a record's words occupy. */
export interface Passage {
  start: number;
  end: number;
}

/**
 * The report's page as far as the records hold it, in reading order, one block a line: title, authors, the line
 * "Read the full report: <url>", takeaways, the two-voices table, endnotes. What the records leave out (page furniture, note superscripts) is
 * missing, so a directive is checked for more than it needs: unique as a plain substring, whatever the word
 * boundaries, and never with a prefix across where a superscript may stand.
 */
export class ReportPage {
  readonly text: string;
  private readonly folded: string;
  private readonly passages = new Map<string, Passage>();
  /** Where each run of letters and digits or other mark starts, by its folded text: a count looks only there. */
  private readonly starts = new Map<string, number[]>();

  constructor(records: {
    report: Pick<Report, 'title' | 'authors' | 'url'>;
    people: Pick<Person, 'id' | 'name'>[];
    takeaways: Pick<Takeaway, 'id' | 'number' | 'text'>[];
    themes: Pick<Theme, 'id' | 'heading'>[];
    quotes: Pick<Quote, 'id' | 'text' | 'context' | 'theme' | 'takeaway' | 'audience' | 'attribution'>[];
    endnotes: Pick<Endnote, 'id' | 'number' | 'text'>[];
  }) {
    const lines: string[] = [];
    let length = 0;
    const add = (line: string, id?: string, start = 0, end = line.length) => {
      // Stryker disable next-line ConditionalExpression: a line without an id is then filed under undefined, which no record's id looks up
      if (id !== undefined) this.passages.set(id, { start: length + start, end: length + end });
      lines.push(line);
      length += line.length + 1;
    };
    const { report, people, takeaways, themes, quotes, endnotes } = records;
    // the cover prints the title and the authors' names in capitals only; the records hold them in mixed case (each
    // annotated as inferred), so the page holds them as printed, for the excerpts that quote the cover
    add(report.title.toUpperCase());
    for (const id of report.authors) add((people.find((person) => person.id === id)?.name ?? '').toUpperCase());
    // as the report prints it, so that an excerpt can point at the words that give the address
    add(`${readFullReport}${report.url}`);
    for (const takeaway of takeaways)
      add(`${takeaway.number} ${takeaway.text}`, takeaway.id, `${takeaway.number} `.length);
    const contrastOf = new Map<string, typeof quotes>();
    for (const quote of quotes.filter((candidate) => candidate.context === 'contrast')) {
      const ofTheme = contrastOf.get(quote.theme);
      if (ofTheme) ofTheme.push(quote);
      else contrastOf.set(quote.theme, [quote]);
    }
    for (const theme of themes) {
      add(theme.heading);
      const contrast = contrastOf.get(theme.id) ?? [];
      contrast.forEach((quote, index) => {
        const opening = quote.audience === null ? '“' : `${quote.audience}: “`;
        add(`${opening}${quote.text}”`, quote.id, opening.length, opening.length + quote.text.length);
        // Stryker disable next-line ArithmeticOperator: an attribution line at the start of its run of quotes is a block of its own, as under its end, that no prefix crosses
        const next = contrast[index + 1];
        if (
          quote.attribution !== null &&
          // Stryker disable next-line ConditionalExpression: an attribution line under each quote repeats words that already stand more than once, and no prefix crosses a block
          next?.attribution !== quote.attribution
        )
          add(quote.attribution);
      });
    }
    for (const endnote of endnotes) add(`${endnote.number} ${endnote.text}`, endnote.id, `${endnote.number} `.length);
    this.text = lines.join('\n');
    const foldedLines = lines.map(foldText);
    this.folded = foldedLines.join('\n');
    let lineStart = 0;
    for (const line of foldedLines) {
      for (const match of line.matchAll(wordOrMark)) {
        const at = this.starts.get(match[0]);
        if (at) at.push(lineStart + (match.index ?? 0));
        else this.starts.set(match[0], [lineStart + (match.index ?? 0)]);
      }
      lineStart += line.length + 1;
    }
    // a quote inside a takeaway stands between “ and ” in its paragraph
    const takeawayOf = new Map(takeaways.map((takeaway) => [takeaway.number, takeaway]));
    for (const quote of quotes) {
      // Stryker disable next-line ConditionalExpression: a null takeaway number finds no takeaway either way
      const takeaway = quote.takeaway === null ? undefined : takeawayOf.get(quote.takeaway);
      if (!takeaway) continue;
      const at = takeaway.text.indexOf(`“${quote.text}”`);
      if (at < 0) continue;
      const start = this.passageOf(takeaway.id).start + at + 1;
      this.passages.set(quote.id, { start, end: start + quote.text.length });
    }
  }

  /** How many times words stand in the text, as a plain substring, overlapping ones counted: 1 when unique. */
  occurrences(words: string): number {
    // empty words stand everywhere, and would never end the loop
    if (words === '') return Number.POSITIVE_INFINITY;
    let count = 0;
    for (let at = this.text.indexOf(words); at >= 0; at = this.text.indexOf(words, at + 1)) count += 1;
    return count;
  }

  passageOf(id: string): Passage {
    const passage = this.passages.get(id);
    if (!passage) throw new Error(`the report's page has no passage for ${id}`);
    return passage;
  }

  /** Whether a stretch of the page occurs there alone (as folded text, wherever it starts a word or mark). */
  private isUnique(start: number, end: number): boolean {
    const folded = this.folded.slice(start, end);
    // Stryker disable next-line OptionalChaining,StringLiteral: every passage holds a character (the schema refuses empty texts) and starts a word or mark on the page, so its first token is in the index
    const first = folded.match(wordOrMark)?.[0] ?? '';
    let count = 0;
    // Stryker disable next-line ArrayDeclaration: every passage holds a character (the schema refuses empty texts) and starts a word or mark on the page, so its first token is in the index
    for (const at of this.starts.get(first) ?? []) {
      if (this.folded.startsWith(folded, at)) count += 1;
      // Stryker disable next-line ConditionalExpression: the count then runs on past two, and count === 1 is false either way
      if (count > 1) return false;
    }
    // Stryker disable next-line ConditionalExpression: the count is never 0 (every passage holds a character (the schema refuses empty texts) and starts a word or mark on the page, so its first token is in the index), and two or more returned above
    return count === 1;
  }

  /** Prefixes of 0 to 4 words, each ending just before the passage, within its block, never across a superscript. */
  private prefixes({ start }: Passage): (number | null)[] {
    // Stryker disable next-line ArithmeticOperator: differs only when a passage's second character is a line break, and every text and prefix is longer than one character
    const blockStart = this.text.lastIndexOf('\n', start - 1) + 1;
    const before = this.text.slice(blockStart, start);
    const spans = wordSpans(before).reverse().slice(0, 4);
    const starts = spans
      .map((span) => blockStart + span.start)
      .filter((at) => !/[”.]\s/.test(this.text.slice(at, start)));
    return [null, ...starts];
  }

  private directive(passage: Passage, prefixAt: number | null, textStart: string, textEnd?: string): TextDirective {
    const prefix = prefixAt === null ? undefined : this.text.slice(prefixAt, passage.start).trimEnd();
    return { ...(prefix ? { prefix } : {}), textStart, ...(textEnd === undefined ? {} : { textEnd }) };
  }

  /**
   * The shortest directive found that selects the passage and nothing else: a start and an end of a few words for a
   * long passage, the whole passage for a short one, each with a prefix if it needs one. Where the passage, with
   * its longest prefix, stands twice on the page, no directive can tell the two apart: the browser then selects
   * the first, and the tests, which match every link over the report, say so.
   */
  directiveFor(id: string): TextDirective {
    const passage = this.passageOf(id);
    const text = this.text.slice(passage.start, passage.end);
    const spans = wordSpans(text);
    const prefixes = this.prefixes(passage);
    const longest = prefixes[prefixes.length - 1];
    // Stryker disable next-line ConditionalExpression: when the passage with its longest prefix stands twice, so does every shorter start, and the last line gives the same
    if (!this.isUnique(longest ?? passage.start, passage.end)) return this.directive(passage, longest, text);
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a start and an end that overlap are never taken, the end being looked for after the start
    for (let count = 3; count <= 8 && count * 2 <= spans.length && spans.length > 10; count += 1) {
      const textStart = text.slice(0, spans[count - 1].end);
      const textEnd = text.slice(spans[spans.length - count].start);
      const endAt = this.folded.indexOf(foldText(textEnd), passage.start + textStart.length);
      if (endAt !== passage.end - textEnd.length) continue;
      const prefixAt = prefixes.find((at) => this.isUnique(at ?? passage.start, passage.start + textStart.length));
      if (prefixAt !== undefined) return this.directive(passage, prefixAt, textStart, textEnd);
    }
    const unique = prefixes.findIndex((at) => this.isUnique(at ?? passage.start, passage.end));
    // Stryker disable next-line ConditionalExpression: reached only when the passage with its longest prefix stands once, so some prefix is found
    return this.directive(passage, unique < 0 ? longest : prefixes[unique], text);
  }
}
