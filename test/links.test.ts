/**
 * Links: the published records refer to one another consistently, and every
 * work and person in the dataset is reachable from the report's records.
 */
import { describe, expect, it } from 'vitest';
import type { Endnote } from '../schema/index.js';
import type { Dataset } from '../scripts/lib/dataset.js';
import { freshJson } from './helpers/freshJson.js';
import { loadReport, parseEndnotes } from './helpers/report.js';

const parsedEndnotes = parseEndnotes(loadReport());

const { report, themes, takeaways, quotes, endnotes, sources, people, annotations } =
  freshJson<Omit<Dataset, 'version'>>('all');

const sourceIds = (endnote: Endnote | undefined): string[] => endnote?.citations.map((c) => c.source) ?? [];

describe('Ibid. notes', () => {
  it('the report’s "Ibid." notes are exactly the records with ibid true', () => {
    const ibidInReport = parsedEndnotes.filter((note) => note.ibid).map((note) => `endnote-${note.number}`);
    expect(ibidInReport.length).toBeGreaterThan(0);
    expect(endnotes.filter((endnote) => endnote.ibid).map((endnote) => endnote.id)).toEqual(ibidInReport);
  });

  it('an Ibid. note cites what the note before it cites', () => {
    for (const endnote of endnotes.filter((e) => e.ibid)) {
      const before = endnotes.find((e) => e.number === endnote.number - 1);
      expect(before, `no note before ${endnote.id}`).toBeDefined();
      expect(sourceIds(endnote).length, `${endnote.id} has no citations`).toBeGreaterThan(0);
      expect(sourceIds(endnote), endnote.id).toEqual(sourceIds(before));
    }
  });

  it('a note that is not Ibid. has citations of its own', () => {
    for (const endnote of endnotes.filter((e) => !e.ibid)) {
      expect(sourceIds(endnote).length, endnote.id).toBeGreaterThan(0);
    }
  });
});

describe('works and people', () => {
  it('every cited source exists, and every source is cited at least once', () => {
    const cited = new Set(endnotes.flatMap((e) => sourceIds(e)));
    const known = new Set(sources.map((s) => s.id));
    for (const id of cited) expect(known.has(id), `unknown source ${id}`).toBe(true);
    for (const source of sources) expect(cited.has(source.id), `${source.id} is never cited`).toBe(true);
  });

  it('every person is a speaker, a source author or a report author', () => {
    const named = new Set([
      ...report.authors,
      ...quotes.flatMap((q) => q.speakers),
      ...sources.flatMap((s) => s.authors),
    ]);
    for (const person of people) expect(named.has(person.id), `${person.id} appears nowhere`).toBe(true);
  });

  it('every person named by a record exists', () => {
    const known = new Set(people.map((p) => p.id));
    for (const id of report.authors) expect(known.has(id), `report author ${id}`).toBe(true);
    for (const quote of quotes)
      for (const id of quote.speakers) expect(known.has(id), `${quote.id} speaker ${id}`).toBe(true);
    for (const source of sources)
      for (const id of source.authors) expect(known.has(id), `${source.id} author ${id}`).toBe(true);
  });
});

describe('references', () => {
  const endnoteNumbers = new Set(endnotes.map((e) => e.number));
  const themeIds = new Set(themes.map((t) => t.id));

  it('quotes point at existing themes, takeaways and endnotes, and at a cited work of their note', () => {
    const takeawayNumbers = new Set(takeaways.map((t) => t.number));
    for (const quote of quotes) {
      expect(themeIds.has(quote.theme), `${quote.id} theme ${quote.theme}`).toBe(true);
      if (quote.takeaway !== null) expect(takeawayNumbers.has(quote.takeaway), `${quote.id} takeaway`).toBe(true);
      expect(quote.endnote, `${quote.id} has no endnote`).not.toBeNull();
      const endnote = endnotes.find((e) => e.number === quote.endnote);
      expect(endnote, `${quote.id} endnote ${quote.endnote}`).toBeDefined();
      const count = sourceIds(endnote).length;
      if (count > 1) {
        // a work is chosen on evidence, or the choice is left open and with it the derived source
        const marked = (kind: string) =>
          annotations.some((note) => note.target === quote.id && note.field === 'citation' && note.kind === kind);
        const open = marked('undecided');
        expect(marked('inferred') || open, `${quote.id} says how note ${quote.endnote}'s work is chosen`).toBe(true);
        expect(quote.citation === null, `${quote.id} citation`).toBe(open);
        expect(quote.source === null, `${quote.id} source`).toBe(open);
        expect(quote.citation ?? 0, quote.id).toBeLessThanOrEqual(count);
      } else {
        expect(quote.citation, `${quote.id} citation`).toBeNull();
      }
    }
  });

  it('takeaways point at existing themes and endnotes', () => {
    for (const takeaway of takeaways) {
      expect(themeIds.has(takeaway.theme), takeaway.id).toBe(true);
      for (const n of takeaway.endnotes) expect(endnoteNumbers.has(n), `${takeaway.id} endnote ${n}`).toBe(true);
    }
  });

  it('ids are unique across the dataset and every annotation targets a record', () => {
    const ids = [
      report.id,
      ...[themes, takeaways, quotes, endnotes, sources, people, annotations].flatMap((records) =>
        records.map((r) => r.id),
      ),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set(ids);
    for (const annotation of annotations) {
      expect(known.has(annotation.target), `${annotation.id} target ${annotation.target}`).toBe(true);
    }
  });
});
