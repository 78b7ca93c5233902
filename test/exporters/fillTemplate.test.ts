/** fillTemplate on made-up templates: what it fills, and each slot or element it has nothing for, named. */
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../scripts/exporters/explorer/fillTemplate.js';

describe('fillTemplate', () => {
  it('escapes text, inserts markup as it is and fills empty style and script elements, in one pass', () => {
    const template = '<title>{{title}}</title>{{{body}}}<style></style><script id="data"></script>.';
    const parts = fillTemplate(
      template,
      { title: 'A & {{body}}' },
      { body: '<p>{{title}}</p><style></style>' },
      { style: 'p{}', data: '[1]' },
    );
    expect(parts.join('')).toBe(
      '<title>A &amp; {{body}}</title><p>{{title}}</p><style></style><style>p{}</style><script id="data">[1]</script>.',
    );
  });

  it('refuses a markup slot with no markup, naming it', () => {
    expect(() => fillTemplate('{{{body}}}', { body: 'text' }, {}, {})).toThrow(
      'explorer template: no markup for {{{body}}}',
    );
  });

  it('refuses a text slot with no value, naming it', () => {
    expect(() => fillTemplate('{{title}}', {}, { title: '<b>' }, {})).toThrow(
      'explorer template: no value for {{title}}',
    );
  });

  it('refuses an empty element it has nothing to put in, naming it', () => {
    expect(() => fillTemplate('<script id="data"></script>', {}, {}, { script: 'x' })).toThrow(
      'explorer template: nothing to put in <script id="data">',
    );
  });
});
