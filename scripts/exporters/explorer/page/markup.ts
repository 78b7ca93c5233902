import { escapeHtml } from '../html.js';

/** HTML that is already safe: made only by `h` or from escaped text, never from a record's text as is. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Markup | string | number | null | undefined | false | Child[];

export type Attributes = Record<string, string | number | boolean | null | undefined>;

// elements that have no end tag
const voidElements = new Set(['br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/** Children as HTML: strings escaped, nested lists flattened, null, undefined and false left out. */
export function childrenHtml(children: Child[]): string {
  let html = '';
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) html += childrenHtml(child);
    else html += child instanceof Markup ? child.html : escapeHtml(String(child));
  }
  return html;
}

/**
 * An element with attributes and children, as the browser's DOM would serialise it: every text escaped, so
 * nothing in a record is parsed as markup. false, null and undefined leave an attribute out; true writes it bare.
 */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Markup {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  if (voidElements.has(tag)) return new Markup(`${open}>`);
  return new Markup(`${open}>${childrenHtml(children)}</${tag}>`);
}

/** Children joined into one piece of markup. */
export const fragment = (...children: Child[]) => new Markup(childrenHtml(children));
