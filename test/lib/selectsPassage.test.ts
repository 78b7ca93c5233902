import { describe, expect, it } from 'vitest';
import { htmlText } from '../../scripts/lib/htmlText.js';
import { selectsPassage } from '../../scripts/lib/selectsPassage.js';
import { textFragmentUrl } from '../../scripts/lib/textFragment.js';

const page = htmlText(
  '<main><h2>Takeaways</h2><p><strong>1</strong> China seeks to become a “cyber great power.”<sup>1</sup></p>' +
    '<p><strong>2</strong> Beijing&#8217;s two voices differ, and the <em>two voices</em> are set side by side.</p></main>',
);
const url = 'https://example.org/report';
const link = (directive: Parameters<typeof textFragmentUrl>[1]) => textFragmentUrl(url, directive);

describe('selectsPassage', () => {
  it('finds a link’s words on the page across elements, whatever their case', () => {
    expect(selectsPassage(link({ textStart: 'China seeks to become a “cyber great power.”' }), page)).toBe(true);
    expect(selectsPassage(link({ textStart: 'BEIJING’S TWO VOICES' }), page)).toBe(true);
    expect(selectsPassage(link({ textStart: 'Beijing’s three voices' }), page)).toBe(false);
  });

  it('wants the prefix just before the words and the suffix just after, the end after the start', () => {
    expect(selectsPassage(link({ prefix: 'and the', textStart: 'two voices', suffix: 'are set' }), page)).toBe(true);
    expect(selectsPassage(link({ prefix: 'China', textStart: 'two voices' }), page)).toBe(false);
    expect(selectsPassage(link({ textStart: 'two voices', suffix: 'side by side' }), page)).toBe(false);
    expect(selectsPassage(link({ textStart: 'China seeks', textEnd: 'side by side.' }), page)).toBe(true);
    expect(selectsPassage(link({ textStart: 'side by side', textEnd: 'China seeks' }), page)).toBe(false);
  });

  it('passes no link without a text fragment', () => {
    expect(selectsPassage(url, page)).toBe(false);
  });
});
