import { escapeHtml } from './html.js';

/**
 * Fills {{name}} with escaped text and {{{name}}} with markup, in one pass so that no record's text is read as a
 * slot, then the empty <style> and <script> elements with their contents.
 */
export function fillTemplate(
  template: string,
  text: Record<string, string>,
  markup: Record<string, string>,
  contents: Record<string, string>,
): string {
  // one of the two groups matches: raw for {{{name}}}, else plain
  const withText = template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, raw: string | undefined, plain: string) => {
    if (raw !== undefined) {
      if (!(raw in markup)) throw new Error(`explorer template: no markup for {{{${raw}}}}`);
      return markup[raw];
    }
    if (!(plain in text)) throw new Error(`explorer template: no value for {{${plain}}}`);
    return escapeHtml(text[plain]);
  });
  return withText.replace(/(<(style|script)[^>]*>)(<\/\2>)/g, (_, open: string, __, close: string) => {
    const id = /id="([^"]+)"/.exec(open)?.[1] ?? open.slice(1, -1);
    if (!(id in contents)) throw new Error(`explorer template: nothing to put in ${open}`);
    return `${open}${contents[id]}${close}`;
  });
}
