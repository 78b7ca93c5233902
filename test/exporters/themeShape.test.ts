import { describe, expect, it } from 'vitest';
import { themeShape } from '../../scripts/exporters/explorer/page/themeShape.js';

describe('themeShape', () => {
  it('draws the sixth theme as a cross of twelve corners around its centre', () => {
    expect(themeShape(5, 100, 50, 10).html).toBe(
      '<polygon points="90,46.5 96.5,46.5 96.5,40 103.5,40 103.5,46.5 110,46.5 110,53.5 103.5,53.5 103.5,60 96.5,60 96.5,53.5 90,53.5"></polygon>',
    );
  });

  it('draws the twelfth theme as the sixth, the shapes repeating', () => {
    expect(themeShape(11, 100, 50, 10).html).toBe(themeShape(5, 100, 50, 10).html);
  });
});
