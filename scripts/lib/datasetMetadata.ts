import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { licenses } from './licenses.js';
import { projectRoot } from './paths.js';

/** A creator as CITATION.cff names one: a group by `name`, a person by their parts. */
export interface CffAuthor {
  name?: string;
  'given-names'?: string;
  'name-particle'?: string;
  'family-names'?: string;
}

/** What describes the dataset itself (not the report): its package name, and CITATION.cff's title and creators. */
export interface DatasetMetadata {
  packageName: string;
  title: string;
  abstract: string;
  authors: CffAuthor[];
  keywords: string[];
  /** The data's licence, with the address datapackage.json gives it. */
  license: { name: string; path: string };
  repository: string;
}

/** Read from package.json and CITATION.cff, which `npm run version` keeps in step before it builds. */
export function datasetMetadata(root = projectRoot): DatasetMetadata {
  const packageJson = join(root, 'package.json');
  // Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as UTF-8 text, the same
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
  const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
  const license = licenses.find((candidate) => candidate.name === cff.license);
  if (!license) throw new Error(`CITATION.cff's licence ${cff.license} is not among those datapackage.json lists`);
  return {
    packageName: pkg.name,
    title: cff.title,
    abstract: cff.abstract,
    authors: cff.authors,
    keywords: cff.keywords ?? [],
    license: { name: license.name, path: license.path },
    repository: cff['repository-code'],
  };
}
