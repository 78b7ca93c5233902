/**
 * docs/files.md lists every file of dist/ at its per-version address on the npm CDN, as npm run docs:files writes
 * it: the files the code builds now, at the version package.json releases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressMarkers, cdnBase, fileAddresses } from '../scripts/docs/fileAddresses.js';
import { distFiles } from '../scripts/lib/distFiles.js';
import { freshDist } from './helpers/freshDist.js';
import { documentationPage } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';

const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('fileAddresses', () => {
  it('gives each file its address under the package, its version and dist/, in path order', () => {
    expect(fileAddresses(['csv/quotes.csv', 'SHA256SUMS'], 'pkg', '1.2.3')).toBe(
      [
        `- \`dist/SHA256SUMS\`: ${cdnBase}/pkg@1.2.3/dist/SHA256SUMS`,
        `- \`dist/csv/quotes.csv\`: ${cdnBase}/pkg@1.2.3/dist/csv/quotes.csv`,
      ].join('\n'),
    );
  });
});

describe('docs/files.md', () => {
  it('lists the address of every file of a fresh build at the current version (else run npm run docs:files)', () => {
    const page = documentationPage('docs/files.md');
    const start = page.indexOf(addressMarkers.start) + addressMarkers.start.length;
    const listed = page.slice(start, page.indexOf(addressMarkers.end)).trim();
    const files = distFiles(freshDist());
    expect(files.length).toBeGreaterThan(100);
    expect(listed, 'run npm run docs:files').toBe(fileAddresses(files, name, version));
  });
});
