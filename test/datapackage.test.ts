/**
 * dist/datapackage.json describes the CSV files as they are: their headers, sizes, hashes, the values
 * each column may hold, and foreign keys that resolve.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type Report, references } from '../schema/index.js';
import { freshDist } from './helpers/freshDist.js';

interface Field {
  name: string;
  type: string;
  format?: string;
  description: string;
  constraints: { required: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}
interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  format: string;
  mediatype: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect: { delimiter: string; lineTerminator: string; quoteChar: string; header: boolean };
  schema: { fields: Field[]; missingValues: string[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[] };
}

const distDir = freshDist();
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8'));
const dataPackage = readJson<Record<string, unknown> & { resources: Resource[] }>(join(distDir, 'datapackage.json'));
const packageJson = readJson<{ version: string; license: string; author: string; homepage: string }>(
  fileURLToPath(new URL('../package.json', import.meta.url)),
);
const published = <T>(collection: string) => readJson<T>(join(distDir, `json/${collection}.json`));

/** The table as a Frictionless tool reads it, with the dialect the package declares. */
function table(resource: Resource): { header: string[]; rows: Record<string, string>[] } {
  const { delimiter, lineTerminator, quoteChar } = resource.dialect;
  const text = readFileSync(join(distDir, resource.path), 'utf8');
  const [header, ...rows] = parse(text, {
    delimiter,
    record_delimiter: lineTerminator,
    quote: quoteChar,
  }) as string[][];
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]]))) };
}

const resourceNamed = (name: string) => dataPackage.resources.find((resource) => resource.name === name);

describe('dist/datapackage.json', () => {
  it('is a tabular data package named after the package, at the package’s version', () => {
    expect(dataPackage.profile).toBe('tabular-data-package');
    expect(dataPackage.name).toBe('beijing-two-voices');
    expect(dataPackage.version).toBe(packageJson.version);
  });

  it('quotes the report’s title with its own double quotes turned single, as the report’s cover nests them', () => {
    const report = published<Report>('report');
    expect(report.title).toContain('“');
    for (const text of [dataPackage.title, dataPackage.description] as string[]) {
      expect(text).not.toMatch(/“[^”]*“/);
      expect(text).toContain(`“${report.title.replaceAll('“', '‘').replaceAll('”', '’')}”`);
    }
  });

  it('names the licenses of package.json', () => {
    const spdx = packageJson.license.split(/\s+(?:AND|OR|WITH)\s+|[()]/).map((id) => id.trim());
    const names = (dataPackage.licenses as { name: string; path: string }[]).map((license) => license.name);
    expect(new Set(names)).toEqual(new Set(spdx.filter(Boolean)));
    expect(names.length).toBe(new Set(names).size);
  });

  it('credits the dataset’s own authors and home, as package.json and CITATION.cff do, and names the report as its source', () => {
    const built = readJson<Record<string, unknown>>(freshDist('datapackage.json'));
    const report = published<Report>('report');
    const cff = parseYaml(readFileSync(fileURLToPath(new URL('../CITATION.cff', import.meta.url)), 'utf8'));
    expect(built.contributors).toEqual([{ title: packageJson.author, role: 'author' }]);
    expect(cff.authors).toEqual([{ name: packageJson.author }]);
    expect(built.homepage).toBe(packageJson.homepage);
    expect(cff['repository-code']).toBe(packageJson.homepage);
    expect(built.sources).toEqual([{ title: report.title, path: report.url }]);
    expect(built.homepage).not.toBe(report.url);
  });

  it('has one resource per file in csv/', () => {
    const files = readdirSync(join(distDir, 'csv')).map((file) => `csv/${file}`);
    expect(dataPackage.resources.map((resource) => resource.path).sort()).toEqual(files.sort());
  });

  for (const resource of dataPackage.resources) {
    describe(resource.path, () => {
      const bytes = readFileSync(join(distDir, resource.path));
      const { header, rows } = table(resource);
      const { fields } = resource.schema;

      it('is declared a UTF-8 CSV tabular resource', () => {
        expect(resource).toMatchObject({
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
        });
        expect(resource.dialect.header).toBe(true);
        expect(bytes.toString('utf8')).not.toContain('\r');
      });

      it('has the size and SHA-256 hash of the file on disk', () => {
        expect(resource.bytes).toBe(bytes.length);
        expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      });

      it('has fields equal to the CSV header, in order, each described', () => {
        expect(fields.map((field) => field.name)).toEqual(header);
        for (const field of fields) expect(field.description.length, field.name).toBeGreaterThan(0);
      });

      it('has every cell satisfy its field’s type and constraints', () => {
        for (const field of fields) {
          const cells = rows.map((row) => row[field.name]);
          const present = cells.filter((cell) => !resource.schema.missingValues.includes(cell));
          if (field.constraints.required) expect(present.length, field.name).toBe(cells.length);
          if (field.constraints.unique) expect(new Set(present).size, field.name).toBe(present.length);
          for (const cell of present) {
            if (field.type === 'integer') expect(cell, field.name).toMatch(/^-?\d+$/);
            if (field.type === 'boolean') expect(['true', 'false'], field.name).toContain(cell);
            if (field.constraints.enum) expect(field.constraints.enum, field.name).toContain(cell);
            if (field.constraints.pattern)
              expect(cell, field.name).toMatch(new RegExp(`^(?:${field.constraints.pattern})$`));
            if (field.format === 'uri') expect(() => new URL(cell), field.name).not.toThrow();
          }
        }
      });

      it('has a primary key, the id or a record and a position, unique and never empty', () => {
        const key = [resource.schema.primaryKey].flat();
        expect([['id'], [header[0], 'position']]).toContainEqual(key);
        const values = rows.map((row) => JSON.stringify(key.map((name) => row[name])));
        expect(new Set(values).size).toBe(rows.length);
        for (const row of rows) for (const name of key) expect(row[name], name).not.toBe('');
      });

      it('has foreign keys whose every value is found in the referenced CSV', () => {
        for (const key of resource.schema.foreignKeys ?? []) {
          const target = resourceNamed(key.reference.resource);
          expect(target, key.reference.resource).toBeDefined();
          const known = new Set(table(target as Resource).rows.map((row) => row[key.reference.fields]));
          for (const row of rows) {
            const value = row[key.fields];
            if (value !== '') expect(known, `${row.id} ${key.fields}`).toContain(value);
          }
        }
      });
    });
  }

  it('declares a foreign key for every single-valued reference, and says why the others have none', () => {
    const tabular = new Set(dataPackage.resources.map((resource) => resource.name));
    let declared = 0;
    let linked = 0;
    for (const reference of references.filter((candidate) => tabular.has(candidate.from))) {
      const resource = resourceNamed(reference.from) as Resource;
      const column = reference.field.split('.')[0];
      const values = [published<unknown>(reference.from)]
        .flat()
        .map((record) => (record as Record<string, unknown>)[column]);
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
    const all = dataPackage.resources
      .filter((resource) => resource.schema.primaryKey === 'id')
      .flatMap((resource) => resource.schema.foreignKeys ?? []);
    expect(all.length).toBe(declared);
    expect(declared).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(0);
  });
});
