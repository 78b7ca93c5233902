/**
 * datapackage.json as the exporter writes it in process, after the CSV exporter: valid against Frictionless's
 * Tabular Data Package profile; each resource describes the CSV file made beside it (size, hash, header, the values
 * of each column, keys that hold and foreign keys that resolve) and the package credits the report and its own
 * authors.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collectionNames, references } from '../../schema/index.js';
import { exportCsv } from '../../scripts/exporters/csv.js';
import { exportDatapackage } from '../../scripts/exporters/datapackage.js';
import { exportJson } from '../../scripts/exporters/json.js';
import { csvFiles } from '../../scripts/exporters/tables/csvFiles.js';
import { readRelease } from '../../scripts/lib/readRelease.js';
import {
  csvRowsOf,
  datasetNow,
  exportedNow,
  type Files,
  linkTableNames,
  textOf,
  withEvidence,
} from '../helpers/exportedNow.js';
import { root } from '../helpers/runScript.js';

type Constraints = { required: boolean; unique?: boolean; enum?: string[]; pattern?: string };
type Field = { name: string; type: string; format?: string; description: string; constraints: Constraints };
interface Resource {
  name: string;
  path: string;
  description: string;
  bytes: number;
  hash: string;
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema: {
    fields: Field[];
    missingValues: string[];
    primaryKey: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
type Package = Record<string, unknown> & { resources: Resource[] };

/** datapackage.json of data/ at this release, as the build writes it. */
function packageNow(): { files: Files; datapackage: Package; text: string } {
  // with evidence, so that its table's foreign key has rows to check
  const dataset = datasetNow(withEvidence);
  dataset.release = readRelease(root);
  const files = exportedNow(dataset, exportCsv, exportDatapackage);
  const text = textOf(files, 'datapackage.json');
  return { files, datapackage: JSON.parse(text), text };
}

/** The CSV file a resource describes, read with the dialect it declares, as a Frictionless tool reads it. */
function rowsOf(files: Files, resource: Resource): Record<string, string>[] {
  const [header, ...rows] = csvRowsOf(files, resource.path, resource.dialect);
  expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
  return rows.map((row) => Object.fromEntries(header.map((name, at) => [name, row[at]])));
}

/**
 * Frictionless's Tabular Data Package profile (test/fixtures/frictionless/), which its reference library checked the
 * package against: a draft-04 JSON Schema, whose keywords here mean the same in ajv's draft-07.
 */
function tabularDataPackageProfile() {
  const path = join(root, 'test/fixtures/frictionless/tabular-data-package.json');
  const { $schema, ...profile } = JSON.parse(readFileSync(path, 'utf8'));
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  // "textarea" only tells an editor how to show a field
  const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
  // the package's CommonJS default export, which TypeScript types as a namespace
  (ajvFormats as unknown as typeof ajvFormats.default)(ajv);
  return ajv.compile(profile);
}

describe('datapackage.json made in process', () => {
  it('is valid against the Tabular Data Package profile, and a field of no Table Schema type is not', () => {
    const validate = tabularDataPackageProfile();
    const { datapackage } = packageNow();
    expect(validate(datapackage), JSON.stringify(validate.errors)).toBe(true);
    datapackage.resources[0].schema.fields[0].type = 'text';
    expect(validate(datapackage)).toBe(false);
  });

  it('is a tabular data package at the dataset’s version, written as indented JSON', () => {
    const { datapackage, text } = packageNow();
    expect(text).toBe(`${JSON.stringify(datapackage, null, 2)}\n`);
    expect(datapackage).toMatchObject({
      profile: 'tabular-data-package',
      name: 'beijing-two-voices',
      version: datasetNow().version,
    });
  });

  it('names the report, its four authors in a list ending in “, and”, its publisher and date, and the licenses', () => {
    const { report, people } = datasetNow();
    const { datapackage } = packageNow();
    const authors = report.authors.map((id) => people.find((person) => person.id === id)?.name);
    expect(authors).toHaveLength(4);
    const title = `“${report.title.replaceAll('“', '‘').replaceAll('”', '’')}”`;
    expect(datapackage.title).toBe(`Records of ${title}`);
    expect(datapackage.description).toMatch(
      new RegExp(
        `^The takeaways, quotes, endnotes, cited works and people of ${title} by ${authors[0]}, ${authors[1]}, ` +
          `${authors[2]}, and ${authors[3]} \\(${report.publisher}, ${report.issued}\\), one CSV table each, .*csv-excel/ .*\\.$`,
      ),
    );
    expect(URL.canParse(datapackage.homepage as string)).toBe(true);
  });

  it('names the licenses of package.json', () => {
    const { license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const spdx = (license as string).split(/\s+(?:AND|OR|WITH)\s+|[()]/).map((id) => id.trim());
    const names = (packageNow().datapackage.licenses as { name: string; path: string }[]).map((item) => item.name);
    expect(new Set(names)).toEqual(new Set(spdx.filter(Boolean)));
    expect(names.length).toBe(new Set(names).size);
  });

  it('credits the dataset’s own authors and home, as package.json and CITATION.cff do, and names the report as its source', () => {
    const { datapackage } = packageNow();
    const { report } = datasetNow();
    const { author, homepage } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const cff = parseYaml(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
    expect(datapackage.contributors).toEqual([{ title: author, role: 'author' }]);
    expect(cff.authors).toEqual([{ name: author }]);
    expect(datapackage.homepage).toBe(homepage);
    expect(cff['repository-code']).toBe(homepage);
    expect(datapackage.sources).toEqual([{ title: report.title, path: report.url }]);
    expect(datapackage.homepage).not.toBe(report.url);
  });

  it('lists a resource per CSV file: the collections, then the lists', () => {
    const { datapackage } = packageNow();
    const names = [...collectionNames, ...linkTableNames];
    expect(datapackage.resources.map((resource) => resource.name)).toEqual(names);
    expect(datapackage.resources.map((resource) => resource.path)).toEqual(names.map((name) => `csv/${name}.csv`));
  });

  it('describes every file the CSV exporter writes to csv/, each with lines ended by \\n alone', () => {
    const { datapackage, files } = packageNow();
    const written = [...files.keys()].filter((path) => path.startsWith('csv/'));
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(written.sort());
    for (const path of written) expect(textOf(files, path), path).not.toContain('\r');
  });

  it('gives each resource the size and SHA-256 hash of its CSV file, and the canonical dialect', () => {
    const { datapackage, files } = packageNow();
    for (const resource of datapackage.resources) {
      const bytes = Buffer.from(textOf(files, resource.path));
      expect(resource).toMatchObject({
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      });
      expect(resource.schema.missingValues).toEqual(['']);
    }
  });

  it('describes every resource and every field in sentences', () => {
    const { datapackage } = packageNow();
    for (const resource of datapackage.resources) {
      expect(resource.description, resource.name).toMatch(/^(One row per|The ).+\.$/);
      for (const field of resource.schema.fields)
        expect(field.description, `${resource.name}.${field.name}`).toMatch(/^\S.*\.$/);
    }
  });

  it('has every cell satisfy its field’s type and constraints', () => {
    const { datapackage, files } = packageNow();
    const seen = new Set<string>();
    for (const resource of datapackage.resources) {
      const rows = rowsOf(files, resource);
      for (const field of resource.schema.fields) {
        const cells = rows.map((row) => row[field.name]);
        const present = cells.filter((cell) => cell !== '');
        const where = `${resource.name}.${field.name}`;
        if (field.constraints.required) expect(present.length, where).toBe(cells.length);
        if (field.constraints.unique) expect(new Set(present).size, where).toBe(present.length);
        for (const cell of present) {
          if (field.type === 'integer') expect(cell, where).toMatch(/^-?\d+$/);
          if (field.type === 'boolean') expect(['true', 'false'], where).toContain(cell);
          if (field.constraints.enum) expect(field.constraints.enum, where).toContain(cell);
          if (field.constraints.pattern) expect(cell, where).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
          if (field.format === 'uri') expect(URL.canParse(cell), where).toBe(true);
        }
        for (const name of ['integer', 'boolean', 'enum', 'pattern', 'uri', 'unique', 'required', 'optional'])
          if (
            field.type === name ||
            name in field.constraints ||
            field.format === name ||
            (name === 'required' && field.constraints.required) ||
            (name === 'optional' && !field.constraints.required)
          )
            seen.add(name);
      }
    }
    // each kind of constraint is declared somewhere, so that each is proven above
    expect([...seen].sort()).toEqual([
      'boolean',
      'enum',
      'integer',
      'optional',
      'pattern',
      'required',
      'unique',
      'uri',
    ]);
  });

  it('keys each table by id, or by its record and the position in the list', () => {
    const { datapackage } = packageNow();
    for (const resource of datapackage.resources) {
      const { primaryKey, fields } = resource.schema;
      if (collectionNames.includes(resource.name as never)) {
        expect(primaryKey, resource.name).toBe('id');
        expect(fields[0].constraints.unique, resource.name).toBe(true);
      } else {
        expect(primaryKey, resource.name).toEqual([fields[0].name, 'position']);
        expect(
          fields.map((field) => field.constraints.unique ?? false),
          resource.name,
        ).toEqual(fields.map(() => false));
        expect(fields.length, resource.name).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('has primary keys whose values are unique and never empty', () => {
    const { datapackage, files } = packageNow();
    for (const resource of datapackage.resources) {
      const key = [resource.schema.primaryKey].flat();
      const rows = rowsOf(files, resource);
      const values = rows.map((row) => JSON.stringify(key.map((name) => row[name])));
      expect(new Set(values).size, resource.name).toBe(rows.length);
      for (const row of rows) for (const name of key) expect(row[name], `${resource.name}.${name}`).not.toBe('');
    }
  });

  it('declares a foreign key for every single-valued reference, and says why the others have none', () => {
    const dataset = datasetNow();
    const files = exportedNow(dataset, exportJson, exportCsv, exportDatapackage);
    const datapackage: Package = JSON.parse(textOf(files, 'datapackage.json'));
    const resourceNamed = (name: string) => datapackage.resources.find((resource) => resource.name === name);
    const published = (collection: string): unknown => JSON.parse(textOf(files, `json/${collection}.json`));
    const tabular = new Set(datapackage.resources.map((resource) => resource.name));
    let declared = 0;
    let linked = 0;
    for (const reference of references.filter((candidate) => tabular.has(candidate.from))) {
      const resource = resourceNamed(reference.from) as Resource;
      const column = reference.field.split('.')[0];
      const values = [published(reference.from)].flat().map((record) => (record as Record<string, unknown>)[column]);
      const keys = (resource.schema.foreignKeys ?? []).filter((key) => key.fields === column);
      if (reference.to === '*' || values.some(Array.isArray)) {
        expect(keys, `${reference.from}.${column}`).toEqual([]);
        const field = resource.schema.fields.find((candidate) => candidate.name === column);
        expect(field?.description, `${reference.from}.${column}`).toMatch(/not .*foreign key|foreign key.*none/);
        if (reference.to === '*') continue;
        // a list: its link table, named in the description, declares a key to each side
        const linkFile = /(\S+)\.csv holds one row per link/.exec(field?.description ?? '')?.[1] ?? '';
        const link = resourceNamed(linkFile);
        expect(link, `${reference.from}.${column}`).toBeDefined();
        const targets = (link?.schema.foreignKeys ?? []).map((key) => key.reference);
        expect(targets).toContainEqual({ resource: reference.to, fields: reference.key });
        expect(targets.map((target) => target.resource)).toContain(reference.from);
        linked += 1;
      } else {
        expect(keys).toEqual([{ fields: column, reference: { resource: reference.to, fields: reference.key } }]);
        declared += 1;
      }
    }
    const all = datapackage.resources
      .filter((resource) => resource.schema.primaryKey === 'id')
      .flatMap((resource) => resource.schema.foreignKeys ?? []);
    expect(all.length).toBe(declared);
    expect(declared).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(0);
  });

  it('declares foreign keys, each to a column whose values are unique, and each value found there', () => {
    const { datapackage, files } = packageNow();
    const named = new Map(datapackage.resources.map((resource) => [resource.name, resource]));
    const declared = datapackage.resources.flatMap((resource) =>
      (resource.schema.foreignKeys ?? []).map(
        (key) => `${resource.name}.${key.fields} → ${key.reference.resource}.${key.reference.fields}`,
      ),
    );
    expect(declared).toEqual([
      'takeaways.theme → themes.id',
      'quotes.theme → themes.id',
      'quotes.takeaway → takeaways.number',
      'quotes.endnote → endnotes.number',
      'quotes.source → sources.id',
      'report-authors.report → report.id',
      'report-authors.person → people.id',
      'takeaway-endnotes.takeaway → takeaways.number',
      'takeaway-endnotes.endnote → endnotes.number',
      'quote-speakers.quote → quotes.id',
      'quote-speakers.person → people.id',
      'quote-insertions.quote → quotes.id',
      'endnote-citations.endnote → endnotes.number',
      'endnote-citations.source → sources.id',
      'source-authors.source → sources.id',
      'source-authors.person → people.id',
      'person-name-variants.person → people.id',
      'annotation-evidence.annotation → annotations.id',
    ]);
    for (const resource of datapackage.resources) {
      const rows = rowsOf(files, resource);
      for (const { fields, reference } of resource.schema.foreignKeys ?? []) {
        const target = named.get(reference.resource) as Resource;
        const field = target.schema.fields.find((candidate) => candidate.name === reference.fields);
        expect(field?.constraints.unique, `${target.name}.${reference.fields}`).toBe(true);
        const known = new Set(rowsOf(files, target).map((row) => row[reference.fields]));
        for (const row of rows)
          if (row[fields] !== '') expect(known, `${resource.name}.${fields}`).toContain(row[fields]);
      }
    }
  });

  it('cannot describe CSV files that were not written before it', () => {
    expect(() => exportDatapackage(datasetNow(), new Map())).toThrow(
      'datapackage.json describes csv/report.csv: register it after the CSV exporter',
    );
  });

  it('lists one author alone, two joined by “and”, three with a serial comma, and an author who is not a person by id', () => {
    // the CSV files as the exporter finds them, of any contents: the description is all this test reads
    const earlier: Files = new Map(csvFiles.map((table) => [`csv/${table.name}.csv`, '']));
    const byLine = (authors: string[]) => {
      const dataset = datasetNow();
      dataset.report.authors = authors;
      const [file] = exportDatapackage(dataset, earlier);
      const { description } = JSON.parse(String(file.contents));
      return (description as string).replace(/^.* by (.*) \(.*$/, '$1');
    };
    expect(byLine(['rush-doshi'])).toBe('Rush Doshi');
    expect(byLine(['rush-doshi', 'john-ferguson'])).toBe('Rush Doshi and John Ferguson');
    expect(byLine(['rush-doshi', 'p-nobody'])).toBe('Rush Doshi and p-nobody');
    expect(byLine(['rush-doshi', 'john-ferguson', 'p-nobody'])).toBe('Rush Doshi, John Ferguson, and p-nobody');
  });
});
