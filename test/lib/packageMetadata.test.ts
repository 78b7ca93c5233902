/** packageMetadata, in process: the dataset's author and home from package.json, refused unless both are strings. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageMetadata } from '../../scripts/lib/packageMetadata.js';

const dir = mkdtempSync(join(tmpdir(), 'btv-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A package.json of these fields. */
function packageJson(name: string, fields: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(fields));
  return path;
}

describe('packageMetadata', () => {
  it('is the project’s package.json author and homepage', () => {
    expect(packageMetadata()).toEqual({
      author: 'beijing-two-voices contributors',
      homepage: 'https://github.com/beijing-two-voices/beijing-two-voices',
    });
  });

  it('reads another package.json given its path', () => {
    expect(packageMetadata(packageJson('both.json', { author: 'A', homepage: 'https://example.org' }))).toEqual({
      author: 'A',
      homepage: 'https://example.org',
    });
  });

  it.each([
    ['no homepage', { author: 'A' }],
    ['an author that is not a string', { author: { name: 'A' }, homepage: 'https://example.org' }],
  ])('refuses a package.json with %s', (name, fields) => {
    expect(() => packageMetadata(packageJson(`${name}.json`, fields))).toThrow(
      new Error('package.json names no author or homepage as strings'),
    );
  });
});
