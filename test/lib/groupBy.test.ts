import { describe, expect, it } from 'vitest';
import { groupBy } from '../../scripts/lib/groupBy.js';

describe('groupBy', () => {
  it('groups records by their key, each group and the groups in the order the records come', () => {
    const records = [
      { id: 'a', theme: 't2' },
      { id: 'b', theme: 't1' },
      { id: 'c', theme: 't2' },
      { id: 'd', theme: null },
    ];
    const groups = groupBy(records, (record) => record.theme);
    expect([...groups.keys()]).toEqual(['t2', 't1', null]);
    expect(groups.get('t2')?.map((record) => record.id)).toEqual(['a', 'c']);
    expect(groups.get('t1')?.map((record) => record.id)).toEqual(['b']);
    expect(groups.get(null)?.map((record) => record.id)).toEqual(['d']);
  });

  it('gives no group for no records', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
