import { z } from 'zod/v3';
import {
  type CollectionName,
  collectionNames,
  collectionSchemas,
  type Reference,
  recordId,
  references,
} from '../../../schema/index.js';
import { collectionRecords } from '../../lib/collectionRecords.js';
import type { Dataset } from '../../lib/createDataset.js';

/**
 * Links the build derives into published records; data/ does not hold them, so `references`
 * (which validation checks against data/) does not list them.
 */
const derivedReferences: Reference[] = [{ from: 'quotes', field: 'source', to: 'sources', key: 'id' }];

const links = [...references, ...derivedReferences];

const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);

/** `Quote`, `Person`…: the name of a collection's record type. */
const recordTypeName = (collection: CollectionName) => capitalized(collectionSchemas[collection].recordName);

const keyTypeName = (collection: CollectionName | '*', key: 'id' | 'number') =>
  collection === '*' ? 'RecordId' : `${recordTypeName(collection)}${capitalized(key)}`;

/** Collections whose `number` other records refer to, and so get a union of their numbers. */
const numberedCollections = collectionNames.filter((name) =>
  links.some((link) => link.to === name && link.key === 'number'),
);

/** The right-hand side of a union type, one member a line. */
function union(members: unknown[]): string {
  if (members.length === 0) return ' never';
  return members.map((member) => `\n  | ${JSON.stringify(member)}`).join('');
}

function keyUnions(dataset: Dataset): string[] {
  const ids = collectionNames.map(
    (name) =>
      `/** The id of every ${collectionSchemas[name].recordName} in ${name}. */\n` +
      `export type ${keyTypeName(name, 'id')} =${union(collectionRecords(dataset, name).map((record) => record.id))};`,
  );
  const numbers = numberedCollections.map(
    (name) =>
      `/** The number of every ${collectionSchemas[name].recordName} in ${name}. */\n` +
      `export type ${keyTypeName(name, 'number')} =${union(collectionRecords(dataset, name).map((record) => record.number))};`,
  );
  const anyId = `/** The id of any record of the dataset. */\nexport type RecordId = ${collectionNames
    .map((name) => keyTypeName(name, 'id'))
    .join(' | ')};`;
  return [...ids, ...numbers, anyId];
}

/** The named type standing for a field's values, when the field names other records (or is the record's own key). */
function linkedType(collection: CollectionName, path: string): string | undefined {
  if (path === 'id') return keyTypeName(collection, 'id');
  if (path === 'number' && numberedCollections.includes(collection)) return keyTypeName(collection, 'number');
  const link = links.find((candidate) => candidate.from === collection && candidate.field === path);
  return link && keyTypeName(link.to, link.key);
}

const parenthesized = (type: string) => (type.includes(' | ') && !type.startsWith('{') ? `(${type})` : type);

function typeOf(schema: z.ZodTypeAny, collection: CollectionName, path: string[]): string {
  const linked = linkedType(collection, path.join('.'));
  if (schema instanceof z.ZodNullable) return `${typeOf(schema.unwrap(), collection, path)} | null`;
  // a refinement (text in NFC) narrows the values, not the type
  if (schema instanceof z.ZodEffects) return typeOf(schema.innerType(), collection, path);
  if (schema instanceof z.ZodArray) return `readonly ${parenthesized(typeOf(schema.element, collection, path))}[]`;
  if (schema instanceof z.ZodObject) {
    const fields = Object.entries(schema.shape as z.ZodRawShape).map(
      ([name, field]) => `readonly ${name}: ${typeOf(field, collection, [...path, name])}`,
    );
    return `{ ${fields.join('; ')} }`;
  }
  if (linked && (schema instanceof z.ZodString || schema instanceof z.ZodNumber)) return linked;
  if (schema instanceof z.ZodString) return 'string';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodEnum)
    return (schema.options as string[]).map((option) => JSON.stringify(option)).join(' | ');
  if (schema instanceof z.ZodLiteral) return JSON.stringify(schema.value);
  throw new Error(`${collection} ${path.join('.')}: no TypeScript type for ${schema._def.typeName}`);
}

function docComment(text: string | undefined, indent: string): string {
  return text ? `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n` : '';
}

function fieldDoc(field: z.ZodTypeAny, collection: CollectionName, name: string): string | undefined {
  const link = links.find((candidate) => candidate.from === collection && candidate.field === name);
  // a reference field would otherwise repeat recordId's own description, which is about ids in general
  if (link && field.description === recordId.description) {
    return link.to === '*' ? 'Id of the record it refers to.' : `Id of the ${collectionSchemas[link.to].recordName}.`;
  }
  return field.description;
}

function recordInterface(collection: CollectionName): string {
  const schema = collectionSchemas[collection].published;
  const fields = Object.entries(schema.shape as z.ZodRawShape).map(
    ([name, field]) =>
      `${docComment(fieldDoc(field, collection, name), '  ')}  readonly ${name}: ${typeOf(field, collection, [name])};`,
  );
  const doc = collectionSchemas[collection].single ? `The ${collection}` : `A record of ${collection}`;
  return `/** ${doc}, as in json/${collection}.json. */\nexport interface ${recordTypeName(collection)} {\n${fields.join('\n')}\n}`;
}

function metaInterface({ release }: Dataset): string {
  return [
    "/** The release the package is, as json/all.json's `meta` names it, and how to cite the dataset and the report. */",
    'export interface Meta {',
    '  /** The npm package name. */',
    `  readonly name: ${JSON.stringify(release.packageName)};`,
    `  /** The version of the package and of the dataset, ${JSON.stringify(release.version)} in this build. */`,
    '  readonly version: string;',
    '  /** The release date, YYYY-MM-DD; null for a build outside a release. */',
    '  readonly released: string | null;',
    "  /** The licence of the dataset (SPDX); the quoted texts remain their authors'. */",
    '  readonly license: string;',
    '  /** The dataset at this release, cited in plain text: cite the version you used. */',
    '  readonly datasetCitation: string;',
    '  /** The report the records come from, cited in plain text. */',
    '  readonly reportCitation: string;',
    '}',
  ].join('\n');
}

function valueDeclarations(): string[] {
  const collections = collectionNames.map((name) => {
    const type = recordTypeName(name);
    return collectionSchemas[name].single
      ? `/** The ${name}, as in json/${name}.json. */\nexport declare const ${name}: ${type};`
      : `/** Every ${collectionSchemas[name].recordName}, as in json/${name}.json. */\nexport declare const ${name}: readonly ${type}[];`;
  });
  return [
    ...collections,
    '/** The package name, version and release, and how to cite the dataset and the report. */\nexport declare const meta: Meta;',
  ];
}

/** The declarations of the package's main entry: record types generated from the published zod schemas. */
export function declarationsOf(dataset: Dataset): string {
  const blocks = [
    ...keyUnions(dataset),
    ...collectionNames.map(recordInterface),
    metaInterface(dataset),
    ...valueDeclarations(),
  ];
  return `${blocks.join('\n\n')}\n`;
}
