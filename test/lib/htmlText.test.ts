import { describe, expect, it } from 'vitest';
import { htmlText } from '../../scripts/lib/htmlText.js';

describe('htmlText', () => {
  it('keeps the text a browser shows: tags as spaces, references decoded, scripts, styles and comments dropped', () => {
    const html =
      '<html><head><style>p { color: red }</style><script>var a = "<p>hidden</p>";</script></head>' +
      '<body><!-- a comment --><h1>Beijing&#8217;s &amp; <em>two</em>\n  voices</h1><p>A&nbsp;&#x201C;quote&#x201D; &lt;here&gt; &unknown;</p></body></html>';
    expect(htmlText(html)).toBe('Beijing’s & two voices A “quote” <here> &unknown;');
  });
});
