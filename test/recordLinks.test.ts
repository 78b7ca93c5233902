/** Links between records that validation checks beyond "the target exists", and the CSV list separator. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editRecords, problemsAfter } from './helpers/brokenData.js';

// the published fields, derived ones included, since an annotation may be about any of them
const endnoteFields = 'id, number, text, citations, ibid, reportLink';

describe('an annotation’s field is one of its target’s own fields', () => {
  for (const field of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`refuses "${field}", which every object inherits`, () => {
      const problems = problemsAfter(
        editRecords('annotations', (annotations) => Object.assign(annotations[0], { field })),
      );
      expect(problems).toEqual([
        `✖ data/annotations.json a-endnote-1-example field: "${field}" is not a field of endnote records (their fields: ${endnoteFields})`,
      ]);
    });
  }

  it('accepts a real field', () => {
    expect(
      problemsAfter(editRecords('annotations', (annotations) => Object.assign(annotations[0], { field: 'ibid' }))),
    ).toEqual([]);
  });
});

describe('every person and every source is referred to', () => {
  it('refuses a person nobody names', () => {
    const problems = problemsAfter(
      editRecords('people', (people) =>
        people.push({ id: 'nobody-at-all', name: 'Nobody', nameChinese: null, role: null, nameVariants: [] }),
      ),
    );
    expect(problems).toEqual([
      '✖ data/people.json nobody-at-all id: no record refers to this person (none of report.authors, quotes.speakers, sources.authors names it); remove it, or add the link the report makes',
    ]);
  });

  it('refuses a source no endnote cites', () => {
    const problems = problemsAfter(
      editRecords('sources', (sources) => sources.push({ ...sources[0], id: 'uncited-work', authors: ['ann-author'] })),
    );
    expect(problems).toEqual([
      '✖ data/sources.json uncited-work id: no record refers to this source (none of endnotes.citations.source names it); remove it, or add the link the report makes',
    ]);
  });

  it('says nothing about people when a file that names them could not be read', () => {
    const problems = problemsAfter((dataDir) => writeFileSync(join(dataDir, 'quotes.json'), '[\n'));
    expect(problems).toEqual([
      '✖ data/quotes.json: invalid JSON at line 2, column 1: expected a value, found the end of the file',
    ]);
  });
});

describe('list items never hold the CSV list separator "; "', () => {
  it('refuses it in a stored list', () => {
    const problems = problemsAfter(
      editRecords('people', (people) => Object.assign(people[0], { nameVariants: ['Xi', 'Xi; Jinping'] })),
    );
    expect(problems).toEqual([
      '✖ data/people.json xi-jinping nameVariants[1]: holds "; ": the CSV files join list items with "; " and would read it back as two items; write the item without it',
    ]);
  });

  it('refuses it in a quote’s bracketed insertion, which becomes a list item of quotes.csv', () => {
    const problems = problemsAfter(
      editRecords('quotes', (quotes) => Object.assign(quotes[1], { text: '[China; the state] builds trust.' })),
    );
    expect(problems).toEqual([
      '✖ data/quotes.json q-2 text: the insertion "[China; the state]" holds "; ": the CSV files join list items with "; " and would read it back as two items (the insertions column)',
    ]);
  });

  it('accepts "; " in a text that is not a list item, and ";" without a space in one', () => {
    const problems = problemsAfter((dataDir) => {
      editRecords('quotes', (quotes) => Object.assign(quotes[1], { text: 'Trust; cooperation [a;b].' }))(dataDir);
      editRecords('people', (people) => Object.assign(people[0], { nameVariants: ['Xi;Jinping'] }))(dataDir);
    });
    expect(problems).toEqual([]);
  });
});
