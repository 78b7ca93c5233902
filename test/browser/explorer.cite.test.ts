/**
 * The explorer's "Cite" buttons: what reaches the clipboard, with and without the Clipboard API.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { Quote, Report } from '../../schema/index.js';
import { chromiumForTests, itInChromium, openPage, readDist } from './browser.js';

const quotes = readDist<Quote[]>('json/quotes.json');
const report = readDist<Report>('json/report.json');

/** The entry of a BibTeX file whose key is the record id, as the citation files key them. */
function bibtexEntry(path: string, id: string): string | undefined {
  return readDist<string>(path)
    .split(/\n(?=@)/)
    .map((entry) => entry.trim())
    .find((entry) => new RegExp(`^@\\w+\\{${id},`).test(entry));
}

function cslItem(path: string, id: string): unknown {
  return readDist<{ id: string }[]>(path).find((item) => item.id === id);
}

// what reaches the clipboard is kept in window.copied, through the API or through a copy event
const recordWriteText = `
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text) => { window.copied = text; } },
  });`;
const withoutClipboardApi = `
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  document.addEventListener('copy', () => {
    const field = document.activeElement;
    window.copied = field.value.slice(field.selectionStart, field.selectionEnd);
  });`;

const copied = (page: Page) => page.evaluate('window.copied') as Promise<string | undefined>;

const browser = chromiumForTests();

describe('Cite', () => {
  const quote = quotes.filter((candidate) => candidate.context === 'contrast' && candidate.source !== null).at(-1);

  itInChromium('copies the BibTeX entry of the quote’s cited work, from the keyboard, and says so', async () => {
    expect(quote).toBeDefined();
    const { page } = await openPage(browser(), { initScript: recordWriteText });
    await page.locator(`article.quote[id="${quote?.id}"] button.cite`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied the BibTeX citation');
    expect(await page.locator('#copy-status').isVisible()).toBe(true);
    expect(await copied(page)).toBe(bibtexEntry('citations/sources.bib', quote?.source ?? ''));
  });

  itInChromium('copies the CSL-JSON item instead when that format is chosen', async () => {
    const { page } = await openPage(browser(), { initScript: recordWriteText });
    await page.getByLabel('CSL-JSON').check();
    await page.locator(`article.quote[id="${quote?.id}"] button.cite`).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied the CSL-JSON citation');
    expect(JSON.parse((await copied(page)) ?? 'null')).toEqual(
      cslItem('citations/sources.csl.json', quote?.source ?? ''),
    );
  });

  itInChromium('still copies where the Clipboard API is missing, as on some pages opened from disk', async () => {
    const { page } = await openPage(browser(), { initScript: withoutClipboardApi });
    await page.locator(`article.quote[id="${quote?.id}"] button.cite`).click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('Copied the BibTeX citation');
    expect(await copied(page)).toBe(bibtexEntry('citations/sources.bib', quote?.source ?? ''));
  });

  itInChromium('is offered for every quote with a cited work, and for the report', async () => {
    const { page } = await openPage(browser(), { initScript: recordWriteText });
    for (const candidate of quotes) {
      const buttons = page.locator(`article.quote[id="${candidate.id}"] button.cite`);
      expect(await buttons.count(), candidate.id).toBe(candidate.source === null ? 0 : 1);
    }
    await page.getByRole('button', { name: 'Cite the report' }).click();
    expect(await copied(page)).toBe(bibtexEntry('citations/report.bib', report.id));
    // the report's title holds double quotes: inside the message's own, they turn single, as the report has them
    const status = await page.locator('#copy-status').textContent();
    expect(status).toContain(`“${report.title.replaceAll('“', '‘').replaceAll('”', '’')}”`);
  });
});
