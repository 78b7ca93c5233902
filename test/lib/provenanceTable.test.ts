/** provenanceTable, in process: one Markdown table per collection, a row per field as schema/provenance.ts declares it. */
import { describe, expect, it } from 'vitest';
import { collectionNames, fieldProvenance } from '../../schema/index.js';
import { provenanceTable, tableEnd, tableStart } from '../../scripts/lib/provenanceTable.js';

describe('provenanceTable', () => {
  it('is marked off in docs/provenance.md by these two lines', () => {
    expect(tableStart).toBe(
      '<!-- generated from schema/provenance.ts by npm run docs:provenance; do not edit below -->',
    );
    expect(tableEnd).toBe('<!-- end of the generated tables -->');
  });

  it('has a heading, a header and a row per declared field for each collection, separated by a blank line', () => {
    const tables = provenanceTable().split('\n\n### ');
    expect(tables).toHaveLength(collectionNames.length);
    tables.forEach((table, index) => {
      const collection = collectionNames[index];
      const [heading, blank, header, rule, ...rows] = `${index ? '### ' : ''}${table}`.split('\n');
      expect([heading, blank, header, rule]).toEqual([
        `### \`${collection}\``,
        '',
        '| Field | Provenance | How |',
        '| --- | --- | --- |',
      ]);
      expect(rows.map((row) => row.slice(2, row.indexOf('` |') + 1))).toEqual(
        Object.keys(fieldProvenance[collection]).map((field) => `\`${field}\``),
      );
    });
  });

  it('joins several kinds with "or" and escapes a pipe in how the value is made', () => {
    const lines = provenanceTable().split('\n');
    expect(lines).toContain(
      '| `theme` | layout or inferred | Read off the layout for a quote of the two-voices table: the section it stands under. Inferred for a quote inside a takeaway, where the report gives no theme: an annotation of kind "inferred" on the quote’s theme quotes the words it rests on, the takeaway’s or the section the table prints words of the same work under. |',
    );
    expect(lines).toContain(
      '| `attribution` | printed or inferred | The line under the quote, verbatim, without a leading "\\|"; a line printed under several quotes is each one’s (attributionShared). For a quote with no line of its own, the line printed under a later quote is inferred to be its line too, with an annotation of kind "inferred" quoting the words it rests on. |',
    );
    expect(lines).toContain('| `authors` | printed | The names under the cover title, in the order printed. |');
  });
});
