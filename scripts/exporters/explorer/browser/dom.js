// @ts-check

/** @typedef {Node | string | null | undefined | false} Child */

/**
 * An element with attributes and children; strings become text nodes, so nothing is parsed as HTML.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | boolean | null | undefined>} [attributes] false, null and undefined leave one out
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  return appendChildren(element, ...children);
}

/**
 * @template {Element} E
 * @param {E} element
 * @param {...(Child | Child[])} children nested lists are flattened; null, undefined and false skipped
 * @returns {E}
 */
export function appendChildren(element, ...children) {
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** @param {string} id */
export function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element;
}

// Han characters and CJK punctuation, with the spaces and marks between them
const chineseRun =
  /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:[\s\d:;.,·—-]*[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)*/g;

/**
 * Text with each run of Chinese in a lang="zh" span, so screen readers and fonts treat it as Chinese.
 * @param {string} text
 * @returns {(string | HTMLElement)[]}
 */
export function withChinese(text) {
  /** @type {(string | HTMLElement)[]} */
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(chineseRun)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(h('span', { lang: 'zh' }, match[0]));
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

// a URL ends before a closing bracket, a space, or punctuation that ends the sentence
const url = /https?:\/\/[^\s<>"]+?(?=[.,;:)\]]*(?:\s|$))/g;

/**
 * Text with its URLs as links and its Chinese marked; the text itself is unchanged.
 * @param {string} text
 * @returns {(string | HTMLElement)[]}
 */
export function withLinks(text) {
  /** @type {(string | HTMLElement)[]} */
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(url)) {
    const start = match.index ?? 0;
    parts.push(...withChinese(text.slice(last, start)));
    parts.push(h('a', { href: match[0] }, match[0]));
    last = start + match[0].length;
  }
  parts.push(...withChinese(text.slice(last)));
  return parts;
}
