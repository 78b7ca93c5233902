import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { knownLicenses, type License, type Release, type ReleaseAuthor } from './release.js';

/** A creator as CITATION.cff names one: a group by `name`, a person by their parts. */
interface CffAuthor {
  name?: string;
  'given-names'?: string;
  'name-particle'?: string;
  'family-names'?: string;
}

/** One rule for a creator's name wherever it is shown: a group's name, or a person's names in reading order. */
function releaseAuthor(author: CffAuthor): ReleaseAuthor {
  if (author.name) return { name: author.name };
  const { 'given-names': givenNames, 'family-names': familyNames } = author;
  return {
    name: [givenNames, author['name-particle'], familyNames].filter(Boolean).join(' '),
    ...(givenNames ? { givenNames } : {}),
    ...(familyNames ? { familyNames } : {}),
  };
}

function licenseNamed(name: string, where: string): License {
  const license = knownLicenses.find((candidate) => candidate.name === name);
  if (!license) throw new Error(`${where} names the licence ${name}, which datapackage.json cannot list`);
  return license;
}

/**
 * The release as `npm run version` leaves it, read once for the build: package.json's name, version and licences,
 * and CITATION.cff's date, title, abstract, creators, keywords, licence and repository, never the clock, so that a
 * build of the same release gives the same bytes. The two files must cite the same version, or the date would be
 * another release's.
 */
export function readRelease(root: string): Release {
  const packageJson = join(root, 'package.json');
  // Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as UTF-8 text, the same
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
  const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
  if (String(cff.version) !== pkg.version) {
    throw new Error(
      `CITATION.cff cites version ${cff.version}, package.json is ${pkg.version}: run tsx scripts/syncCitation.ts`,
    );
  }
  const released = String(cff['date-released'] ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(released))
    throw new Error(`CITATION.cff's date-released "${released}" is not a date`);
  const license = licenseNamed(String(cff.license), 'CITATION.cff');
  const packageLicenses = String(pkg.license ?? license.name)
    .split(' AND ')
    .map((name) => licenseNamed(name, 'package.json'));
  return {
    packageName: pkg.name,
    version: pkg.version,
    released,
    title: String(cff.title).trim(),
    abstract: String(cff.abstract ?? '').trim(),
    authors: (cff.authors as CffAuthor[]).map(releaseAuthor),
    keywords: cff.keywords ?? [],
    license,
    licenses: knownLicenses.filter((known) => packageLicenses.includes(known)),
    url: cff['repository-code'] ?? null,
  };
}
