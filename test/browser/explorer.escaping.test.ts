/**
 * The explorer built from texts that look like markup: they must show as text, run nothing and fetch
 * nothing. Built from the valid fixture, without the citation and CSV files, which the page must also bear.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { exportExplorer } from '../../scripts/exporters/explorer.js';
import { createDataset } from '../../scripts/lib/createDataset.js';
import { insertionsOf, isElided } from '../../scripts/lib/quoteText.js';
import { validateData } from '../../scripts/validateData.js';
import { validFixture } from '../helpers/runScript.js';
import { chromiumForTests, itInChromium, openPage } from './browser.js';

const markup = `</script><script>window.pwned = 1</script><img src="x" onerror="window.pwned = 2"><!-- & “q” 'a' {{title}} $& $1`;

function hostileDataset() {
  const validation = validateData(validFixture);
  if (!validation.ok) throw new Error('the valid fixture is not valid');
  const dataset = createDataset(validation.data, '1.0.0');
  dataset.report.title = `A <b>Report</b> & {{version}} $&`;
  const quote = dataset.quotes.find((candidate) => candidate.context === 'contrast');
  if (!quote) throw new Error('the fixture has no contrast quote');
  quote.text = `[${markup}] said ... ${markup}`;
  quote.insertions = insertionsOf(quote.text);
  quote.elided = isElided(quote.text);
  quote.attribution = markup;
  dataset.endnotes[0].text = `${markup} https://example.org/a?b=<c>`;
  dataset.annotations[0].note = markup;
  return { dataset, quote };
}

const browser = chromiumForTests();

describe('texts that look like markup', () => {
  const { dataset, quote } = hostileDataset();
  const [page] = exportExplorer(dataset, new Map());
  const file = join(mkdtempSync(join(tmpdir(), 'btv-explorer-')), 'index.html');
  writeFileSync(file, page.contents);

  itInChromium('build the same bytes twice', () => {
    expect(exportExplorer(dataset, new Map())).toEqual([page]);
  });

  itInChromium('show as text, run nothing and request nothing', async () => {
    const { page: tab, url, requests, problems } = await openPage(browser(), { file });
    expect(problems).toEqual([]);
    expect(requests.filter((request) => request !== url && !request.startsWith('data:'))).toEqual([]);
    expect(await tab.evaluate('window.pwned')).toBeUndefined();
    expect(await tab.locator('img').count()).toBe(0);
    expect(await tab.title()).toBe(`${dataset.report.title}: quote explorer`);
    expect(await tab.locator('h1').textContent()).toBe(dataset.report.title);
    const card = tab.locator(`article.quote[id="${quote.id}"]`);
    expect(await card.locator('blockquote').textContent()).toBe(quote.text);
    expect(await card.locator('ins.insertion').allTextContents()).toEqual(quote.insertions.map((text) => `[${text}]`));
    expect(await card.locator('figcaption .attribution').textContent()).toBe(markup);
    expect(await tab.locator('details.endnote > p').first().textContent()).toBe(dataset.endnotes[0].text);
    expect(await tab.locator('aside.annotation').first().textContent()).toContain(markup);
  });

  itInChromium(
    'without the files of the exporters before it, offer no downloads, still cite from the records, and work',
    async () => {
      const { page: tab, problems } = await openPage(browser(), { file });
      // the citations are made from the records by the functions that write dist/citations/, not read from there
      expect(await tab.locator('button.cite').count()).toBeGreaterThan(0);
      expect(await tab.locator('#cite-format').isHidden()).toBe(false);
      expect(await tab.locator('#downloads a').count()).toBe(0);
      expect(problems).toEqual([]);
    },
  );
});
