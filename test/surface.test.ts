import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, collectionSchemas } from '../schema/index.js';
import { createDataset } from '../scripts/lib/createDataset.js';
import { defaultSnapshotPath } from '../scripts/surface/options.js';
import { declaredBump, pendingBump } from '../scripts/surface/pendingChangesets.js';
import { type PublicSurface, readSurface, surfaceOf } from '../scripts/surface/publicSurface.js';
import { surfaceVerdict } from '../scripts/surface/verdict.js';
import { validateData } from '../scripts/validateData.js';
import { readCollection, root, runScript, scratchProject, validFixture, writeCollection } from './helpers/runScript.js';

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name: string = packageJson.name;

function fixtureSurface(): PublicSurface {
  const validation = validateData(validFixture);
  if (!validation.ok) throw new Error('the valid fixture does not validate');
  const dataset = createDataset(validation.data, '1.0.0');
  return surfaceOf(dataset, { name, version: '1.0.0', exports: packageJson.exports }, ['json/quotes.json']);
}

const copy = (surface: PublicSurface): PublicSurface => structuredClone(surface);
const blocking = (lines: string[]) => lines.filter((line) => line.startsWith('✖ '));

function writeChangeset(dir: string, file: string, releases: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  const frontMatter = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeFileSync(join(dir, file), ['---', ...frontMatter, '---', '', 'What changed.', ''].join('\n'));
}

describe('the public surface of a release', () => {
  const surface = fixtureSurface();

  it('lists every record id of every collection', () => {
    for (const collection of collectionNames) {
      const records = [readCollection<{ id: string }[] | { id: string }>(validFixture, collection)].flat();
      expect([...surface.records[collection]].sort(), collection).toEqual(records.map((record) => record.id).sort());
    }
  });

  it('lists every field of every published schema, nested ones included, with its type', () => {
    for (const collection of collectionNames) {
      for (const field of Object.keys(collectionSchemas[collection].published.shape)) {
        expect(surface.fields, `${collection}.${field}`).toHaveProperty([`${collection}.${field}`]);
      }
    }
    const citationShape = collectionSchemas.endnotes.published.shape.citations.element.shape;
    for (const field of Object.keys(citationShape))
      expect(surface.fields).toHaveProperty([`endnotes.citations.${field}`]);
    expect(surface.fields['quotes.takeaway']).toBe('integer | null');
    expect(surface.values['quotes.voice']).toEqual([...collectionSchemas.quotes.published.shape.voice.options].sort());
  });

  it('lists the export paths of package.json', () => {
    expect([...surface.exports].sort()).toEqual(Object.keys(packageJson.exports).sort());
  });
});

describe('checking the working tree against the last release', () => {
  const snapshot = fixtureSurface();
  const quoteId = snapshot.records.quotes[0];

  it('fails on a removed quote id, naming it and saying how to declare a major release', () => {
    const current = copy(snapshot);
    current.records.quotes = current.records.quotes.filter((id) => id !== quoteId);
    const verdict = surfaceVerdict(snapshot, current, null, name);
    expect(verdict.ok).toBe(false);
    expect(blocking(verdict.lines)).toEqual([`✖ removed quote id "${quoteId}"`]);
    expect(verdict.lines.at(-1)).toContain('npm run changeset');
    expect(verdict.lines.at(-1)).toContain('major');
  });

  it('fails on a renamed field, a changed type, a removed enum value, export path or file', () => {
    const current = copy(snapshot);
    current.fields['quotes.voices'] = current.fields['quotes.voice'];
    delete current.fields['quotes.voice'];
    current.fields['quotes.elided'] = 'string';
    current.values['sources.kind'] = current.values['sources.kind'].slice(1);
    current.exports = current.exports.filter((path) => path !== './csv/*');
    current.files = [];
    const verdict = surfaceVerdict(snapshot, current, 'minor', name);
    expect(verdict.ok).toBe(false);
    expect(blocking(verdict.lines)).toEqual([
      '✖ removed field quotes.voice',
      `✖ changed the type of field quotes.elided from ${snapshot.fields['quotes.elided']} to string`,
      `✖ removed value "${snapshot.values['sources.kind'][0]}" of field sources.kind`,
      '✖ removed export path ./csv/*',
      '✖ removed file dist/json/quotes.json',
    ]);
  });

  it('lets the same changes through when a pending changeset declares a major release', () => {
    const current = copy(snapshot);
    current.records.quotes = [];
    delete current.fields['quotes.voice'];
    const verdict = surfaceVerdict(snapshot, current, 'major', name);
    expect(verdict.ok).toBe(true);
    expect(blocking(verdict.lines)).toEqual([]);
    expect(verdict.lines.join('\n')).toContain('removed field quotes.voice');
  });

  it('passes additions: new records, fields, enum values, export paths and files', () => {
    const current = copy(snapshot);
    current.records.quotes.push('q-new');
    current.fields['quotes.translation'] = 'string | null';
    current.values['quotes.voice'].push('neutral');
    current.exports.push('./parquet/*');
    current.files.push('parquet/quotes.parquet');
    expect(surfaceVerdict(snapshot, current, null, name)).toEqual({ ok: true, lines: [expect.stringMatching(/^✔ /)] });
  });

  it('passes with no snapshot before the first release', () => {
    expect(surfaceVerdict(null, snapshot, null, name).ok).toBe(true);
  });

  it('keeps a snapshot of the release package.json is at, and none before the first', () => {
    expect(readSurface(defaultSnapshotPath)?.version ?? '0.0.0').toBe(packageJson.version);
  });
});

describe('pending changesets', () => {
  it('reads the largest bump declared for the package, whatever other packages get', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'btv-changesets-')), '.changeset');
    writeChangeset(dir, 'fix-a-date.md', { [name]: 'patch' });
    writeChangeset(dir, 'other-package.md', { 'some-other-package': 'major' });
    expect(pendingBump(dir, name)).toBe('patch');
    writeChangeset(dir, 'drop-a-field.md', { [name]: 'major' });
    writeChangeset(dir, 'add-records.md', { [name]: 'minor' });
    expect(pendingBump(dir, name)).toBe('major');
  });

  it('ignores the folder’s README, empty changesets and a missing folder', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'btv-changesets-')), '.changeset');
    writeChangeset(dir, 'empty.md', {});
    writeFileSync(join(dir, 'README.md'), `---\n"${name}": major\n---\n`);
    expect(pendingBump(dir, name)).toBeNull();
    expect(pendingBump(join(dir, 'missing'), name)).toBeNull();
  });

  it('reads the front matter as changesets writes it, with single, double or no quotes', () => {
    for (const key of [`"${name}"`, `'${name}'`, name]) {
      expect(declaredBump(`---\n${key}: major\n---\n\nText.\n`, name)).toBe('major');
    }
    expect(declaredBump(`Text first.\n---\n"${name}": major\n---\n`, name)).toBeNull();
  });
});

describe('npm run check:surface on a scratch project', () => {
  const project = scratchProject();
  const dir = dirname(project.dataDir);
  const changesets = join(dir, '.changeset');
  const args = ['--data', project.dataDir, '--dist', project.distDir, '--snapshot', join(dir, 'surface.json')];
  const run = (script: 'checkSurface' | 'updateSurface') =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, `scripts/surface/${script}.ts`), ...args, '--changesets', changesets],
      { cwd: root, encoding: 'utf8' },
    );

  beforeAll(() => {
    expect(runScript('build', ['--data', project.dataDir, '--dist', project.distDir]).status).toBe(0);
    expect(run('updateSurface').status).toBe(0);
  });

  it('passes on the release itself, fails once a quote is removed, and passes again with a major changeset', () => {
    expect(run('checkSurface').status).toBe(0);
    const quotes = readCollection<{ id: string }[]>(project.dataDir, 'quotes');
    const targets = new Set(readCollection<{ target: string }[]>(project.dataDir, 'annotations').map((a) => a.target));
    const removed = quotes.find((quote) => !targets.has(quote.id));
    if (!removed) throw new Error('the fixture has no quote that no annotation targets');
    writeCollection(
      project.dataDir,
      'quotes',
      quotes.filter((quote) => quote !== removed),
    );

    const failed = run('checkSurface');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(`✖ removed quote id "${removed.id}"`);

    writeChangeset(changesets, 'remove-a-quote.md', { [name]: 'major' });
    expect(run('checkSurface').status).toBe(0);
  });
});
