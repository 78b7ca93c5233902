import { type Child, h } from './markup.js';

// Han characters and CJK punctuation, with the spaces and marks between them
const chineseRun =
  /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:[\s\d:;.,·—-]*[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+)*/g;

/** Text with each run of Chinese in a lang="zh" span, so screen readers and fonts treat it as Chinese. */
export function withChinese(text: string): Child[] {
  const parts: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(chineseRun)) {
    const start = match.index ?? 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text part renders as nothing in the markup every caller makes
    if (start > last) parts.push(text.slice(last, start));
    parts.push(h('span', { lang: 'zh' }, match[0]));
    last = start + match[0].length;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text part renders as nothing in the markup every caller makes
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

// a URL ends before a closing bracket, a space, or punctuation that ends the sentence
const url = /https?:\/\/[^\s<>"]+?(?=[.,;:)\]]*(?:\s|$))/g;

/** Text with its URLs as links and its Chinese marked; the text itself is unchanged. */
export function withLinks(text: string): Child[] {
  const parts: Child[] = [];
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

/** The quote as printed, its editorial insertions and elisions marked but kept. */
export function quoteText(text: string): Child[] {
  const parts: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(/\[[^\]]*\]|\.\.\.|…/g)) {
    const start = match.index ?? 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text part renders as nothing in the markup every caller makes
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      match[0].startsWith('[')
        ? h('ins', { class: 'insertion', title: 'editorial insertion' }, match[0])
        : h('span', { class: 'elision', title: 'elision: words left out' }, match[0]),
    );
    last = start + match[0].length;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty text part renders as nothing in the markup every caller makes
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
