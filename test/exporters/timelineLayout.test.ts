import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { type DatedQuote, timelineLayout } from '../../scripts/exporters/explorer/page/timelineLayout.js';

const quote = (id: string, date: string, voice: Quote['voice'] = 'external') => ({ id, date, voice }) as DatedQuote;
const placed = (quotes: DatedQuote[]) =>
  timelineLayout(quotes, 0, 200, 1).placed.map((mark) => `${mark.quote.id}@${mark.row}`);

describe('timelineLayout', () => {
  it('takes a quote dated to a year as spanning that year only', () => {
    const layout = timelineLayout([quote('q-a', '2016')], 0, 200, 1);
    expect([layout.firstYear, layout.lastYear]).toEqual([2016, 2016]);
    expect(layout.placed).toMatchObject([{ x0: 0, x1: 200, row: 0 }]);
  });

  it('orders marks of one start by their end, then by id, and stacks them', () => {
    expect(placed([quote('q-y', '2016'), quote('q-d', '2016-01-01'), quote('q-m', '2016-01')])).toEqual([
      'q-d@0',
      'q-m@1',
      'q-y@2',
    ]);
    expect(placed([quote('q-b', '2016-05-01'), quote('q-a', '2016-05-01')])).toEqual(['q-a@0', 'q-b@1']);
  });

  it('puts a mark in a row whose last mark ends just where it begins', () => {
    expect(placed([quote('q-a', '2016'), quote('q-b', '2017')])).toEqual(['q-a@0', 'q-b@0']);
  });

  it('gives each voice its own rows', () => {
    const layout = timelineLayout([quote('q-a', '2016'), quote('q-b', '2016', 'internal')], 0, 200, 1);
    expect(layout.placed.map((mark) => mark.row)).toEqual([0, 0]);
    expect(layout.rows).toEqual({ external: 1, internal: 1 });
  });
});
