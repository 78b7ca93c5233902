import { describe, expect, it } from 'vitest';
import { listInWords } from '../../scripts/lib/listInWords.js';

describe('listInWords', () => {
  it('joins two with “and”, and three or more with commas and a serial comma before “and”', () => {
    expect([[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D']].map(listInWords)).toEqual([
      '',
      'A',
      'A and B',
      'A, B, and C',
      'A, B, C, and D',
    ]);
  });
});
