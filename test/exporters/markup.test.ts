import { describe, expect, it } from 'vitest';
import { h } from '../../scripts/exporters/explorer/page/markup.js';

describe('h', () => {
  it('leaves out attributes that are false, null or undefined, and writes true bare', () => {
    expect(h('input', { a: false, b: null, c: undefined, d: true, e: 0, f: '' }).html).toBe('<input d e="0" f="">');
  });

  it('closes an element that has an end tag, and not a void one', () => {
    expect(h('p', {}, h('br'), 'a').html).toBe('<p><br>a</p>');
    expect(h('hr').html).toBe('<hr>');
  });

  it('is its HTML as a string', () => {
    expect(String(h('b', {}, '<'))).toBe('<b>&lt;</b>');
  });
});
