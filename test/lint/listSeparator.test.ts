import { describe, expect, it } from 'vitest';
import { listSeparator } from '../../scripts/lint/listSeparator.js';
import { fixtureCollections, problemsOf, rows } from '../helpers/lintData.js';

describe('listSeparator', () => {
  it('looks for "; " in the bracketed insertions of quotes only: other texts are no list', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'endnotes')[0], { text: '习近平 [Xi; Jinping], “讲话” [Speech].' });
    Object.assign(rows(data, 'takeaways')[0], {
      text: 'Xi said [in 2016; in Beijing] that “money cannot buy core technologies.”',
    });
    expect(problemsOf(listSeparator, data)).toEqual([]);
  });

  it('leaves a quote whose text is not a string to the schema lint', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[0], { text: 3 });
    expect(problemsOf(listSeparator, data)).toEqual([]);
  });
});
