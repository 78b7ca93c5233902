import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../scripts/lib/dateInWords.js';

describe('dateInWords', () => {
  it('writes an ISO date at its precision as the endnotes and US citations do, the day without a leading zero', () => {
    expect(['2016', '2011-12', '2016-04-05', '2019-01-31', '2021-04'].map(dateInWords)).toEqual([
      '2016',
      'December 2011',
      'April 5, 2016',
      'January 31, 2019',
      'April 2021',
    ]);
  });
});
