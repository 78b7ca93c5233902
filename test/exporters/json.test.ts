/** The JSON exporters, called in process on the dataset built from data/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../../schema/index.js';
import { exportJson } from '../../scripts/exporters/json.js';
import { exportJsonSchema } from '../../scripts/exporters/jsonSchema.js';
import { datasetNow, exportedNow, textOf } from '../helpers/exportedNow.js';
import { root } from '../helpers/runScript.js';

// ajv-formats ships CommonJS whose default export NodeNext types as the module object
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('json/', () => {
  it('holds each collection in json/<name>.json and all of them in json/all.json, nothing else', () => {
    const files = exportedNow(datasetNow(), exportJson);
    const expected = [...collectionNames.map((name) => `json/${name}.json`), 'json/all.json'];
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it('writes each collection as the published records, indented by two spaces, with a final newline', () => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportJson);
    for (const name of collectionNames) expect(textOf(files, `json/${name}.json`), name).toBe(pretty(dataset[name]));
  });

  it('writes all.json with every collection under its name, in the order of the collections', () => {
    const dataset = datasetNow();
    const all = textOf(exportedNow(dataset, exportJson), 'json/all.json');
    expect(all.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(all);
    expect(Object.keys(parsed).filter((key) => key !== 'meta')).toEqual([...collectionNames]);
    for (const name of collectionNames) expect(parsed[name], name).toEqual(dataset[name]);
    expect(all).toBe(pretty(parsed));
  });
});

describe('schema/', () => {
  const ajv = () => addFormats(new Ajv({ allErrors: true, strict: false }));

  it('holds a published and a data/ schema per collection, nothing else', () => {
    const files = exportedNow(datasetNow(), exportJsonSchema);
    const expected = collectionNames.flatMap((name) => [
      `schema/${name}.schema.json`,
      `schema/data/${name}.schema.json`,
    ]);
    expect([...files.keys()].sort()).toEqual(expected.sort());
    for (const [path, contents] of files) expect(contents, path).toBe(pretty(JSON.parse(contents as string)));
  });

  it('schema/<name>.schema.json accepts the published records and refuses a record without its fields', () => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportJsonSchema);
    for (const name of collectionNames) {
      const schema = JSON.parse(textOf(files, `schema/${name}.schema.json`));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title).toBe(`beijing-two-voices ${name}`);
      const validate = ajv().compile(schema);
      expect(validate(dataset[name]), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate(collectionSchemas[name].single ? {} : [{}]), name).toBe(false);
    }
  });

  it('schema/data/<name>.schema.json accepts the file in data/', () => {
    const files = exportedNow(datasetNow(), exportJsonSchema);
    for (const name of collectionNames) {
      const schema = JSON.parse(textOf(files, `schema/data/${name}.schema.json`));
      expect(schema.title).toBe(`data/${name}.json`);
      const validate = ajv().compile(schema);
      const stored = JSON.parse(readFileSync(join(root, 'data', `${name}.json`), 'utf8'));
      expect(validate(stored), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
