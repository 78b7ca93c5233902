/**
 * The explorer as every reader gets it: the records in the page's HTML with scripting off, each drawn once with
 * it on, the timeline of the two voices, shared filters that open at their results, the dataset's description
 * for search engines, the printout, and axe-core's checks, light and dark, wide and narrow.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Endnote, Quote, Takeaway, Theme } from '../../schema/index.js';
import { itWith } from '../helpers/optionalPrograms.js';
import {
  chromiumForTests,
  chromiumPath,
  isInViewport,
  itInChromium,
  openPage,
  readDist,
  shownQuoteIds,
} from './browser.js';

const quotes = readDist<Quote[]>('json/quotes.json');
const takeaways = readDist<Takeaway[]>('json/takeaways.json');
const themes = readDist<Theme[]>('json/themes.json');
const endnotes = readDist<Endnote[]>('json/endnotes.json');
const contrast = quotes.filter((quote) => quote.context === 'contrast');
const dated = contrast.filter((quote) => quote.date !== null);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const browser = chromiumForTests();

const hrefs = (page: Page, selector = 'a[href]') =>
  page.locator(selector).evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));

describe('with scripting off', () => {
  itInChromium('shows every takeaway and every quote, verbatim, with who, when and the endnote', async () => {
    const { page, problems } = await openPage(browser(), { javaScriptEnabled: false });
    for (const takeaway of takeaways) {
      const item = page.locator(`[id="${takeaway.id}"]`);
      expect(await item.locator('.takeaway-text').textContent(), takeaway.id).toBe(takeaway.text);
      expect(await item.isVisible(), takeaway.id).toBe(true);
    }
    for (const quote of quotes) {
      const card = page.locator(`article.quote[id="${quote.id}"]`);
      expect(await card.locator('blockquote').textContent(), quote.id).toBe(quote.text);
      if (quote.date) expect(await card.locator(`time[datetime="${quote.date}"]`).count(), quote.id).toBe(1);
      if (quote.endnote) expect(await card.locator('details.endnote').count(), quote.id).toBe(1);
    }
    expect(await shownQuoteIds(page)).toEqual(contrast.map((quote) => quote.id));
    expect(await page.locator('noscript').count()).toBe(0);
    // controls that need the script are not offered
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('button.cite:visible').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  itInChromium('has every link inside the page lead somewhere, and none that needs a file beside it', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const links = await hrefs(page);
    const inPage = links.filter((href) => href.startsWith('#'));
    expect(inPage.length).toBeGreaterThan(quotes.length);
    for (const href of new Set(inPage)) {
      expect(await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).count(), href).toBe(1);
    }
    expect(links.filter((href) => !href.startsWith('#') && !/^https?:\/\//.test(href))).toEqual([]);
    for (const href of await hrefs(page, '#downloads a')) {
      expect(href).toMatch(new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/beijing-two-voices@${version}/dist/`));
    }
  });
});

describe('with scripting on', () => {
  itInChromium('draws each quote once: every quote id is in the page once', async () => {
    const { page, problems } = await openPage(browser());
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    for (const quote of quotes)
      expect(
        ids.filter((id) => id === quote.id),
        quote.id,
      ).toHaveLength(1);
    expect(await page.locator('article.quote').count()).toBe(quotes.length);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the timeline of the two voices', () => {
  const marks = (page: Page) =>
    page.locator('#timeline svg a.tl-mark').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href'),
        voice: anchor.classList.contains('voice-external') ? 'external' : 'internal',
        name: anchor.getAttribute('aria-label') ?? '',
        inLane: anchor.getBoundingClientRect().top,
      })),
    );

  itInChromium(
    'has one mark per dated quote of the table, in its voice’s lane, each named and leading to its quote',
    async () => {
      const { page } = await openPage(browser());
      const svg = page.locator('#timeline svg');
      expect(await svg.locator('> title').textContent()).not.toBe('');
      expect(await svg.locator('> desc').textContent()).toContain(String(dated.length));
      const drawn = await marks(page);
      expect(drawn.map((mark) => mark.href).sort()).toEqual(dated.map((quote) => `#${quote.id}`).sort());
      for (const mark of drawn) {
        const quote = dated.find((candidate) => `#${candidate.id}` === mark.href);
        expect(mark.voice, mark.href ?? '').toBe(quote?.voice);
        expect(mark.name, mark.href ?? '').toMatch(/\d{4}/);
      }
      // the external lane is above the internal one
      const lowestExternal = Math.max(...drawn.filter((mark) => mark.voice === 'external').map((mark) => mark.inLane));
      const highestInternal = Math.min(...drawn.filter((mark) => mark.voice === 'internal').map((mark) => mark.inLane));
      expect(lowestExternal).toBeLessThan(highestInternal);
      expect(await page.locator('#timeline table tbody tr').count()).toBe(dated.length);
      // the last mark drawn, followed, shows its quote highlighted
      const last = drawn[drawn.length - 1].href ?? '';
      await page.locator(`#timeline a.tl-mark[href="${last}"]`).click();
      const card = page.locator(`article.quote[id="${last.slice(1)}"]`);
      await expect.poll(() => card.getAttribute('class')).toMatch(/\bis-target\b/);
      expect(await isInViewport(card)).toBe(true);
    },
  );

  itInChromium('shows only the quotes the filters let through', async () => {
    const theme = themes.find((candidate) => dated.some((quote) => quote.theme === candidate.id)) ?? themes[0];
    const { page } = await openPage(browser(), { hash: `#theme=${theme.id}` });
    const shown = await page
      .locator('#timeline a.tl-mark:visible')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(shown.sort()).toEqual(
      dated
        .filter((quote) => quote.theme === theme.id)
        .map((quote) => `#${quote.id}`)
        .sort(),
    );
  });
});

describe('the timeline on a phone, 375 px wide', () => {
  const width = 375;
  /** Per voice, how far right of the chart's visible part its nearest mark's centre is: 0 when one is in view. */
  const distanceToMarks = (page: Page) =>
    page.locator('#timeline .timeline-scroll').evaluate((scroller) => {
      const names = scroller.querySelector('.timeline-lanes')?.getBoundingClientRect();
      const from = names?.right ?? 0;
      const to = scroller.getBoundingClientRect().left + scroller.clientWidth;
      const distance: Record<string, number> = {};
      for (const voice of ['external', 'internal']) {
        const centres = [...scroller.querySelectorAll(`a.tl-mark.voice-${voice}`)].map((mark) => {
          const box = mark.getBoundingClientRect();
          return box.left + box.width / 2;
        });
        const inView = centres.some((x) => x >= from && x <= to);
        distance[voice] = inView ? 0 : Math.min(...centres.map((x) => x - to).filter((d) => d > 0));
      }
      return distance;
    });
  /** The fade over the chart's right edge, drawn where it scrolls. */
  const fade = (page: Page) =>
    page.locator('#timeline .timeline-view').evaluate((view) => {
      const style = view.ownerDocument.defaultView?.getComputedStyle(view, '::after');
      return { content: style?.content, opacity: Number(style?.opacity) };
    });
  /** Whether the element at each lane name's middle is that name, not a mark scrolled over it. */
  const namesOnTop = (page: Page) =>
    page.locator('#timeline text.tl-lane-name').evaluateAll((names) =>
      names.map((name) => {
        const box = name.getBoundingClientRect();
        const found = name.ownerDocument.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return found === name && box.left >= (name.closest('.timeline-scroll')?.getBoundingClientRect().left ?? 0);
      }),
    );

  for (const javaScriptEnabled of [false, true]) {
    itInChromium(
      `shows a mark of each voice, or says it scrolls to one a screen away, lane names kept in view (scripting ${javaScriptEnabled ? 'on' : 'off'})`,
      async () => {
        const { page } = await openPage(browser(), { width, height: 800, javaScriptEnabled });
        await page.locator('#timeline').scrollIntoViewIfNeeded();
        const scroller = page.locator('#timeline .timeline-scroll');
        expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
        const before = await distanceToMarks(page);
        for (const voice of ['external', 'internal']) expect(before[voice], voice).toBeLessThanOrEqual(width);
        if (Object.values(before).some((distance) => distance > 0)) {
          // the cue: words saying so above the chart, and a fade over its right edge
          expect(await page.locator('#timeline .timeline-hint').isVisible()).toBe(true);
          expect(await page.locator('#timeline .timeline-hint').textContent()).toMatch(/scroll/i);
          expect(await fade(page)).toMatchObject({ content: '""' });
          expect((await fade(page)).opacity).toBeGreaterThan(0.5);
        }
        mkdirSync('test-results', { recursive: true });
        await page.locator('#timeline').screenshot({ path: 'test-results/explorer-phone-timeline.png' });
        expect(await namesOnTop(page)).toEqual([true, true]);
        // one screen's width to the right: a mark of each voice in view, the lane names still there
        await scroller.evaluate((element, by) => element.scrollBy({ left: by, behavior: 'instant' }), width);
        expect(await distanceToMarks(page)).toEqual({ external: 0, internal: 0 });
        expect(await namesOnTop(page)).toEqual([true, true]);
        // at the end the fade is gone, as nothing more is to the right
        await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth, behavior: 'instant' }));
        await expect.poll(async () => (await fade(page)).opacity).toBeLessThan(0.05);
      },
    );
  }

  itInChromium('lines the lane names up with their lanes, and offers no cue where the chart fits', async () => {
    for (const viewportWidth of [width, 1280]) {
      const { page } = await openPage(browser(), { width: viewportWidth });
      const heights = await page
        .locator('#timeline .timeline-frame > svg')
        .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().height));
      expect(heights).toHaveLength(2);
      expect(Math.abs(heights[0] - heights[1]), String(viewportWidth)).toBeLessThan(1);
      expect(await page.locator('#timeline .timeline-hint').isVisible()).toBe(viewportWidth === width);
    }
  });
});

describe('a shared view', () => {
  itInChromium('of a theme opens at the quotes it shows', async () => {
    const theme = themes[themes.length - 1];
    const { page } = await openPage(browser(), { hash: `#theme=${theme.id}` });
    const first = contrast.find((quote) => quote.theme === theme.id);
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(0);
    expect(await isInViewport(page.locator(`section.theme[id="${theme.id}"] > h3`))).toBe(true);
    expect(await isInViewport(page.locator(`article.quote[id="${first?.id}"]`))).toBe(true);
  });
});

interface JsonLd {
  '@type': string;
  name: string;
  version: string;
  license: string;
  creator: { name: string }[];
  isBasedOn: { name: string; url: string };
  keywords: string[];
  distribution: { contentUrl: string; encodingFormat: string; name: string }[];
}

describe('the dataset’s description for search engines', () => {
  itInChromium('is schema.org JSON-LD naming every download at its address for this version', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    const text = await page.locator('head script[type="application/ld+json"]').textContent();
    const description = JSON.parse(text ?? '') as JsonLd;
    expect(description['@type']).toBe('Dataset');
    expect(description.version).toBe(version);
    expect(description.license).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
    expect(description.creator.map((creator) => creator.name)).toEqual(['beijing-two-voices contributors']);
    expect(description.isBasedOn.url).toBe(readDist<{ url: string }>('json/report.json').url);
    expect(description.keywords.length).toBeGreaterThan(0);
    const downloads = await hrefs(page, '#downloads a');
    expect(description.distribution.map((file) => file.contentUrl).sort()).toEqual([...downloads].sort());
    for (const file of description.distribution) expect(file.encodingFormat, file.name).toMatch(/^[a-z]+\/[\w.+-]+$/);
  });
});

describe('on paper', () => {
  itInChromium('prints the two-voices table side by side, without the controls', async () => {
    const { page } = await openPage(browser(), { width: 800 });
    await page.emulateMedia({ media: 'print' });
    expect(await shownQuoteIds(page)).toEqual(contrast.map((quote) => quote.id));
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await page.locator('#downloads').isVisible()).toBe(false);
    const theme = page.locator('section.theme').first();
    const external = await theme.locator('section.voice[data-voice="external"]').boundingBox();
    const internal = await theme.locator('section.voice[data-voice="internal"]').boundingBox();
    expect(internal?.x ?? 0).toBeGreaterThanOrEqual((external?.x ?? 0) + (external?.width ?? 0));
  });

  itInChromium('shows every endnote and every takeaway’s quotes, closed on screen, and no button', async () => {
    const { page } = await openPage(browser());
    expect(await page.locator('details:not([open])').count()).toBeGreaterThan(endnotes.length);
    expect(await page.locator('details.endnote > p').first().isVisible()).toBe(false);
    expect(await page.locator('button:visible').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['details.endnote > p', 'details.takeaway-quotes > article.quote']) {
      const hidden = await page
        .locator(selector)
        .evaluateAll((elements) =>
          elements.filter((element) => !element.checkVisibility()).map((element) => element.textContent),
        );
      expect(hidden, selector).toEqual([]);
    }
    expect(await page.locator('button:visible, input:visible, select:visible').count()).toBe(0);
  });

  itInChromium('opens every closed list and note for printing, and closes them again after', async () => {
    const { page } = await openPage(browser());
    const open = () => page.locator('details').evaluateAll((all) => all.map((details) => details.hasAttribute('open')));
    const before = await open();
    expect(before).toContain(false);
    await page.evaluate("window.dispatchEvent(new Event('beforeprint'))");
    expect(await open()).not.toContain(false);
    await page.evaluate("window.dispatchEvent(new Event('afterprint'))");
    expect(await open()).toEqual(before);
  });

  for (const javaScriptEnabled of [false, true]) {
    itWith(
      [chromiumPath, 'pdftotext'],
      `prints to PDF every endnote’s text and no button’s label (scripting ${javaScriptEnabled ? 'on' : 'off'})`,
      async () => {
        const { page } = await openPage(browser(), { javaScriptEnabled });
        const labels = await openPage(browser()).then(({ page: scripted }) =>
          scripted
            .locator('button')
            .evaluateAll((buttons) => buttons.map((button) => button.textContent?.trim() ?? '')),
        );
        expect(labels).toEqual(expect.arrayContaining(['Cite', 'Cite the report', 'Clear filters']));
        const folder = mkdtempSync(join(tmpdir(), 'explorer-print-'));
        try {
          const pdf = join(folder, 'explorer.pdf');
          writeFileSync(pdf, await page.pdf({ format: 'A4' }));
          // -raw: in the order the page draws, so that the two voices' columns do not interleave and no hyphen is dropped
          const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
          const joined = text.replace(/\s+/g, '');
          const missing = endnotes.filter((endnote) => !joined.includes(endnote.text.replace(/\s+/g, '')));
          expect(missing.map((endnote) => endnote.id)).toEqual([]);
          const words = ` ${text.replace(/\s+/g, ' ')} `;
          for (const label of new Set(labels)) expect(words, label).not.toContain(` ${label} `);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    );
  }
});

describe('axe-core', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      itInChromium(`finds no violation, ${colorScheme} scheme, ${width} px wide`, async () => {
        const { page } = await openPage(browser(), { colorScheme, width, bypassCSP: true });
        await page.addScriptTag({ content: axe.source });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} } })
             .then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')))`,
        )) as string[];
        expect(violations).toEqual([]);
      });
    }
  }
});
