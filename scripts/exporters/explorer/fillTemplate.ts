import { escapeHtml } from './html.js';

/**
 * Fills {{name}} with escaped text, {{{name}}} with markup and the empty <style> and <script> elements with their
 * contents, in one pass so that nothing filled in is read as a slot. The page comes back in parts, the template's
 * between what fills it: joined into one string, a page of many records would pass the longest string V8 holds.
 */
export function fillTemplate(
  template: string,
  text: Record<string, string>,
  markup: Record<string, string>,
  contents: Record<string, string>,
): string[] {
  const parts: string[] = [];
  let end = 0;
  // one of the three matches: raw for {{{name}}}, plain for {{name}}, open (and close) for an empty element
  for (const found of template.matchAll(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}|(<(style|script)[^>]*>)(<\/\4>)/g)) {
    const [slot, raw, plain, open, , close] = found;
    parts.push(template.slice(end, found.index));
    end = found.index + slot.length;
    if (raw !== undefined) {
      if (!(raw in markup)) throw new Error(`explorer template: no markup for {{{${raw}}}}`);
      parts.push(markup[raw]);
    } else if (plain !== undefined) {
      if (!(plain in text)) throw new Error(`explorer template: no value for {{${plain}}}`);
      parts.push(escapeHtml(text[plain]));
    } else {
      const id = /id="([^"]+)"/.exec(open)?.[1] ?? open.slice(1, -1);
      if (!(id in contents)) throw new Error(`explorer template: nothing to put in ${open}`);
      parts.push(open, contents[id], close);
    }
  }
  parts.push(template.slice(end));
  return parts;
}
