import { collectionNames, type FieldProvenance, fieldProvenance } from '../../schema/index.js';

/** The lines between which docs/provenance.md holds the generated tables. */
export const tableStart = '<!-- generated from schema/provenance.ts by npm run docs:provenance; do not edit below -->';
export const tableEnd = '<!-- end of the generated tables -->';

/** A table cell: a pipe would end the cell early. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The provenance of every field, one Markdown table per collection, as schema/provenance.ts declares it. */
export function provenanceTable(): string {
  return collectionNames
    .map((collection) => {
      const fields: [string, FieldProvenance][] = Object.entries(fieldProvenance[collection]);
      const rows = fields.map(([field, { kinds, how }]) => `| \`${field}\` | ${kinds.join(' or ')} | ${cell(how)} |`);
      return [`### \`${collection}\``, '', '| Field | Provenance | How |', '| --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}
