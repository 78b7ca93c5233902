/**
 * dist/datapackage.json read by Frictionless's own JavaScript library: the package is valid against its
 * profile, and every table reads with its types cast and its foreign keys resolved; a broken copy does not.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDist } from './helpers/freshDist.js';

const distDir = freshDist();

async function readAll(descriptor: string): Promise<Record<string, number>> {
  const dataPackage = await Package.load(descriptor);
  expect(dataPackage.errors.map(String)).toEqual([]);
  expect(dataPackage.valid).toBe(true);
  const counts: Record<string, number> = {};
  for (const resource of dataPackage.resources) {
    counts[resource.name] = (await resource.read({ relations: true, cast: true })).length;
  }
  return counts;
}

/** A copy of the package with one CSV file edited. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'btv-frictionless-'));
  copies.push(dir);
  cpSync(join(distDir, 'csv'), join(dir, 'csv'), { recursive: true });
  cpSync(join(distDir, 'datapackage.json'), join(dir, 'datapackage.json'));
  const path = join(dir, 'csv', file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return join(dir, 'datapackage.json');
}
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('dist/datapackage.json read by the Frictionless library', () => {
  it('is valid, and every table reads with its types and foreign keys checked, row for row', async () => {
    const counts = await readAll(join(distDir, 'datapackage.json'));
    const quotes = JSON.parse(readFileSync(join(distDir, 'json/quotes.json'), 'utf8'));
    expect(counts.quotes).toBe(quotes.length);
    const speakers = quotes.reduce((sum: number, quote: { speakers: string[] }) => sum + quote.speakers.length, 0);
    expect(counts['quote-speakers']).toBe(speakers);
  }, 60_000);

  it('rejects a link to a person who is not in people.csv', async () => {
    const descriptor = brokenCopy('quote-speakers.csv', (text) => text.replace(/,xi-jinping\n/, ',no-such-person\n'));
    await expect(readAll(descriptor)).rejects.toThrow(/foreign key/i);
  }, 60_000);

  it('rejects a link table row that repeats a record and position', async () => {
    const descriptor = brokenCopy('quote-speakers.csv', (text) => {
      const [header, first, ...rest] = text.split('\n');
      return [header, first, first, ...rest].join('\n');
    });
    await expect(readAll(descriptor)).rejects.toThrow(/primary key|unique/i);
  }, 60_000);
});
