/**
 * The directive of each record on small pages, worked out by hand: whole or a range, with a prefix only where the
 * words alone stand twice, whatever part of the page (an author, an audience, an attribution line) repeats them.
 */
import { describe, expect, it } from 'vitest';
import { ReportPage } from '../../scripts/lib/reportPage.js';

type Records = ConstructorParameters<typeof ReportPage>[0];
type PageQuote = Records['quotes'][number];

const quote = (id: string, text: string, fields: Partial<PageQuote> = {}): PageQuote => ({
  id,
  text,
  context: 'contrast',
  theme: 'th',
  takeaway: null,
  audience: null,
  attribution: null,
  ...fields,
});

function page(records: Partial<Records>): ReportPage {
  return new ReportPage({
    report: { title: 'Two voices', authors: [], url: 'https://example.org/r' },
    people: [],
    takeaways: [],
    themes: [{ id: 'th', heading: 'Networks' }],
    quotes: [],
    endnotes: [],
    ...records,
  });
}

const eleven = 'one two three four five six seven eight nine ten eleven';

describe('ReportPage', () => {
  it('holds the title in capitals as the cover prints it, then the line that gives the address, after the authors', () => {
    expect(page({}).text.split('\n').slice(0, 3)).toEqual([
      'TWO VOICES',
      'Read the full report: https://example.org/r',
      'Networks',
    ]);
  });

  it('counts the places words stand as a plain substring, overlapping ones too, whatever the word boundaries', () => {
    const report = page({ endnotes: [{ id: 'e1', number: 1, text: 'aaa voices' }] });
    expect(report.occurrences('TWO VOICES')).toBe(1);
    expect(report.occurrences('Two voices')).toBe(0);
    expect(report.occurrences('voices')).toBe(1);
    expect(report.occurrences('aa')).toBe(2);
    expect(report.occurrences('report: https')).toBe(1);
    expect(report.occurrences('two voices')).toBe(0);
    expect(report.occurrences('')).toBe(Number.POSITIVE_INFINITY);
  });

  it('names a passage of up to ten words whole, a longer one by its first and last three words', () => {
    const ten = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
    const report = page({
      takeaways: [{ id: 't1', number: 1, text: ten }],
      endnotes: [{ id: 'e1', number: 1, text: eleven }],
    });
    expect(report.directiveFor('t1')).toStrictEqual({ textStart: ten });
    expect(report.directiveFor('e1')).toStrictEqual({ textStart: 'one two three', textEnd: 'nine ten eleven' });
  });

  it('adds a prefix where an author’s name on the page repeats the words, and none without the author', () => {
    const takeaways = [{ id: 't1', number: 1, text: 'Ann Lee' }];
    const report = { title: 'Two voices', authors: ['ann'], url: 'https://example.org/r' };
    const people = [
      { id: 'bob', name: 'Bob' },
      { id: 'ann', name: 'Ann Lee' },
    ];
    expect(page({ report, people, takeaways }).directiveFor('t1')).toStrictEqual({ prefix: '1', textStart: 'Ann Lee' });
    // an author who is not among the people is an empty line, which holds no words a passage could match
    const withoutAuthor = page({ report, takeaways });
    expect(withoutAuthor.directiveFor('t1')).toStrictEqual({ textStart: 'Ann Lee' });
    expect(withoutAuthor.text).toBe('TWO VOICES\n\nRead the full report: https://example.org/r\n1 Ann Lee\nNetworks');
    expect(page({ report, people, takeaways }).text.split('\n')[1]).toBe('ANN LEE');
  });

  it('takes more words at the ends where three stand twice even with a prefix', () => {
    const takeaways = [
      { id: 't2', number: 2, text: eleven },
      { id: 't3', number: 3, text: 'and 2 one two three more' },
    ];
    expect(page({ takeaways }).directiveFor('t2')).toStrictEqual({
      textStart: 'one two three four',
      textEnd: 'eight nine ten eleven',
    });
  });

  describe('takes up to eight words at each end, never more than half the passage', () => {
    const words = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');
    /** Takeaway 2 of n words, and takeaway 3 repeating its number and first words but one, so that neither a prefix nor fewer words can do. */
    const needing = (n: number, count: number) =>
      page({
        takeaways: [
          { id: 't2', number: 2, text: words(1, n) },
          { id: 't3', number: 3, text: `and 2 ${words(1, count - 1)} zz` },
        ],
      }).directiveFor('t2');

    it('eight of sixteen', () => {
      expect(needing(16, 8)).toStrictEqual({ textStart: words(1, 8), textEnd: words(9, 16) });
    });

    it('not nine, however long the passage: then it is whole', () => {
      expect(needing(20, 9)).toStrictEqual({ textStart: words(1, 20) });
    });

    it('not seven of twelve', () => {
      expect(needing(12, 7)).toStrictEqual({ textStart: words(1, 12) });
    });
  });

  it('prefers a prefix to more words', () => {
    const takeaways = [
      { id: 't2', number: 2, text: eleven },
      { id: 't3', number: 3, text: 'one two three more' },
    ];
    expect(page({ takeaways }).directiveFor('t2')).toStrictEqual({
      prefix: '2',
      textStart: 'one two three',
      textEnd: 'nine ten eleven',
    });
  });

  it('names a passage that stands twice, once in another paragraph, by a prefix and its ends', () => {
    const takeaways = [
      { id: 't2', number: 2, text: eleven },
      { id: 't3', number: 3, text: `so ${eleven}` },
    ];
    expect(page({ takeaways }).directiveFor('t2')).toStrictEqual({
      prefix: '2',
      textStart: 'one two three',
      textEnd: 'nine ten eleven',
    });
  });

  it('looks for the last words only after the first ones, not in the line before', () => {
    const takeaways = [
      { id: 't1', number: 1, text: 'i j k' },
      { id: 't2', number: 2, text: 'alphabetical boulevards cornerstone d e f g h i j k' },
    ];
    expect(page({ takeaways }).directiveFor('t2')).toStrictEqual({
      textStart: 'alphabetical boulevards cornerstone',
      textEnd: 'i j k',
    });
  });

  it('takes more words where the last ones stand earlier in the passage', () => {
    const text = 'a b c x y z d e f x y z';
    expect(page({ endnotes: [{ id: 'e1', number: 1, text }] }).directiveFor('e1')).toStrictEqual({
      textStart: 'a b c x',
      textEnd: 'f x y z',
    });
  });

  it('names a passage that stands twice with all its prefix whole, and the browser selects the first', () => {
    const quotes = [quote('q1', eleven), quote('q2', eleven)];
    expect(page({ quotes }).directiveFor('q2')).toStrictEqual({ textStart: eleven });
  });

  it('tells two quotes of the table apart by their audience', () => {
    const quotes = [
      quote('q1', 'build the network', { audience: 'Outward' }),
      quote('q2', 'build the network', { audience: 'Inward' }),
    ];
    expect(page({ quotes }).directiveFor('q1')).toStrictEqual({ prefix: 'Outward: “', textStart: 'build the network' });
    expect(page({ quotes }).directiveFor('q2')).toStrictEqual({ prefix: 'Inward: “', textStart: 'build the network' });
  });

  it('prints an attribution line under the last quote it covers, which a takeaway may repeat', () => {
    const takeaways = [{ id: 't1', number: 1, text: 'Xi Jinping, 2016' }];
    const quotes = [
      quote('q1', 'first words', { attribution: 'Xi Jinping, 2016' }),
      quote('q2', 'second words', { attribution: 'Xi Jinping, 2016' }),
    ];
    expect(page({ takeaways, quotes }).directiveFor('t1')).toStrictEqual({
      prefix: '1',
      textStart: 'Xi Jinping, 2016',
    });
    expect(page({ takeaways }).directiveFor('t1')).toStrictEqual({ textStart: 'Xi Jinping, 2016' });
  });

  it('finds a quote of a takeaway between its quotation marks in the paragraph, at its very start too', () => {
    const takeaways = [
      { id: 't1', number: 1, text: 'He said “build the network” today.' },
      { id: 't2', number: 2, text: '“Own the core” was the call.' },
    ];
    const quotes = [
      quote('q1', 'build the network', { context: 'takeaway', takeaway: 1 }),
      quote('q2', 'Own the core', { context: 'takeaway', takeaway: 2 }),
      quote('q3', 'a table quote'),
    ];
    const report = page({ takeaways, quotes });
    // in the paragraph only: a quote of a takeaway has no line in the table
    expect(report.directiveFor('q1')).toStrictEqual({ textStart: 'build the network' });
    expect(report.directiveFor('q2')).toStrictEqual({ textStart: 'Own the core' });
    expect(report.passageOf('q1').end - report.passageOf('q1').start).toBe('build the network'.length);
    expect(report.text.slice(report.passageOf('q2').start, report.passageOf('q2').end)).toBe('Own the core');
  });

  it('finds a passage that starts with a mark, after an audience, without a prefix', () => {
    const quotes = [quote('q1', '[The] network builds', { audience: 'Outward' })];
    expect(page({ quotes }).directiveFor('q1')).toStrictEqual({ textStart: '[The] network builds' });
  });

  it('counts the opening quotation mark of a table line as part of the page', () => {
    const takeaways = [{ id: 't1', number: 1, text: '“Build it”' }];
    expect(page({ takeaways, quotes: [quote('q1', 'Build it')] }).directiveFor('t1')).toStrictEqual({
      prefix: '1',
      textStart: '“Build it”',
    });
  });

  it('prints the attribution line of a quote alone under it', () => {
    const takeaways = [{ id: 't1', number: 1, text: 'Xi Jinping, 2016' }];
    const quotes = [quote('q1', 'first words', { attribution: 'Xi Jinping, 2016' })];
    expect(page({ takeaways, quotes }).directiveFor('t1')).toStrictEqual({
      prefix: '1',
      textStart: 'Xi Jinping, 2016',
    });
  });

  it('takes a prefix of at most four words, the longest where none tells the passage apart', () => {
    const takeaways = [
      { id: 't1', number: 1, text: 'p a b c d “x y” end' },
      { id: 't2', number: 2, text: 'q a b c d “x y” fin' },
    ];
    const quotes = [quote('q1', 'x y', { context: 'takeaway', takeaway: 1 })];
    expect(page({ takeaways, quotes }).directiveFor('q1')).toStrictEqual({ prefix: 'a b c d “', textStart: 'x y' });
  });

  it('takes no prefix across the end of a sentence or a closing quotation mark, where a note number may stand', () => {
    const takeaways = [
      { id: 't1', number: 1, text: 'It ended. So “x y” now' },
      { id: 't2', number: 2, text: 'We ended. So “x y” then' },
      { id: 't3', number: 3, text: 'He said “it” so “v w” now' },
      { id: 't4', number: 4, text: 'She said “it” so “v w” then' },
    ];
    const quotes = [
      quote('q1', 'x y', { context: 'takeaway', takeaway: 1 }),
      quote('q3', 'v w', { context: 'takeaway', takeaway: 3 }),
    ];
    const report = page({ takeaways, quotes });
    expect(report.directiveFor('q1')).toStrictEqual({ prefix: 'So “', textStart: 'x y' });
    expect(report.directiveFor('q3')).toStrictEqual({ prefix: 'so “', textStart: 'v w' });
  });

  it('refuses an id it has no passage for, a quote not found in its takeaway too', () => {
    expect(() => page({}).passageOf('q-9')).toThrow("the report's page has no passage for q-9");
    const takeaways = [{ id: 't1', number: 1, text: 'He said “build it”.' }];
    const quotes = [quote('q1', 'build the network', { context: 'takeaway', takeaway: 1 })];
    expect(() => page({ takeaways, quotes }).directiveFor('q1')).toThrow('no passage for q1');
  });
});
