/**
 * The explorer page, dist/explorer/index.html, opened from disk in a real browser: what it shows,
 * its filters, search and permalinks.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Annotation, Endnote, Person, Quote, Report, Source, Takeaway, Theme } from '../../schema/index.js';
import {
  chromiumForTests,
  isInViewFromTop,
  isInViewport,
  itInChromium,
  openPage,
  readDist,
  shownQuoteIds,
} from './browser.js';

const report = readDist<Report>('json/report.json');
const themes = readDist<Theme[]>('json/themes.json').sort((a, b) => a.number - b.number);
const takeaways = readDist<Takeaway[]>('json/takeaways.json').sort((a, b) => a.number - b.number);
const quotes = readDist<Quote[]>('json/quotes.json');
const endnotes = readDist<Endnote[]>('json/endnotes.json');
const sources = readDist<Source[]>('json/sources.json');
const people = readDist<Person[]>('json/people.json');
const annotations = readDist<Annotation[]>('json/annotations.json');

const contrast = quotes.filter((quote) => quote.context === 'contrast');
const ids = (records: { id: string }[]) => records.map((record) => record.id);
const voices = ['external', 'internal'] as const;

const browser = chromiumForTests();

describe('opening the page', () => {
  itInChromium('loads from disk with no error and requests nothing but itself', async () => {
    const { page, url, requests, problems } = await openPage(browser());
    expect(await page.locator('h1').textContent()).toBe(report.title);
    expect(problems).toEqual([]);
    expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explorer.png' });
  });

  itInChromium('names the report’s authors and links the report', async () => {
    const { page } = await openPage(browser());
    const byline = page.locator('#byline');
    for (const id of report.authors) {
      expect(await byline.textContent()).toContain(people.find((person) => person.id === id)?.name ?? id);
    }
    expect(await byline.locator(`a[href="${report.url}"]`).count()).toBe(1);
  });
});

describe('the six takeaways', () => {
  itInChromium('come first, in order, each with its text and a link to its theme that scrolls there', async () => {
    const { page } = await openPage(browser());
    const items = page.locator('#takeaways li.takeaway');
    expect(await items.evaluateAll((elements) => elements.map((element) => element.id))).toEqual(ids(takeaways));
    for (const takeaway of takeaways) {
      const item = page.locator(`[id="${takeaway.id}"]`);
      expect(await item.locator('.takeaway-text').textContent()).toBe(takeaway.text);
      expect(await item.locator(`a[href="#${takeaway.theme}"]`).count()).toBe(1);
    }
    const last = takeaways[takeaways.length - 1];
    await page.locator(`[id="${last.id}"] a[href="#${last.theme}"]`).click();
    expect(await isInViewport(page.locator(`section.theme[id="${last.theme}"] > h3`))).toBe(true);
  });

  itInChromium('hold the quotes quoted inside them', async () => {
    const { page } = await openPage(browser());
    for (const takeaway of takeaways) {
      const shown = await page
        .locator(`[id="${takeaway.id}"] article.quote`)
        .evaluateAll((elements) => elements.map((element) => element.id));
      const expected = quotes.filter((quote) => quote.context === 'takeaway' && quote.takeaway === takeaway.number);
      expect(shown, takeaway.id).toEqual(ids(expected));
    }
  });
});

describe('the two voices', () => {
  itInChromium('shows every contrast quote, by theme in report order, external and internal side by side', async () => {
    const { page } = await openPage(browser());
    expect(await shownQuoteIds(page)).toHaveLength(contrast.length);
    const sections = await page
      .locator('#theme-list > section.theme')
      .evaluateAll((elements) => elements.map((e) => e.id));
    expect(sections).toEqual(ids(themes));
    for (const theme of themes) {
      for (const voice of voices) {
        const column = page.locator(`section.theme[id="${theme.id}"] section.voice[data-voice="${voice}"]`);
        const shown = await column.locator('article.quote').evaluateAll((elements) => elements.map((e) => e.id));
        const expected = contrast.filter((quote) => quote.theme === theme.id && quote.voice === voice);
        expect(shown, `${theme.id} ${voice}`).toEqual(ids(expected));
      }
    }
  });

  itInChromium(
    'prints each quote verbatim, its insertions and elisions marked, with who, when, the audience and attribution',
    async () => {
      const { page } = await openPage(browser());
      for (const quote of quotes) {
        const card = page.locator(`article.quote[id="${quote.id}"]`);
        expect(await card.locator('blockquote').textContent(), quote.id).toBe(quote.text);
        const insertions = await card.locator('ins[title="editorial insertion"]').allTextContents();
        expect(insertions, quote.id).toEqual(quote.insertions.map((insertion) => `[${insertion}]`));
        expect((await card.locator('.elision[title^="elision"]').count()) > 0, quote.id).toBe(quote.elided);
        for (const id of quote.speakers) {
          const person = people.find((candidate) => candidate.id === id);
          expect(await card.locator('.people').textContent()).toContain(person?.name ?? id);
          if (person?.role) expect(await card.locator('.people').textContent()).toContain(person.role);
        }
        if (quote.date) expect(await card.locator(`time[datetime="${quote.date}"]`).count()).toBe(1);
        if (quote.audience) expect(await card.locator('.audience').textContent()).toBe(quote.audience);
        if (quote.attribution)
          expect(await card.locator('figcaption .attribution').textContent()).toBe(quote.attribution);
      }
    },
  );

  itInChromium('gives each quote its endnote verbatim and a link to the cited work', async () => {
    const { page } = await openPage(browser());
    for (const quote of quotes.filter((candidate) => candidate.endnote !== null)) {
      const card = page.locator(`article.quote[id="${quote.id}"]`);
      const endnote = endnotes.find((candidate) => candidate.number === quote.endnote);
      expect(await card.locator('details.endnote > p').textContent(), quote.id).toBe(endnote?.text);
      const source = sources.find((candidate) => candidate.id === quote.source);
      if (source?.url) expect(await card.locator(`.facts a[href="${source.url}"]`).count()).toBe(1);
    }
  });

  itInChromium('shows as a note every annotation on a quote, its endnote, its cited work or its speakers', async () => {
    const { page } = await openPage(browser());
    for (const quote of quotes) {
      const endnote = endnotes.find((candidate) => candidate.number === quote.endnote);
      const targets = [quote.id, endnote?.id, quote.source, ...quote.speakers];
      const expected = annotations.filter((annotation) => targets.includes(annotation.target)).map((a) => a.note);
      const notes = await page.locator(`article.quote[id="${quote.id}"] aside.annotation`).allTextContents();
      expect(notes.length, quote.id).toBe(expected.length);
      expected.forEach((note, index) => {
        expect(notes[index], quote.id).toContain(note);
      });
    }
  });
});

describe('links into the report and the source', () => {
  itInChromium(
    'every quote card has "Find in the report", and "Find in the source" where the quote has a source link',
    async () => {
      const { page } = await openPage(browser());
      for (const quote of quotes) {
        const card = page.locator(`article.quote[id="${quote.id}"] .actions`);
        const inReport = card.locator('a', { hasText: 'Find in the report' });
        expect(await inReport.getAttribute('href'), quote.id).toBe(quote.reportLink);
        const inSource = card.locator('a', { hasText: 'Find in the source' });
        if (quote.sourceLink) expect(await inSource.getAttribute('href'), quote.id).toBe(quote.sourceLink);
        else expect(await inSource.count(), quote.id).toBe(0);
      }
      expect(await page.locator('a', { hasText: 'Find in the source' }).count()).toBe(
        quotes.filter((quote) => quote.sourceLink).length,
      );
    },
  );
});

describe('inferred values', () => {
  const inferred = annotations.filter((annotation) => annotation.kind === 'inferred');
  const marksIn = (locator: import('playwright-core').Locator) => locator.locator('.inferred-mark').allTextContents();

  itInChromium('are marked "(inferred)" where a quote card shows them, the mark saying from what', async () => {
    const { page } = await openPage(browser());
    let marked = 0;
    for (const quote of quotes) {
      const card = page.locator(`article.quote[id="${quote.id}"]`);
      const onSpeakers = inferred.filter((a) => a.target === quote.id && a.field === 'speakers');
      const onSource = inferred.filter((a) => a.target === quote.source && a.field?.startsWith('container'));
      const expected = [...onSpeakers, ...onSource];
      const titles = await card
        .locator('.facts .inferred-mark')
        .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('title')));
      expect(titles, quote.id).toEqual(expected.map((a) => `Inferred, not printed in the report: ${a.note}`));
      marked += expected.length;
    }
    expect(marked).toBeGreaterThan(0);
  });

  itInChromium('are not marked where the report prints them', async () => {
    const { page } = await openPage(browser());
    const printed = quotes.filter((quote) => !inferred.some((a) => a.target === quote.id || a.target === quote.source));
    expect(printed.length).toBeGreaterThan(0);
    for (const quote of printed) {
      expect(await marksIn(page.locator(`article.quote[id="${quote.id}"] .facts`)), quote.id).toEqual([]);
    }
  });

  itInChromium('include the publisher in the byline', async () => {
    const { page } = await openPage(browser());
    const byline = page.locator('#byline');
    const marks = await marksIn(byline);
    expect(marks).toHaveLength(inferred.filter((a) => a.target === report.id && a.field === 'publisher').length);
    expect(await byline.locator('.inferred').textContent()).toBe(report.publisher);
  });
});

describe('filters', () => {
  itInChromium(
    'narrow the quotes to one theme, one voice, one speaker, and keep the choice in the address',
    async () => {
      const { page } = await openPage(browser());
      for (const theme of themes) {
        await page.selectOption('#filter-theme', theme.id);
        expect(await shownQuoteIds(page)).toEqual(ids(contrast.filter((quote) => quote.theme === theme.id)));
        expect(new URL(page.url()).hash).toBe(`#theme=${theme.id}`);
      }
      await page.selectOption('#filter-theme', '');
      for (const voice of voices) {
        await page.selectOption('#filter-voice', voice);
        expect(await shownQuoteIds(page)).toEqual(ids(contrast.filter((quote) => quote.voice === voice)));
      }
      await page.selectOption('#filter-voice', '');
      const speaker = people
        .map((person) => ({
          id: person.id,
          count: contrast.filter((quote) => quote.speakers.includes(person.id)).length,
        }))
        .sort((a, b) => b.count - a.count)[0];
      await page.selectOption('#filter-speaker', speaker.id);
      expect(await shownQuoteIds(page)).toEqual(ids(contrast.filter((quote) => quote.speakers.includes(speaker.id))));
      await page.getByRole('button', { name: 'Clear filters' }).click();
      expect(await shownQuoteIds(page)).toHaveLength(contrast.length);
      expect(new URL(page.url()).hash).toBe('');
    },
  );

  itInChromium(
    'open as shared: a theme and a voice in the address show exactly those quotes and say how many',
    async () => {
      const pairs = themes.flatMap((theme) => voices.map((voice) => ({ theme, voice })));
      const { theme, voice } = pairs.find(
        (pair) => contrast.filter((quote) => quote.theme === pair.theme.id && quote.voice === pair.voice).length > 1,
      ) ?? { theme: themes[0], voice: voices[0] };
      const { page } = await openPage(browser(), { hash: `#theme=${theme.id}&voice=${voice}` });
      const expected = contrast.filter((quote) => quote.theme === theme.id && quote.voice === voice);
      expect(await shownQuoteIds(page)).toEqual(ids(expected));
      expect(await page.locator('#filter-theme').inputValue()).toBe(theme.id);
      expect(await page.locator('#filter-voice').inputValue()).toBe(voice);
      expect(await page.locator('#filter-status').textContent()).toBe(
        `Showing ${expected.length} of ${contrast.length} quotes.`,
      );
    },
  );
});

describe('search', () => {
  const fold = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'");
  const words = (text: string) => fold(text).split(/\s+/).filter(Boolean);
  /** What a quote is found by besides its text: its attribution and its speakers’ names. */
  const haystack = (quote: Quote) =>
    fold(
      [quote.text, quote.attribution ?? '', ...quote.speakers.map((id) => people.find((p) => p.id === id)?.name)].join(
        ' ',
      ),
    );

  itInChromium('finds a quote by a phrase from it, and only the quotes holding every word', async () => {
    // the first run of five words from a contrast quote that no other contrast quote holds all of
    const phrase = contrast
      .flatMap((quote) => {
        const all = quote.text.split(/\s+/);
        return all.slice(0, -5).map((_, start) => ({ quote, phrase: all.slice(start, start + 5).join(' ') }));
      })
      .find(({ quote, phrase }) =>
        contrast.every((other) => other === quote || !words(phrase).every((word) => haystack(other).includes(word))),
      );
    expect(phrase, 'no phrase singles out one quote').toBeDefined();
    const { page } = await openPage(browser());
    await page.fill('#filter-search', phrase?.phrase ?? '');
    expect(await shownQuoteIds(page)).toEqual([phrase?.quote.id]);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q')).toBe(phrase?.phrase);
  });

  itInChromium('ignores capitals and curly apostrophes', async () => {
    const quote = contrast.find((candidate) => /\w’\w/.test(candidate.text));
    expect(quote, 'no contrast quote with a curly apostrophe').toBeDefined();
    const word = quote?.text.match(/\w+’\w+/)?.[0] ?? '';
    const typed = word.replace('’', "'").toUpperCase();
    const { page } = await openPage(browser());
    await page.fill('#filter-search', typed);
    const expected = contrast.filter((candidate) => haystack(candidate).includes(fold(word)));
    expect(await shownQuoteIds(page)).toEqual(ids(expected));
  });
});

describe('permalinks', () => {
  itInChromium('open with the quote in view and highlighted, even one further down or inside a takeaway', async () => {
    const targets = [contrast[contrast.length - 1], quotes.find((quote) => quote.context === 'takeaway')];
    for (const quote of targets.filter((target) => target !== undefined)) {
      const { page } = await openPage(browser(), { hash: `#${quote.id}` });
      const card = page.locator(`article.quote[id="${quote.id}"]`);
      expect(await card.getAttribute('class'), quote.id).toMatch(/\bis-target\b/);
      expect(await isInViewFromTop(card), quote.id).toBe(true);
    }
  });

  itInChromium('show a quote that the filters hide', async () => {
    const quote = contrast[0];
    const other = themes.find((theme) => theme.id !== quote.theme);
    const { page, url } = await openPage(browser(), { hash: `#theme=${other?.id}` });
    expect(await page.locator(`article.quote[id="${quote.id}"]`).isHidden()).toBe(true);
    await page.goto(`${url}#${quote.id}`);
    expect(await isInViewport(page.locator(`article.quote[id="${quote.id}"]`))).toBe(true);
    expect(await shownQuoteIds(page)).toHaveLength(contrast.length);
  });

  itInChromium('are linked from every quote', async () => {
    const { page } = await openPage(browser());
    for (const quote of quotes) {
      expect(await page.locator(`article.quote[id="${quote.id}"] a.permalink`).getAttribute('href')).toBe(
        `#${quote.id}`,
      );
    }
  });
});
