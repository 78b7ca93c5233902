/**
 * Every field of every published collection says where its values come from: declared once in
 * schema/provenance.ts, generated into the JSON Schemas and datapackage.json, and consistent with what the
 * build adds and with the annotations that mark values as inferred.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  type CollectionName,
  collectionNames,
  collectionSchemas,
  type FieldProvenance,
  fieldProvenance,
  provenanceSentence,
} from '../schema/index.js';
import { provenanceTable, tableEnd, tableStart } from '../scripts/lib/provenanceTable.js';
import { freshDist } from './helpers/freshDist.js';
import { readCollection } from './helpers/runScript.js';

const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
type Json = Record<string, unknown>;

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8'));
const declared = (collection: CollectionName): Record<string, FieldProvenance> => fieldProvenance[collection];
const publishedFields = (collection: CollectionName) => Object.keys(collectionSchemas[collection].published.shape);
const recordsOf = (value: unknown) => (Array.isArray(value) ? value : [value]) as Json[];
const dataDir = new URL('../data', import.meta.url).pathname;

describe('schema/provenance.ts', () => {
  for (const collection of collectionNames) {
    it(`declares every field of ${collection}, and no other`, () => {
      expect(Object.keys(declared(collection)).sort()).toEqual(publishedFields(collection).sort());
      for (const [field, provenance] of Object.entries(declared(collection))) {
        expect(provenance.kinds.length, field).toBeGreaterThan(0);
        expect(new Set(provenance.kinds).size, field).toBe(provenance.kinds.length);
        expect(provenance.how, field).toMatch(/\.$/);
      }
    });
  }

  it('declares every field the build adds as derived, and as nothing else', () => {
    for (const collection of collectionNames) {
      const stored = Object.keys(collectionSchemas[collection].record.shape);
      for (const field of publishedFields(collection).filter((name) => !stored.includes(name)))
        expect(declared(collection)[field].kinds, `${collection}.${field}`).toEqual(['derived']);
    }
  });

  it('declares as derived every stored field whose published value the build changes', () => {
    for (const collection of collectionNames) {
      const stored = recordsOf(readCollection(dataDir, collection));
      const published = recordsOf(readJson(freshDist('json', `${collection}.json`)));
      const changed = new Set(
        stored.flatMap((record, index) =>
          Object.keys(record).filter(
            (field) => JSON.stringify(record[field]) !== JSON.stringify(published[index][field]),
          ),
        ),
      );
      for (const field of changed)
        expect(declared(collection)[field].kinds, `${collection}.${field}`).toContain('derived');
    }
    // an "Ibid." note's citations are the one case in the data
    expect(declared('endnotes').citations.kinds).toContain('derived');
  });

  it('declares as possibly inferred every field an annotation of kind "inferred" or "undecided" is about', () => {
    const collectionOf = new Map<string, CollectionName>();
    for (const collection of collectionNames)
      for (const record of recordsOf(readCollection(dataDir, collection)))
        collectionOf.set(record.id as string, collection);
    const annotations = readCollection<Json[]>(dataDir, 'annotations');
    const marking = annotations.filter((note) => note.kind === 'inferred' || note.kind === 'undecided');
    expect(marking.length).toBeGreaterThan(0);
    for (const { id, target, field } of marking) {
      const collection = collectionOf.get(target as string) as CollectionName;
      expect(declared(collection)[field as string]?.kinds, `${id}: ${collection}.${field}`).toContain('inferred');
    }
  });

  it('declares a value "classified" only where the dataset classifies: the takeaways’ theme; the takeaway quotes’ voice and theme are inferred, with evidence', () => {
    expect(declared('takeaways').theme.kinds).toEqual(['classified']);
    expect(declared('quotes').voice.kinds).toEqual(['printed', 'inferred']);
    expect(declared('quotes').theme.kinds).toEqual(['layout', 'inferred']);
    expect(declared('sources').kind.kinds).toEqual(['classified']);
    expect(declared('sources').language.kinds).toEqual(['classified']);
    for (const collection of collectionNames) expect(declared(collection).id.kinds).toEqual(['classified']);
  });
});

describe('what each declaration says', () => {
  it('never says of a field declared printed that the report does not print it', () => {
    for (const collection of collectionNames)
      for (const [field, { kinds, how }] of Object.entries(declared(collection)))
        if (kinds.includes('printed'))
          expect(how, `${collection}.${field}`).not.toMatch(/prints no\b|not printed|does not print|never prints/);
  });

  it('declares the values read off the layout as such, not as printed words', () => {
    expect(declared('themes').number).toMatchObject({ kinds: ['layout'], how: expect.stringContaining('prints no') });
    for (const field of ['context', 'takeaway', 'attributionShared'])
      expect(declared('quotes')[field].kinds, field).toEqual(['layout']);
  });

  it('declares ibid as read off the text, which is "Ibid." exactly where ibid is true', () => {
    expect(declared('endnotes').ibid.kinds).toEqual(['derived']);
    const endnotes = readCollection<Json[]>(dataDir, 'endnotes');
    expect(endnotes.some((note) => note.ibid)).toBe(true);
    for (const note of endnotes) expect(note.ibid, String(note.id)).toBe(note.text === 'Ibid.');
  });

  it('states the rules of container and issue as the data applies them', () => {
    const sources = readCollection<Json[]>(dataDir, 'sources');
    const endnotes = readCollection<Json[]>(dataDir, 'endnotes').map((note) => String(note.text));
    const inferred = new Set(
      readCollection<Json[]>(dataDir, 'annotations')
        .filter((note) => note.kind === 'inferred' && note.field === 'container')
        .map((note) => note.target),
    );
    const printedContainers = sources.filter((source) => source.container !== null && !inferred.has(source.id));
    expect(printedContainers.length).toBeGreaterThan(10);
    for (const source of printedContainers) {
      const { container, containerEnglish } = source as { container: string; containerEnglish: string | null };
      // a translation in brackets after the name, or the name alone
      const printed =
        containerEnglish === null
          ? [`${container},`]
          : [`${container} [${containerEnglish}]`, `${containerEnglish} [${container}]`];
      expect(
        endnotes.some((text) => printed.some((name) => text.includes(name))),
        `${source.id}: ${printed}`,
      ).toBe(true);
    }
    expect(declared('sources').container.how).toContain('"新华 [Xinhua]"');
    const issued = sources.filter((source) => source.issue !== null);
    expect(issued.length).toBeGreaterThan(0);
    for (const source of issued)
      expect(
        endnotes.some((text) => text.includes(` ${source.issue} (`)),
        String(source.id),
      ).toBe(true);
    expect(declared('sources').issue.how).toContain('"1" where note 38 prints "no. 1 (2019)"');
  });

  it('says that every report link assumes the page at report.url prints the report’s words and numbering', () => {
    expect(declared('report').url.how).toContain('Read the full report:');
    expect(declared('report').url.how).toContain('with this numbering of takeaways and endnotes');
  });
});

describe('the generated JSON Schemas', () => {
  const files = [
    ...readdirSync(freshDist('schema')).filter((name) => name.endsWith('.json')),
    ...readdirSync(freshDist('schema', 'data')).map((name) => `data/${name}`),
  ];

  it('compile under Ajv’s default, strict options, so that they hold no keyword of their own', () => {
    expect(files.length).toBe(2 * collectionNames.length);
    for (const file of files) {
      const ajv = new Ajv();
      addFormats(ajv);
      expect(() => ajv.compile(readJson<Json>(freshDist('schema', file))), file).not.toThrow();
    }
  });

  it('end each property’s description with its provenance', () => {
    for (const collection of collectionNames) {
      for (const file of [`${collection}.schema.json`, `data/${collection}.schema.json`]) {
        const schema = readJson<Json>(freshDist('schema', file));
        const item = (collectionSchemas[collection].single ? schema : schema.items) as Json;
        for (const [field, property] of Object.entries(item.properties as Record<string, Json>))
          expect(property.description, `${file} ${field}`).toMatch(
            new RegExp(`${provenanceSentence(collection, field).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
          );
      }
    }
  });
});

describe('dist/datapackage.json', () => {
  interface Field {
    name: string;
    description: string;
  }
  const dataPackage = readJson<{ resources: { name: string; schema: { fields: Field[] } }[] }>(
    freshDist('datapackage.json'),
  );

  it('says the provenance of every column: a record’s field as declared, a joined or computed one derived', () => {
    for (const resource of dataPackage.resources) {
      const collection = collectionNames.find((name) => name === resource.name);
      for (const field of resource.schema.fields) {
        const own = collection && Object.hasOwn(declared(collection), field.name);
        // the words of an annotation's excerpt are printed; the rest of a link table is derived
        const excerptWords = resource.name === 'annotation-evidence' && field.name !== 'reportLink';
        const kept = excerptWords && field.name !== 'annotation' && field.name !== 'position';
        const expected = own
          ? provenanceSentence(collection, field.name)
          : kept
            ? 'Provenance: printed.'
            : 'Provenance: derived.';
        expect(field.description.endsWith(expected), `${resource.name}.${field.name}`).toBe(true);
      }
    }
  });
});

describe('docs/provenance.md', () => {
  it('holds the tables generated from the declarations (npm run docs:provenance rewrites them)', () => {
    const text = readFileSync(new URL('../docs/provenance.md', import.meta.url), 'utf8');
    const between = text.slice(text.indexOf(tableStart) + tableStart.length, text.indexOf(tableEnd));
    // the formatter pads the tables' cells, which changes nothing a reader sees
    const unpadded = (markdown: string) =>
      markdown
        .trim()
        .replace(/ *\| */g, '|')
        .replace(/-{3,}/g, '---');
    expect(unpadded(between)).toBe(unpadded(provenanceTable()));
    for (const collection of collectionNames) expect(between).toContain(`### \`${collection}\``);
  });
});
