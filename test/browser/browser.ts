import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { freshDist } from '../helpers/freshDist.js';
import { hasProgram, itWith } from '../helpers/optionalPrograms.js';

/** The dist/ built from data/ for this test run, not the committed one; ends with a slash. */
export const distDir = `${freshDist()}/`;
export const explorerFile = join(distDir, 'explorer', 'index.html');

export function readDist<T>(path: string): T {
  const text = readFileSync(`${distDir}${path}`, 'utf8');
  return (path.endsWith('.json') ? JSON.parse(text) : text) as T;
}

/** Debian's chromium, as CI installs it; nothing is downloaded. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = hasProgram(chromiumPath);

/** A test that needs the browser: skipped naming chromium where it is missing (a failure in CI). */
export function itInChromium(name: string, test: () => unknown | Promise<unknown>): void {
  itWith([chromiumPath], name, test);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Chromium for the tests of one file: launched before them where it is present, closed after them. */
export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (hasChromium) browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error(`Chromium was not launched: ${chromiumPath} is missing`);
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  url: string;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[];
}

interface OpenOptions {
  hash?: string;
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Script run before the page's own, as source text since it runs in the browser. */
  initScript?: string;
  file?: string;
  /** false: as a reader with scripting off sees the page. */
  javaScriptEnabled?: boolean;
  /** Lets a test add a script (axe-core) that the page's own policy would refuse. */
  bypassCSP?: boolean;
}

/** Opens the page from disk in a fresh context, recording its requests and problems. */
export async function openPage(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const { hash = '', width = 1280, height = 900, colorScheme = 'light', initScript, file = explorerFile } = options;
  const { javaScriptEnabled = true, bypassCSP = false } = options;
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled, bypassCSP });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  if (initScript) await page.addInitScript({ content: initScript });
  const url = pathToFileURL(file).href;
  await page.goto(`${url}${hash}`);
  return { page, url, requests, problems };
}

/** Ids of the quotes shown in the two-voices section, top to bottom. */
export function shownQuoteIds(page: Page): Promise<string[]> {
  return page
    .locator('#two-voices article.quote:visible')
    .evaluateAll((articles) => articles.map((article) => article.id));
}

/** Whether any part of the element is inside the viewport. */
export async function isInViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  return box.y < viewport.height && box.y + box.height > 0 && box.x < viewport.width && box.x + box.width > 0;
}

/** Whether the whole element is inside the viewport, top to bottom. */
export async function isWhollyInViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}

/**
 * Whether the element is in view as much as it can be: wholly, or, taller than the viewport (a quote card with many
 * notes), from its top, which stands in the viewport's upper half, the rest filling the viewport below it.
 */
export async function isInViewFromTop(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  if (box.height <= viewport.height) return isWhollyInViewport(locator);
  return box.y >= 0 && box.y < viewport.height / 2 && box.y + box.height > viewport.height;
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}
