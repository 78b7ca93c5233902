import { describe, expect, it } from 'vitest';
import { quoteLinks } from '../../scripts/lint/quoteLinks.js';
import { fixtureCollections, problemsOf, rows } from '../helpers/lintData.js';

// the fixture's takeaway 1 reads: Xi said that “money cannot buy core technologies.”
describe('quoteLinks: a quote in a takeaway', () => {
  it('stands in the takeaway’s text between “ and ”, whole, so that its link into the report finds it', () => {
    for (const text of ['money cannot buy', 'money cannot buy core technologies', 'Xi said that']) {
      const data = fixtureCollections();
      Object.assign(rows(data, 'quotes')[0], { text });
      expect(problemsOf(quoteLinks, data), text).toEqual([
        `✖ data/quotes.json q-t1-1 text: takeaway 1 does not quote it: its text has no “${text}”`,
      ]);
    }
  });

  it('is looked for in the takeaway it names, by number, and not without the takeaways file', () => {
    const data = fixtureCollections();
    const [takeaway] = rows(data, 'takeaways');
    data.takeaways = [takeaway, { ...takeaway, id: 'takeaway-2', number: 2, text: 'Nothing quoted here.' }];
    Object.assign(rows(data, 'quotes')[0], { takeaway: 2 });
    expect(problemsOf(quoteLinks, data)).toEqual([
      '✖ data/quotes.json q-t1-1 text: takeaway 2 does not quote it: its text has no “money cannot buy core technologies.”',
    ]);
    const { takeaways, ...withoutTakeaways } = data;
    expect(problemsOf(quoteLinks, withoutTakeaways)).toEqual([]);
  });
});
