import { describe, expect, it } from 'vitest';
import { annotationFields } from '../../scripts/lint/annotationFields.js';
import { referencesResolve } from '../../scripts/lint/references.js';
import { uniqueIds } from '../../scripts/lint/uniqueIds.js';
import { fixtureCollections, problemsOf, type Row, rows } from '../helpers/lintData.js';

describe('uniqueIds', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(uniqueIds, fixtureCollections())).toEqual([]);
  });

  it('refuses an id used twice, in one file or across files, naming where it was first used', () => {
    const data = fixtureCollections();
    const [person] = rows(data, 'people');
    data.people = [...rows(data, 'people'), { ...person }];
    Object.assign(rows(data, 'annotations')[0], { id: 'q-2' });
    Object.assign(rows(data, 'themes')[0], { id: 'q-2' });
    expect(problemsOf(uniqueIds, data)).toEqual([
      '✖ data/quotes.json q-2 id: duplicate id "q-2", already used in data/themes.json; give this record a new id',
      '✖ data/people.json xi-jinping id: duplicate id "xi-jinping", already used in data/people.json; give this record a new id',
      '✖ data/annotations.json q-2 id: duplicate id "q-2", already used in data/themes.json; give this record a new id',
    ]);
  });

  it('counts the report’s id too', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'themes')[0], { id: 'report' });
    expect(problemsOf(uniqueIds, data)).toEqual([
      '✖ data/themes.json report id: duplicate id "report", already used in data/report.json; give this record a new id',
    ]);
  });

  it('leaves a record without a string id to the schema lint', () => {
    const data = fixtureCollections();
    for (const theme of rows(data, 'themes')) delete theme.id;
    data.takeaways = [{ ...rows(data, 'takeaways')[0], id: 5 }, { id: 5 }];
    expect(problemsOf(uniqueIds, data)).toEqual([]);
  });
});

describe('referencesResolve', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(referencesResolve, fixtureCollections())).toEqual([]);
  });

  it('refuses a link to a record that does not exist, by id or by number, inside lists too', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[1], {
      theme: 'no-theme',
      takeaway: 4,
      endnote: 7,
      speakers: ['xi-jinping', 'x'],
    });
    Object.assign(rows(data, 'takeaways')[0], { endnotes: [1, 3] });
    Object.assign(rows(data, 'endnotes')[0], { citations: [{ source: 'xi-jinping-2016-speech' }, { source: 'w' }] });
    Object.assign(rows(data, 'sources')[0], { authors: ['nobody'] });
    expect(problemsOf(referencesResolve, data)).toEqual([
      '✖ data/takeaways.json takeaway-1 endnotes[1]: unknown endnote 3 (no endnote has that number in data/endnotes.json)',
      '✖ data/quotes.json q-2 theme: unknown theme "no-theme" (no theme has that id in data/themes.json)',
      '✖ data/quotes.json q-2 takeaway: unknown takeaway 4 (no takeaway has that number in data/takeaways.json)',
      '✖ data/quotes.json q-2 endnote: unknown endnote 7 (no endnote has that number in data/endnotes.json)',
      '✖ data/quotes.json q-2 speakers[1]: unknown person "x" (no person has that id in data/people.json)',
      '✖ data/endnotes.json endnote-1 citations[1].source: unknown source "w" (no source has that id in data/sources.json)',
      '✖ data/sources.json xi-jinping-2016-speech authors[0]: unknown person "nobody" (no person has that id in data/people.json)',
    ]);
  });

  it('checks the report’s authors, and lets an annotation target the report or any record', () => {
    const data = fixtureCollections();
    Object.assign(data.report as Row, { authors: ['ann-author', 'nobody'] });
    const [annotation] = rows(data, 'annotations');
    data.annotations = ['report', 'q-2', 'ambition', 'nothing'].map((target, i) => ({
      ...annotation,
      id: `a-${i}`,
      target,
    }));
    expect(problemsOf(referencesResolve, data)).toEqual([
      '✖ data/report.json report authors[1]: unknown person "nobody" (no person has that id in data/people.json)',
      '✖ data/annotations.json a-3 target: unknown record "nothing" (no record has that id in the dataset)',
    ]);
  });

  it('lets null mean no link', () => {
    const data = fixtureCollections();
    Object.assign(rows(data, 'quotes')[0], { takeaway: null, endnote: null });
    expect(problemsOf(referencesResolve, data)).toEqual([]);
  });

  it('says nothing of links into a file that could not be read, reported once already', () => {
    const { people, ...withoutPeople } = fixtureCollections();
    expect(problemsOf(referencesResolve, withoutPeople)).toEqual([]);
    expect(problemsOf(referencesResolve, { ...withoutPeople, people: [] })).toHaveLength(4);
    // an annotation may target any record: with one file unread, no target can be called unknown
    const { quotes, ...withoutQuotes } = fixtureCollections();
    Object.assign(rows(withoutQuotes as never, 'annotations')[0], { target: 'nothing' });
    expect(problemsOf(referencesResolve, withoutQuotes)).toEqual([]);
    expect(problemsOf(referencesResolve, { ...withoutQuotes, quotes })).toEqual([
      '✖ data/annotations.json a-endnote-1-example target: unknown record "nothing" (no record has that id in the dataset)',
    ]);
  });
});

describe('annotationFields', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(annotationFields, fixtureCollections())).toEqual([]);
  });

  it('refuses a field that the target’s records do not have, listing theirs', () => {
    const data = fixtureCollections();
    const [annotation] = rows(data, 'annotations');
    data.annotations = [
      { ...annotation, id: 'a-1', target: 'report', field: 'titel' },
      { ...annotation, id: 'a-2', target: 'q-2', field: 'elided' },
      { ...annotation, id: 'a-3', target: 'q-2', field: 'voices' },
    ];
    expect(problemsOf(annotationFields, data)).toEqual([
      '✖ data/annotations.json a-1 field: "titel" is not a field of report records (their fields: id, title, authors, publisher, issued, url, language)',
      '✖ data/annotations.json a-3 field: "voices" is not a field of quote records (their fields: id, text, voice, theme, context, takeaway, endnote, citation, speakers, audience, attribution, attributionShared, source, date, insertions, elided, reportLink, sourceLink)',
    ]);
  });

  it('leaves a null field, an unknown target and a missing file alone', () => {
    const data = fixtureCollections();
    const [annotation] = rows(data, 'annotations');
    data.annotations = [
      { ...annotation, id: 'a-1', field: null },
      { ...annotation, id: 'a-2', target: 'nothing', field: 'x' },
    ];
    expect(problemsOf(annotationFields, data)).toEqual([]);
    expect(problemsOf(annotationFields, { quotes: data.quotes })).toEqual([]);
  });
});
