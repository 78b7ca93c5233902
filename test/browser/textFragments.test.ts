/**
 * The links into the report, opened in a real browser: Chromium's own text-fragment matching highlights the
 * passage each link is for, and only there, on the report rendered from its text by pandoc (as written, with links
 * shown as their URL, as the records hold them), served at a stand-in address so that nothing is fetched. The
 * highlight is painted magenta and found in a screenshot of the passage with a margin around it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, vi } from 'vitest';
import type { Endnote, Quote, Takeaway } from '../../schema/index.js';
import { hasProgram, itWith } from '../helpers/optionalPrograms.js';
import { pngPixels } from '../helpers/pngPixels.js';
import { reportUrl } from '../helpers/report.js';
import { chromiumForTests, chromiumPath, hasChromium, readDist } from './browser.js';

const standIn = 'https://report.test/';
const magenta = '::target-text { background: #ff00ff; color: #ff00ff; }';

const takeaways = readDist<Takeaway[]>('json/takeaways.json');
const quotes = readDist<Quote[]>('json/quotes.json');
const endnotes = readDist<Endnote[]>('json/endnotes.json');

/** Where a record's words are on the page: the text before them to find their block, and the words. */
interface Target {
  id: string;
  link: string;
  /** Text from the start of the block up to the words. */
  lead: string;
  /** The words, or for a long passage its end, searched after the lead. */
  last: string;
  /** Whether `last` is only the end of the passage, which starts right after the lead. */
  fromLead: boolean;
  /** The kind of element of the block that the lead starts, if the words are searched from one. */
  block: 'p' | 'li' | null;
}

const targets: Target[] = [
  ...takeaways.map((t) => ({
    id: t.id,
    link: t.reportLink,
    lead: `${t.number} `,
    last: t.text.slice(-20),
    fromLead: true,
    block: 'p' as const,
  })),
  ...endnotes.map((e) => ({
    id: e.id,
    link: e.reportLink,
    lead: `${e.number} `,
    last: e.text.slice(-12),
    fromLead: true,
    block: 'li' as const,
  })),
  ...quotes.map((q) => ({
    id: q.id,
    link: q.reportLink,
    lead: q.takeaway === null ? `${q.audience}: “` : `${q.takeaway} `,
    last: q.takeaway === null ? `${q.text}”${q.endnote}` : `“${q.text}”`,
    fromLead: false,
    block: q.takeaway === null ? null : ('p' as const),
  })),
];

function renderedReport(): string {
  const html = spawnSync(
    'pandoc',
    ['-f', 'markdown-smart', '-t', 'html5', '-s', '--wrap=none', '--metadata', 'title=report'],
    {
      input: readFileSync(reportUrl, 'utf8'),
      encoding: 'utf8',
    },
  ).stdout;
  return html
    .replace(/<a href="([^"]*)"([^>]*)>[\s\S]*?<\/a>/g, '<a href="$1"$2>$1</a>')
    .replace('</head>', `<style>${magenta} body { max-width: 60rem; }</style></head>`);
}

/** In the page: the box of a passage, in page coordinates, found in the DOM independently of the link. */
const passageBoxInPage = `({ lead, last, fromLead, blockKind, takeawayQuote }) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  const block = blockKind ? [...document.querySelectorAll(blockKind)].find((element) => element.textContent.startsWith(lead)) : null;
  const blockStart = block ? text.indexOf(block.textContent) : 0;
  const at = text.indexOf(last, blockStart);
  if (at < 0) return null;
  const superscript = (last.match(/\\d+$/) || [''])[0].length;
  const start = fromLead ? blockStart + lead.length : at + (takeawayQuote ? 1 : 0);
  const end = fromLead ? at + last.length : at + last.length - (takeawayQuote ? 1 : superscript + 1);
  const point = (offset) => {
    const found = [...nodes].reverse().find((candidate) => candidate.start <= offset);
    return { node: found.node, offset: offset - found.start };
  };
  const range = document.createRange();
  const [from, to] = [point(start), point(end)];
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  return {
    left: Math.min(...rects.map((rect) => rect.left)) + scrollX,
    top: Math.min(...rects.map((rect) => rect.top)) + scrollY,
    right: Math.max(...rects.map((rect) => rect.right)) + scrollX,
    bottom: Math.max(...rects.map((rect) => rect.bottom)) + scrollY,
  };
}`;

type Box = { left: number; top: number; right: number; bottom: number };

function passageBox(page: Page, target: Target): Promise<Box | null> {
  const args = { ...target, blockKind: target.block, takeawayQuote: /^q-t/.test(target.id) };
  return page.evaluate(`(${passageBoxInPage})(${JSON.stringify(args)})`) as Promise<Box | null>;
}

/** The box of the highlighted (magenta) pixels in a region of the page, or null when there are none. */
async function highlightIn(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const { width, height, channels, data } = pngPixels(await page.screenshot({ clip, fullPage: true }));
  let box: { left: number; top: number; right: number; bottom: number } | null = null;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * channels;
      if (data[i] < 230 || data[i + 1] > 40 || data[i + 2] < 230) continue;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x + 1),
            bottom: Math.max(box.bottom, y + 1),
          }
        : { left: x, top: y, right: x + 1, bottom: y + 1 };
    }
  }
  return (
    box && { left: box.left + clip.x, top: box.top + clip.y, right: box.right + clip.x, bottom: box.bottom + clip.y }
  );
}

const browser = chromiumForTests();

describe('in Chromium, each link into the report highlights exactly the passage of its record', () => {
  let page: Page;
  beforeAll(async () => {
    if (!hasProgram('pandoc') || !hasChromium) return;
    const html = renderedReport();
    const context = await browser().newContext({ viewport: { width: 1000, height: 800 } });
    page = await context.newPage();
    await page.route(`${standIn}**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  });

  const margin = 40;
  for (const target of targets) {
    itWith(['pandoc', chromiumPath], target.id, async () => {
      await page.goto('about:blank');
      await page.goto(`${standIn}${target.link.slice(target.link.indexOf('#'))}`);
      const expected = await passageBox(page, target);
      if (!expected) throw new Error(`${target.id}: the passage is not on the rendered page`);
      // the passage with a margin around it: a highlight that starts or ends elsewhere shows at its edge
      const clip = {
        x: Math.max(0, expected.left - margin),
        y: Math.max(0, expected.top - margin),
        width: expected.right - expected.left + 2 * margin,
        height: expected.bottom - expected.top + 2 * margin,
      };
      // Chromium paints the highlight some frames after the page has loaded: wait until it shows there
      const highlighted = await vi.waitFor(
        async () => {
          const box = await highlightIn(page, clip);
          if (!box) throw new Error(`${target.id}: nothing highlighted there`);
          return box;
        },
        { timeout: 10_000, interval: 50 },
      );
      for (const side of ['left', 'top', 'right', 'bottom'] as const) {
        expect(Math.abs(highlighted[side] - expected[side]), side).toBeLessThanOrEqual(4);
      }
    });
  }
});
