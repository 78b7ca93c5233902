import { describe, expect, it } from 'vitest';
import { resolveIbid } from '../../scripts/lib/resolveIbid.js';

const citing = (...sources: string[]) => sources.map((source) => ({ source }));

describe('resolveIbid', () => {
  it('gives each note its own works, and an "Ibid." note those of the note before, through several in a row', () => {
    const notes = [
      { citations: citing('a', 'b'), ibid: false },
      { citations: [], ibid: true },
      { citations: [], ibid: true },
      { citations: citing('c'), ibid: false },
      { citations: [], ibid: true },
    ];
    expect(resolveIbid(notes)).toEqual([
      citing('a', 'b'),
      citing('a', 'b'),
      citing('a', 'b'),
      citing('c'),
      citing('c'),
    ]);
  });

  it('gives a first note marked "Ibid." no work, there being no note before', () => {
    expect(resolveIbid([{ citations: citing('a'), ibid: true }])).toEqual([[]]);
    expect(resolveIbid([])).toEqual([]);
  });
});
