import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Release } from './release.js';

/**
 * The release as `npm run version` leaves it: the version of package.json, and the date, title, authors,
 * licence and repository of CITATION.cff, never the clock, so that a build of the same release gives the same bytes.
 * The two files must cite the same version, or the date would be another release's.
 */
export function readRelease(root: string): Release {
  const packageJson = join(root, 'package.json');
  // Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as UTF-8 text, the same
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8'));
  const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8'));
  if (String(cff.version) !== version) {
    throw new Error(
      `CITATION.cff cites version ${cff.version}, package.json is ${version}: run tsx scripts/syncCitation.ts`,
    );
  }
  const released = String(cff['date-released'] ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(released))
    throw new Error(`CITATION.cff's date-released "${released}" is not a date`);
  return {
    version,
    released,
    title: String(cff.title).trim(),
    authors: (cff.authors as { name?: string; 'given-names'?: string; 'family-names'?: string }[]).map(
      (author) => author.name ?? [author['given-names'], author['family-names']].filter(Boolean).join(' '),
    ),
    license: String(cff.license),
    url: cff['repository-code'] ?? null,
  };
}
