/**
 * The explorer's downloads: every data file of dist/, linked at its address for this version; the JSON files of
 * records also made in the page from the records it holds, so that they download with the bytes of dist/ even from
 * the page copied alone into an empty folder.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect } from 'vitest';
import { chromiumForTests, distDir, explorerFile, itInChromium, openPage } from './browser.js';

const browser = chromiumForTests();
const alone = mkdtempSync(join(tmpdir(), 'btv-explorer-alone-'));
afterAll(() => {
  rmSync(alone, { recursive: true, force: true });
});

/**
 * Clicks a download link and waits for the download. Headless Chromium now and then drops one of many
 * downloads clicked in a row from a page, so a click that starts none is tried again, twice at most.
 */
async function clickToDownload(page: Page, link: Locator): Promise<Download> {
  for (let attempt = 1; ; attempt++) {
    const started = page.waitForEvent('download', { timeout: 5_000 });
    await link.click();
    try {
      return await started;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const listed = (folder: string, pattern: RegExp) =>
  readdirSync(join(distDir, folder))
    .filter((name) => pattern.test(name))
    .map((name) => `${folder}/${name}`);

/** Every file of dist/ but the package's code, the page itself and the checksums written after it. */
const dataFiles = () =>
  readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !/^(cjs|esm|zod|explorer)\//.test(path) && path !== 'SHA256SUMS');

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const addressOf = (path: string) => `https://cdn.jsdelivr.net/npm/beijing-two-voices@${version}/dist/${path}`;

describe('downloads', () => {
  itInChromium('with scripting off, link every data file of dist/ at its address for this version', async () => {
    const opened = await openPage(browser(), { javaScriptEnabled: false });
    const links = await opened.page
      .locator('#downloads a')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.getAttribute('data-path') ?? '', anchor.getAttribute('href')]),
      );
    expect(links.map(([path]) => path).sort()).toEqual(dataFiles().sort());
    for (const [path, href] of links) expect(href, path).toBe(addressOf(path));
  });

  itInChromium(
    'from the page alone in an empty folder, every JSON file of records downloads with the bytes it has in dist/',
    async () => {
      const page = join(alone, 'index.html');
      copyFileSync(explorerFile, page);
      expect(readdirSync(alone)).toEqual(['index.html']);
      const opened = await openPage(browser(), { file: page });
      const links = opened.page.locator('#downloads a[href^="blob:"]');
      const paths = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => anchor.getAttribute('data-path') ?? ''),
      );
      const expected = listed('json', /\.json$/);
      expect(expected.length).toBeGreaterThan(0);
      expect([...paths].sort()).toEqual([...expected].sort());
      for (const [i, path] of paths.entries()) {
        const download = await clickToDownload(opened.page, links.nth(i));
        expect(download.suggestedFilename(), path).toBe(path.slice(path.lastIndexOf('/') + 1));
        const saved = await download.path();
        expect(readFileSync(saved).equals(readFileSync(join(distDir, path))), path).toBe(true);
      }
      expect(opened.requests.filter((url) => !url.startsWith('blob:') && url !== opened.url)).toEqual([]);
      expect(opened.problems).toEqual([]);
    },
  );
});
