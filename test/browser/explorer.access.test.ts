/**
 * The explorer without a mouse and with a screen reader: landmarks and labels, keyboard paths, visible
 * focus, colour contrast (WCAG AA, light and dark), Chinese marked as such, and a layout that stacks.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { chromiumForTests, isFocused, isInViewport, itInChromium, openPage } from './browser.js';

const browser = chromiumForTests();

/** Every visible piece of text whose contrast with what is behind it is under WCAG AA. */
function lowContrastTexts(page: Page): Promise<string[]> {
  return page.locator('body').evaluate((body) => {
    const view = body.ownerDocument.defaultView;
    const rgba = (color: string) => {
      const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const linear = (value: number) => {
      const s = value / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: { r: number; g: number; b: number }) =>
      0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
    const backgroundOf = (element: typeof body) => {
      for (let node: typeof body | null = element; node; node = node.parentElement) {
        const color = rgba(view.getComputedStyle(node).backgroundColor);
        if (color.a > 0) return color;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const transparent = (element: typeof body) => {
      for (let node: typeof body | null = element; node; node = node.parentElement) {
        if (Number(view.getComputedStyle(node).opacity) === 0) return true;
      }
      return false;
    };
    const failures: string[] = [];
    for (const element of body.querySelectorAll('*')) {
      const text = [...element.childNodes]
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent)
        .join('')
        .trim();
      const box = element.getBoundingClientRect();
      const style = view.getComputedStyle(element);
      if (text === '' || box.width === 0 || box.bottom + view.scrollY <= 0 || style.visibility !== 'visible') continue;
      if (transparent(element)) continue;
      const [lighter, darker] = [luminance(rgba(style.color)), luminance(backgroundOf(element))].sort((a, b) => b - a);
      const ratio = (lighter + 0.05) / (darker + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push(`${element.tagName} ${ratio.toFixed(2)}:1 “${text.slice(0, 40)}”`);
    }
    return failures;
  });
}

const openEverything = (page: Page) =>
  page.locator('details').evaluateAll((panels) => {
    for (const panel of panels) panel.setAttribute('open', '');
  });

describe('structure', () => {
  itInChromium('has the landmarks, one h1, unique ids and a label on every control', async () => {
    const { page } = await openPage(browser());
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    for (const role of ['banner', 'main', 'navigation', 'search', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count(), role).toBeGreaterThan(0);
    }
    expect(await page.locator('h1').count()).toBe(1);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const unlabelled = await page
      .locator('select, input:not([type="radio"])')
      .evaluateAll((controls) =>
        controls.filter((control) => control.labels.length === 0).map((control) => control.id),
      );
    expect(unlabelled).toEqual([]);
  });

  itInChromium('marks Chinese text as Chinese', async () => {
    const { page } = await openPage(browser());
    const unmarked = await page.locator('body').evaluate((body) => {
      const walker = body.ownerDocument.createTreeWalker(body, 4);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style')) continue;
        if (/\p{Script=Han}/u.test(node.textContent ?? '') && !parent.closest('[lang|="zh"]')) {
          found.push((node.textContent ?? '').slice(0, 40));
        }
      }
      return found;
    });
    expect(unmarked).toEqual([]);
  });
});

describe('keyboard', () => {
  itInChromium('reaches the skip link first, which jumps to the quotes, then the filters in order', async () => {
    const { page } = await openPage(browser());
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await isFocused(skip)).toBe(true);
    expect(await isInViewport(skip)).toBe(true);
    // the page follows the new address on hashchange, focusing the quotes again: tab on only once it has
    await page.evaluate(
      "void (window.followed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true })))",
    );
    await page.keyboard.press('Enter');
    await page.evaluate('window.followed');
    expect(await isFocused(page.locator('#two-voices'))).toBe(true);
    const filters = ['filter-theme', 'filter-voice', 'filter-speaker', 'filter-search'];
    const reached: string[] = [];
    for (let press = 0; press < 12 && reached.length < filters.length; press += 1) {
      await page.keyboard.press('Tab');
      const id = (await page.evaluate('document.activeElement.id')) as string;
      if (filters.includes(id)) reached.push(id);
    }
    expect(reached).toEqual(filters);
  });

  itInChromium('shows where the focus is', async () => {
    const { page } = await openPage(browser());
    await page.locator('#filter-voice').focus();
    await page.keyboard.press('Shift+Tab');
    const outline = await page.locator('#filter-theme').evaluate((element) => {
      const style = element.ownerDocument.defaultView.getComputedStyle(element);
      return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
    });
    expect(outline.outlineStyle).not.toBe('none');
    expect(Number.parseFloat(outline.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('contrast', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    itInChromium(`meets WCAG AA for all text, ${colorScheme} scheme`, async () => {
      const { page } = await openPage(browser(), { colorScheme });
      await openEverything(page);
      expect(await lowContrastTexts(page)).toEqual([]);
    });
  }
});

describe('layout', () => {
  const columns = async (page: Page) => {
    const theme = page.locator('section.theme').first();
    const external = await theme.locator('section.voice[data-voice="external"]').boundingBox();
    const internal = await theme.locator('section.voice[data-voice="internal"]').boundingBox();
    if (!external || !internal) throw new Error('a voice column is not shown');
    return { external, internal };
  };

  itInChromium('sets the two voices side by side on a wide screen', async () => {
    const { page } = await openPage(browser(), { width: 1280 });
    const { external, internal } = await columns(page);
    expect(internal.x).toBeGreaterThanOrEqual(external.x + external.width);
    expect(Math.abs(internal.y - external.y)).toBeLessThan(1);
  });

  itInChromium('stacks them on a narrow one, with nothing wider than the screen', async () => {
    const { page } = await openPage(browser(), { width: 390 });
    const { external, internal } = await columns(page);
    expect(internal.y).toBeGreaterThanOrEqual(external.y + external.height);
    const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
