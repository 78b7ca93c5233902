import { existsSync, readFileSync } from 'node:fs';
import { type CollectionName, collectionNames, collectionSchemas } from '../../schema/index.js';
import { createDataset, type Dataset } from '../lib/createDataset.js';
import { distFiles } from '../lib/distFiles.js';
import { validateData } from '../validateData.js';
import { type ContentHashes, contentHashes } from './contentHashes.js';
import { schemaFields } from './schemaFields.js';

/** What users of a release can rely on: removing or changing any of it breaks them. */
export interface PublicSurface {
  /** The release this surface is of. */
  version: string;
  /** Every record id, by collection. */
  records: Record<string, string[]>;
  /** Every field of every published record type, as "collection.field.nested", with its type. */
  fields: Record<string, string>;
  /** The allowed values of every enum field. */
  values: Record<string, string[]>;
  /** The keys of package.json "exports". */
  exports: string[];
  /** Every file of dist/, relative to it. */
  files: string[];
  /**
   * A hash of every field of every record, from which the next release lists its data changes. Missing from
   * snapshots written before it existed (1.0.0): those are read from the release's dist/ in git instead.
   */
  content?: ContentHashes;
}

export interface PackageJson {
  name: string;
  version: string;
  exports?: unknown;
}

// "q-2" before "q-10", so that the snapshot reads in the report's order
const byNumber = new Intl.Collator('en', { numeric: true });
const sorted = (values: Iterable<string>) => [...values].sort(byNumber.compare);

function recordIds(dataset: Dataset): Record<CollectionName, string[]> {
  const ids = (collection: CollectionName) => {
    const records = dataset[collection];
    return sorted((Array.isArray(records) ? records : [records]).map((record) => record.id));
  };
  return Object.fromEntries(collectionNames.map((collection) => [collection, ids(collection)])) as Record<
    CollectionName,
    string[]
  >;
}

function exportPaths(exportsField: unknown): string[] {
  if (exportsField === undefined || exportsField === null) return [];
  if (typeof exportsField !== 'object') return ['.'];
  const keys = Object.keys(exportsField);
  // an object of conditions only ("import", "types"…) describes "."
  return keys.some((key) => key.startsWith('.')) ? sorted(keys) : ['.'];
}

/** The surface of a dataset, the published schemas, package.json and a built dist/. */
export function surfaceOf(dataset: Dataset, packageJson: PackageJson, files: string[]): PublicSurface {
  const fields: Record<string, string> = {};
  const values: Record<string, string[]> = {};
  for (const collection of collectionNames) {
    for (const field of schemaFields(collectionSchemas[collection].published, collection)) {
      fields[field.path] = field.kind;
      if (field.values) values[field.path] = sorted(field.values);
    }
  }
  return {
    version: packageJson.version,
    records: recordIds(dataset),
    fields,
    values,
    exports: exportPaths(packageJson.exports),
    files: sorted(files),
    content: contentHashes({ ...dataset }),
  };
}

export function readPackageJson(path: string): PackageJson {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The surface of a working tree: its data as the build publishes it, its dist/ as built. */
export function currentSurface(dataDir: string, distDir: string, packageJson: PackageJson): PublicSurface {
  const validation = validateData(dataDir);
  if (!validation.ok) throw new Error(`${dataDir} is not valid: run npm run validate to see why`);
  return surfaceOf(createDataset(validation.data, packageJson.version), packageJson, sorted(distFiles(distDir)));
}

export function readSurface(path: string): PublicSurface | null {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

export function serializeSurface(surface: PublicSurface): string {
  return `${JSON.stringify(surface, null, 2)}\n`;
}
