import { collectionNames, collectionSchemas } from '../../schema/index.js';
import type { ContentHashes } from './contentHashes.js';

export interface RecordRef {
  collection: string;
  id: string;
}

/** What changed in the data between two releases, record by record. */
export interface DataChanges {
  added: RecordRef[];
  removed: RecordRef[];
  /** Records in both, with the fields whose values differ. */
  changed: (RecordRef & { fields: string[] })[];
  /** "collection.field" of fields that every record gained or lost, so not repeated record by record. */
  addedFields: string[];
  removedFields: string[];
}

const byNumber = new Intl.Collator('en', { numeric: true });

function fieldsOf(records: Record<string, Record<string, string>>): Set<string> {
  return new Set(Object.values(records).flatMap((fields) => Object.keys(fields)));
}

export function dataChanges(before: ContentHashes, after: ContentHashes): DataChanges {
  const changes: DataChanges = { added: [], removed: [], changed: [], addedFields: [], removedFields: [] };
  for (const collection of collectionNames) {
    const old = before[collection] ?? {};
    const now = after[collection] ?? {};
    const oldFields = fieldsOf(old);
    const nowFields = fieldsOf(now);
    const shared = [...nowFields].filter((field) => oldFields.has(field));
    if (Object.keys(old).length > 0) {
      changes.addedFields.push(...[...nowFields].filter((f) => !oldFields.has(f)).map((f) => `${collection}.${f}`));
      changes.removedFields.push(...[...oldFields].filter((f) => !nowFields.has(f)).map((f) => `${collection}.${f}`));
    }
    const ids = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(byNumber.compare);
    for (const id of ids) {
      if (!(id in now)) changes.removed.push({ collection, id });
      else if (!(id in old)) changes.added.push({ collection, id });
      else {
        const fields = shared.filter((field) => old[id][field] !== now[id][field]);
        if (fields.length > 0) changes.changed.push({ collection, id, fields });
      }
    }
  }
  return changes;
}

const recordName = (collection: string) =>
  collectionSchemas[collection as keyof typeof collectionSchemas]?.recordName ?? collection;

/** The "Data changes" section of a CHANGELOG entry, in Markdown. */
export function formatDataChanges(changes: DataChanges, sinceVersion: string): string {
  const item = ({ collection, id }: RecordRef) => `  - ${recordName(collection)} \`${id}\``;
  const groups: [string, string[]][] = [
    ['Fields added', changes.addedFields.map((field) => `  - \`${field}\`, on every record`)],
    ['Fields removed', changes.removedFields.map((field) => `  - \`${field}\`, from every record`)],
    ['Records added', changes.added.map(item)],
    ['Records removed', changes.removed.map(item)],
    ['Records changed', changes.changed.map(({ id, fields }) => `  - \`${id}\`: ${fields.join(', ')}`)],
  ];
  const lines = groups.filter(([, items]) => items.length > 0).flatMap(([label, items]) => [`- ${label}:`, ...items]);
  const intro = `Generated from the data: every record added, removed or changed since ${sinceVersion}, with the fields that changed.`;
  return ['### Data changes', '', intro, '', ...(lines.length > 0 ? lines : ['- None.'])].join('\n');
}
