import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../scripts/exporters/explorer/page/format.js';

describe('format', () => {
  it('gives sizes under 1000 in bytes and from 1000 in kB', () => {
    expect([999, 1000, 1499, 1500].map(formatBytes)).toEqual(['999 bytes', '1 kB', '1 kB', '2 kB']);
  });
});
