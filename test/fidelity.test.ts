/**
 * Fidelity: the published records say what the report says, verbatim, and
 * every superscript and link of the report is where the records put it.
 * All expected counts and texts come from parsing test/fixtures/report.md.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../schema/index.js';
import type { Dataset } from '../scripts/lib/dataset.js';
import { freshJson } from './helpers/freshJson.js';
import {
  allSups,
  countContrastQuoteLines,
  loadReport,
  parseContrastQuotes,
  parseEndnotes,
  parseTakeaways,
  parseThemes,
  plainUrls,
  toReaderText,
} from './helpers/report.js';

const markdown = loadReport();
const reader = toReaderText(markdown);
const parsedTakeaways = parseTakeaways(markdown);
const parsedContrast = parseContrastQuotes(markdown);
const parsedEndnotes = parseEndnotes(markdown);
const parsedThemes = parseThemes(markdown);

const { themes, takeaways, quotes, endnotes, sources, people, report, annotations } =
  freshJson<Omit<Dataset, 'version'>>('all');

const byId = <T extends { id: string }>(records: T[], id: string): T | undefined =>
  records.find((record) => record.id === id);

describe('texts are verbatim', () => {
  it('every takeaway text appears in the reader text of the report', () => {
    expect(takeaways.length).toBeGreaterThan(0);
    for (const takeaway of takeaways) {
      expect(reader.includes(takeaway.text), `${takeaway.id} text not in the report`).toBe(true);
    }
  });

  it('every takeaway paragraph of the report has its record, with the same text', () => {
    expect(takeaways).toHaveLength(parsedTakeaways.length);
    for (const parsed of parsedTakeaways) {
      const record = byId(takeaways, `takeaway-${parsed.number}`);
      expect(record, `no record takeaway-${parsed.number}`).toBeDefined();
      expect(record?.number).toBe(parsed.number);
      expect(record?.text).toBe(parsed.text);
    }
  });

  it('every quote text appears in the report between “ and ”', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      expect(reader.includes(`“${quote.text}”`), `${quote.id} text not in the report`).toBe(true);
    }
  });

  it('every contrast attribution is an attribution line of the report', () => {
    for (const quote of quotes.filter((q) => q.context === 'contrast')) {
      expect(quote.attribution, `${quote.id} has no attribution`).not.toBeNull();
      expect(reader.includes(`\n${quote.attribution}\n`), `${quote.id} attribution not a line of the report`).toBe(
        true,
      );
    }
  });

  it('every endnote text appears in the report as that numbered note', () => {
    expect(endnotes.length).toBeGreaterThan(0);
    for (const endnote of endnotes) {
      expect(reader.includes(`- ${endnote.number} ${endnote.text}`), `${endnote.id} text not in the report`).toBe(true);
    }
  });

  it('every theme heading is a section heading of the two-voices table', () => {
    expect(themes).toHaveLength(parsedThemes.length);
    for (const parsed of parsedThemes) {
      const record = themes.find((theme) => theme.number === parsed.number);
      expect(record, `no theme number ${parsed.number}`).toBeDefined();
      expect(record?.heading).toBe(parsed.heading);
    }
  });
});

describe('counts come from the report', () => {
  it('one contrast record per quote line with a superscript in the two-voices table', () => {
    const contrast = quotes.filter((quote) => quote.context === 'contrast');
    expect(parsedContrast).toHaveLength(countContrastQuoteLines(markdown));
    expect(contrast).toHaveLength(parsedContrast.length);
    for (const parsed of parsedContrast) {
      expect(byId(contrast, `q-${parsed.sup}`), `no record q-${parsed.sup}`).toBeDefined();
    }
  });

  it('one endnote record per item of the ENDNOTES list', () => {
    expect(parsedEndnotes.length).toBeGreaterThan(0);
    expect(endnotes).toHaveLength(parsedEndnotes.length);
    for (const parsed of parsedEndnotes) {
      const record = byId(endnotes, `endnote-${parsed.number}`);
      expect(record, `no record endnote-${parsed.number}`).toBeDefined();
      expect(record?.number).toBe(parsed.number);
      expect(record?.text).toBe(parsed.text);
      expect(record?.ibid).toBe(parsed.ibid);
    }
  });

  it('one takeaway-quote record per quoted passage a superscript supports', () => {
    const supported = parsedTakeaways.flatMap((t) => t.quotes.filter((q) => q.sup !== null));
    expect(quotes.filter((quote) => quote.context === 'takeaway')).toHaveLength(supported.length);
  });
});

describe('superscripts', () => {
  it('every superscript of the report belongs to a takeaway or a contrast quote', () => {
    const placed = [...parsedTakeaways.flatMap((t) => t.sups), ...parsedContrast.map((q) => q.sup)];
    expect(placed.sort((a, b) => a - b)).toEqual(allSups(markdown).sort((a, b) => a - b));
  });

  it('each contrast quote is the record of its superscript, with its label and attribution', () => {
    for (const parsed of parsedContrast) {
      const record = byId(quotes, `q-${parsed.sup}`);
      expect(record, `no record q-${parsed.sup}`).toBeDefined();
      if (!record) continue;
      expect(record.context).toBe('contrast');
      expect(record.endnote, record.id).toBe(parsed.sup);
      expect(record.text, record.id).toBe(parsed.text);
      expect(record.audience, record.id).toBe(parsed.label);
      expect(record.voice, record.id).toBe(/^external/i.test(parsed.label) ? 'external' : 'internal');
      expect(record.attribution, record.id).toBe(parsed.attribution);
      expect(record.attributionShared, record.id).toBe(parsed.attributionCovers > 1);
      expect(record.takeaway, record.id).toBeNull();
      const theme = themes.find((t) => t.number === parsed.theme);
      expect(record.theme, record.id).toBe(theme?.id);
    }
  });

  it('each supported takeaway quote is a record with that superscript as its endnote', () => {
    for (const takeaway of parsedTakeaways) {
      const supported = takeaway.quotes.filter((q) => q.sup !== null);
      supported.forEach((parsed, index) => {
        const id = `q-t${takeaway.number}-${index + 1}`;
        const record = byId(quotes, id);
        expect(record, `no record ${id}`).toBeDefined();
        if (!record) return;
        expect(record.context).toBe('takeaway');
        expect(record.takeaway, id).toBe(takeaway.number);
        expect(record.text, id).toBe(parsed.text);
        expect(record.endnote, id).toBe(parsed.sup);
        expect(record.theme, id).toBe(byId(takeaways, `takeaway-${takeaway.number}`)?.theme);
      });
    }
  });

  it('a quoted passage without a superscript of its own is not a record', () => {
    for (const takeaway of parsedTakeaways) {
      const records = quotes.filter((q) => q.context === 'takeaway' && q.takeaway === takeaway.number);
      for (const parsed of takeaway.quotes.filter((q) => q.sup === null)) {
        const supportedSame = takeaway.quotes.some((q) => q.sup !== null && q.text === parsed.text);
        if (!supportedSame) {
          expect(
            records.some((r) => r.text === parsed.text),
            `“${parsed.text}” has a record`,
          ).toBe(false);
        }
      }
    }
  });

  it("every takeaway's endnotes are the superscripts in its paragraph", () => {
    for (const parsed of parsedTakeaways) {
      const record = byId(takeaways, `takeaway-${parsed.number}`);
      expect(record?.endnotes, `takeaway-${parsed.number}`).toEqual([...parsed.sups].sort((a, b) => a - b));
    }
  });
});

describe('links', () => {
  it('every URL in an endnote record is the link target printed in the report', () => {
    for (const parsed of parsedEndnotes) {
      const record = byId(endnotes, `endnote-${parsed.number}`);
      expect(record, `no record endnote-${parsed.number}`).toBeDefined();
      expect(plainUrls(record?.text ?? ''), `endnote-${parsed.number}`).toEqual(parsed.links);
    }
  });

  it('every source URL is a link target of a note citing it', () => {
    for (const source of sources.filter((s) => s.url !== null)) {
      const targets = endnotes
        .filter((e) => e.citations.some((c) => c.source === source.id))
        .flatMap((e) => parsedEndnotes.find((p) => p.number === e.number)?.links ?? []);
      expect(targets, `${source.id} url ${source.url}`).toContain(source.url);
    }
  });
});

describe('provenance: a value is printed in the report or marked inferred', () => {
  const inferred = new Set(annotations.filter((a) => a.kind === 'inferred').map((a) => `${a.target} ${a.field}`));
  // what a person or the report is printed as, anywhere in the report; the ids and the language tag are the dataset's own
  const printedValues = [
    ...people.flatMap((person) =>
      (['name', 'nameChinese', 'role'] as const).map((field) => ({ id: person.id, field, value: person[field] })),
    ),
    ...people.flatMap((person) =>
      person.nameVariants.map((value) => ({ id: person.id, field: 'nameVariants', value })),
    ),
    ...(['title', 'publisher', 'url'] as const).map((field) => ({ id: report.id, field, value: report[field] })),
  ].filter((entry): entry is { id: string; field: string; value: string } => entry.value !== null);

  it('every value of a person or of the report not marked inferred is printed in the report', () => {
    expect(printedValues.length).toBeGreaterThan(people.length);
    for (const { id, field, value } of printedValues.filter((entry) => !inferred.has(`${entry.id} ${entry.field}`))) {
      expect(reader.includes(value), `${id} ${field} ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('every value marked inferred is indeed not printed where its record comes from', () => {
    for (const { id, field, value } of printedValues.filter((entry) => inferred.has(`${entry.id} ${entry.field}`))) {
      expect(reader.includes(value), `${id} ${field} ${JSON.stringify(value)} is printed`).toBe(false);
    }
    for (const source of sources) {
      const notes = parsedEndnotes
        .filter((parsed) => byId(endnotes, `endnote-${parsed.number}`)?.citations.some((c) => c.source === source.id))
        .map((parsed) => parsed.text);
      for (const field of ['container', 'containerEnglish', 'title', 'titleEnglish'] as const) {
        const value = source[field];
        if (value === null || !inferred.has(`${source.id} ${field}`)) continue;
        // a container read off the end of the work's own title is printed only inside that title
        const ownTitles = field.startsWith('container') ? [source.title, source.titleEnglish ?? ''] : [];
        const outsideTitles = (text: string) => ownTitles.reduce((rest, title) => rest.replace(title, ''), text);
        expect(notes.some((text) => outsideTitles(text).includes(value), `${source.id} ${field} is printed`)).toBe(
          false,
        );
      }
    }
  });

  it('every speaker of a quote is named in its attribution, its takeaway or a note citing its work, or marked inferred', () => {
    const takeawayOf = (quote: Quote) => takeaways.find((takeaway) => takeaway.number === quote.takeaway);
    // with the choice of work left open, each candidate's printed author may speak
    const notesOf = (quote: Quote) =>
      endnotes.filter((note) =>
        quote.source === null
          ? note.number === quote.endnote
          : note.citations.some((citation) => citation.source === quote.source),
      );
    for (const quote of quotes.filter((candidate) => !inferred.has(`${candidate.id} speakers`))) {
      const texts = [
        quote.attribution ?? '',
        takeawayOf(quote)?.text ?? '',
        ...notesOf(quote).map((note) => note.text),
      ];
      for (const id of quote.speakers) {
        const person = people.find((candidate) => candidate.id === id);
        const names = [person?.name, person?.nameChinese, ...(person?.nameVariants ?? [])].filter(
          (name): name is string => typeof name === 'string',
        );
        // a takeaway may name a speaker by surname alone ("Xi argued")
        const surname = person?.name.split(' ')[0];
        const bySurname = surname ? new RegExp(`\\b${surname}\\b`) : null;
        const named = texts.some((text) => names.some((name) => text.includes(name)) || bySurname?.test(text));
        expect(named, `${quote.id} speaker ${id}`).toBe(true);
      }
    }
  });

  it('the publisher and the Foreign Ministry as a container are marked inferred', () => {
    expect(inferred.has(`${report.id} publisher`)).toBe(true);
    const foreignMinistry = sources.filter((source) => source.url?.includes('fmprc.gov.cn/mfa_eng'));
    expect(foreignMinistry.length).toBeGreaterThan(0);
    for (const source of foreignMinistry) {
      expect(source.container, source.id).toBeNull();
      expect(inferred.has(`${source.id} containerEnglish`), source.id).toBe(true);
    }
  });
});
