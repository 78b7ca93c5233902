import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../schema/index.js';
import { dataJsonSchema } from '../scripts/lib/jsonSchemas.js';
import { readCollection, runScript, validFixture } from './helpers/runScript.js';

const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
type Json = Record<string, unknown>;

function recordsIn(dir: string, collection: string): Json[] {
  const value = readCollection<Json | Json[]>(dir, collection);
  return Array.isArray(value) ? value : [value];
}

/** Invalid variants of a valid record: each must be rejected by zod and by the JSON Schema. */
function brokenVariants(record: Json): [string, Json][] {
  const { id, ...withoutId } = record;
  return [
    ['without its id', withoutId],
    ['with an unknown field', { ...record, unexpected: true }],
    ['with an id that is not kebab-case', { ...record, id: 'Not An Id' }],
    ['with a field of the wrong type', { ...record, [Object.keys(withoutId)[0]]: { nested: 1 } }],
  ];
}

const typeSpecific: Record<string, [string, Json][]> = {
  quotes: [
    ['with an unknown voice', { voice: 'outer' }],
    ['with an unknown context', { context: 'footnote' }],
  ],
  sources: [
    ['with a date that is not ISO 8601', { issued: 'April 25, 2016' }],
    ['with an unknown kind', { kind: 'blog' }],
  ],
  report: [['with a URL that is not one', { url: 'not a url' }]],
  annotations: [['with an unknown kind', { kind: 'opinion' }]],
  endnotes: [['with a citation without its source', { citations: [{}] }]],
};

function ajvFor(schema: Json) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('data/ records: zod and the generated JSON Schema agree on every fixture', () => {
  for (const collection of collectionNames) {
    const { record: zodSchema, single } = collectionSchemas[collection];
    const schema = dataJsonSchema(collection);
    const validate = ajvFor(single ? schema : (schema.items as Json));
    const valid = recordsIn(validFixture, collection);

    it(`${collection}: the JSON Schema is not empty`, () => {
      expect(single ? schema.properties : (schema.items as Json).properties).toHaveProperty('id');
    });

    it(`${collection}: valid records are accepted by both`, () => {
      for (const record of valid) {
        expect(zodSchema.safeParse(record).success).toBe(true);
        expect(validate(record)).toBe(true);
      }
    });

    const variants = [
      ...brokenVariants(valid[0]),
      ...(typeSpecific[collection] ?? []).map(([name, change]): [string, Json] => [name, { ...valid[0], ...change }]),
    ];
    for (const [name, record] of variants) {
      it(`${collection}: a record ${name} is rejected by both`, () => {
        expect(zodSchema.safeParse(record).success).toBe(false);
        expect(validate(record)).toBe(false);
      });
    }
  }
});

describe('published records and their JSON Schema in dist/schema/', () => {
  let distDir: string;
  beforeAll(() => {
    distDir = join(mkdtempSync(join(tmpdir(), 'btv-')), 'dist');
    expect(runScript('build', ['--data', validFixture, '--dist', distDir]).status).toBe(0);
  });

  for (const collection of collectionNames) {
    it(`${collection}: the published records validate, and one without its id or with an unknown field does not`, () => {
      const schema = JSON.parse(readFileSync(join(distDir, `schema/${collection}.schema.json`), 'utf8'));
      const validate = ajvFor(schema);
      const published = JSON.parse(readFileSync(join(distDir, `json/${collection}.json`), 'utf8'));
      expect(validate(published)).toBe(true);
      const [first] = Array.isArray(published) ? published : [published];
      const wrap = (record: Json) => (Array.isArray(published) ? [record] : record);
      const { id, ...withoutId } = first;
      expect(validate(wrap(withoutId))).toBe(false);
      expect(validate(wrap({ ...first, unexpected: true }))).toBe(false);
    });
  }

  it('derives a quote’s source, date, insertions and elision from its endnote and text', () => {
    const quotes = JSON.parse(readFileSync(join(distDir, 'json/quotes.json'), 'utf8'));
    const viaIbid = quotes.find((quote: Json) => quote.id === 'q-2');
    expect(viaIbid).toMatchObject({
      source: 'xi-jinping-2016-speech',
      date: '2016-04-25',
      insertions: ['China sought to'],
      elided: true,
    });
    const endnotes = JSON.parse(readFileSync(join(distDir, 'json/endnotes.json'), 'utf8'));
    expect(endnotes[1].citations).toEqual(endnotes[0].citations);
  });
});

describe('editor support', () => {
  it('.vscode/settings.json maps every data file to its generated JSON Schema', () => {
    const root = new URL('..', import.meta.url);
    const settings = JSON.parse(readFileSync(new URL('.vscode/settings.json', root), 'utf8'));
    const mapped = new Map<string, string>(
      settings['json.schemas'].map((entry: { fileMatch: string[]; url: string }) => [entry.fileMatch[0], entry.url]),
    );
    for (const collection of collectionNames) {
      const url = mapped.get(`/data/${collection}.json`);
      expect(url, collection).toBe(`./dist/schema/data/${collection}.schema.json`);
      const schema = JSON.parse(readFileSync(new URL(url as string, root), 'utf8'));
      expect(schema).toEqual(dataJsonSchema(collection));
    }
  });
});
