import {
  type CollectionName,
  collectionNames,
  type FieldProvenance,
  fieldProvenance,
} from '../../../../schema/index.js';
import { h } from './markup.js';
import { withChinese } from './richText.js';

/**
 * Where every field's value comes from (printed, read off the layout, derived, classified or inferred), one table per collection, from the
 * declarations in schema/ that the JSON Schemas and datapackage.json carry too: a reader of the page can tell what the
 * report prints from what the dataset chose.
 */
export function fieldProvenanceTable() {
  const declared = fieldProvenance as Record<CollectionName, Record<string, FieldProvenance>>;
  return h(
    'details',
    { class: 'timeline-table field-provenance', id: 'provenance' },
    h('summary', {}, 'Where each value comes from: printed, read off the layout, derived, classified or inferred'),
    collectionNames.map((collection) =>
      h(
        'table',
        {},
        h('caption', {}, collection),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Field'),
            h('th', { scope: 'col' }, 'Provenance'),
            h('th', { scope: 'col' }, 'How'),
          ),
        ),
        h(
          'tbody',
          {},
          Object.entries(declared[collection]).map(([field, { kinds, how }]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, h('code', {}, field)),
              h('td', {}, kinds.join(' or ')),
              // a declaration may quote the report's Chinese, marked as such as everywhere on the page
              h('td', {}, withChinese(how)),
            ),
          ),
        ),
      ),
    ),
  );
}
