/**
 * The "Data changes" list that npm run version writes under the new version in CHANGELOG.md: generated from the
 * data against the last release's snapshot, record by record, beside the changesets' prose.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSnapshotPath } from '../scripts/surface/options.js';
import { type PublicSurface, readSurface } from '../scripts/surface/publicSurface.js';
import { releasedContent } from '../scripts/surface/releasedContent.js';
import { surfaceVerdict } from '../scripts/surface/verdict.js';
import { readCollection, root, runScript, scratchProject, writeCollection } from './helpers/runScript.js';

type Records = Record<string, unknown>[];

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const prose = '- 1a2b3c4: What the changesets say.';
// the release after the one checked out, whatever that is: the snapshot is taken at the current version
const [major, minor] = String(packageJson.version).split('.').map(Number);
const next = `${major}.${Number(minor) + 1}.0`;
const earlierEntry = '## 0.9.0\n\n### Patch Changes\n\n- 0a0a0a0: An earlier release.\n';

describe('npm run version lists the data changes since the last release', () => {
  const project = scratchProject();
  const dir = dirname(project.dataDir);
  const paths = {
    snapshot: join(dir, 'surface.json'),
    package: join(dir, 'package.json'),
    changelog: join(dir, 'CHANGELOG.md'),
  };
  const common = ['--data', project.dataDir, '--dist', project.distDir, '--snapshot', paths.snapshot];
  const run = (script: string, args: string[] = []) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, `scripts/surface/${script}.ts`), ...common, ...args], {
      cwd: root,
      encoding: 'utf8',
    });
  let changed: { id: string; speakers: unknown };
  let added: string;
  let removed: string;
  let changelog: string;

  beforeAll(() => {
    // the release: its surface recorded as npm run version records it
    expect(runScript('build', ['--data', project.dataDir, '--dist', project.distDir]).status).toBe(0);
    expect(run('updateSurface', ['--package', join(root, 'package.json')]).status).toBe(0);
    // then, before the next release: a corrected field, a new record, a record taken out
    const quotes = readCollection<Records>(project.dataDir, 'quotes');
    changed = quotes[0] as typeof changed;
    changed.speakers = [];
    added = `${String(quotes[1].id)}-copy`;
    writeCollection(project.dataDir, 'quotes', [...quotes, { ...quotes[1], id: added, text: 'Words quoted later.' }]);
    const annotations = readCollection<Records>(project.dataDir, 'annotations');
    removed = String(annotations[0].id);
    writeCollection(project.dataDir, 'annotations', annotations.slice(1));
    // what changeset version leaves: the new version, and its entry at the top of the CHANGELOG
    writeFileSync(paths.package, JSON.stringify({ ...packageJson, version: next }));
    writeFileSync(
      paths.changelog,
      `# ${packageJson.name}\n\n## ${next}\n\n### Minor Changes\n\n${prose}\n\n${earlierEntry}`,
    );
    const written = run('writeDataChanges', ['--package', paths.package, '--changelog', paths.changelog]);
    expect(written.status, written.stderr).toBe(0);
    changelog = readFileSync(paths.changelog, 'utf8');
  });

  /** The lines of the new version's entry, from its heading to the next version's. */
  const entry = () => changelog.slice(changelog.indexOf(`## ${next}`), changelog.indexOf('## 0.9.0')).split('\n');
  const itemsUnder = (label: string) => {
    const lines = entry();
    const start = lines.indexOf(`- ${label}:`);
    if (start < 0) return [];
    const end = lines.findIndex((line, index) => index > start && !line.startsWith('  - '));
    return lines.slice(start + 1, end < 0 ? undefined : end);
  };

  it('names a changed record with the field that changed', () => {
    expect(itemsUnder('Records changed')).toEqual([`  - \`${changed.id}\`: speakers`]);
  });

  it('names an added and a removed record with what they are', () => {
    expect(itemsUnder('Records added')).toEqual([`  - quote \`${added}\``]);
    expect(itemsUnder('Records removed')).toEqual([`  - annotation \`${removed}\``]);
  });

  it('puts the list under the new version, after the changesets’ prose, and leaves earlier entries alone', () => {
    const lines = entry();
    expect(lines.indexOf('### Data changes')).toBeGreaterThan(lines.indexOf(prose));
    expect(changelog.endsWith(earlierEntry)).toBe(true);
    expect(changelog.match(/### Data changes/g)).toHaveLength(1);
  });

  it('writes the list once, however often the step runs', () => {
    expect(run('writeDataChanges', ['--package', paths.package, '--changelog', paths.changelog]).status).toBe(0);
    expect(readFileSync(paths.changelog, 'utf8')).toBe(changelog);
  });

  it('refuses to run before changeset version has set the new version', () => {
    const result = run('writeDataChanges', ['--package', join(root, 'package.json'), '--changelog', paths.changelog]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('run changeset version first');
  });
});

describe('the snapshot of the last release', () => {
  const snapshot = readSurface(defaultSnapshotPath) as PublicSurface;

  it('without hashes (1.0.0), is read from the release’s dist/json/all.json in git: the ids it lists', () => {
    const content = releasedContent({ ...snapshot, content: undefined });
    for (const [collection, ids] of Object.entries(snapshot.records)) {
      expect(Object.keys(content[collection] ?? {}).sort(), collection).toEqual([...ids].sort());
    }
  });

  it('is refused when the commit found in git is not that release, as in a shallow clone', () => {
    const records = { ...snapshot.records, quotes: [...snapshot.records.quotes, 'q-not-released'] };
    expect(() => releasedContent({ ...snapshot, records, content: undefined })).toThrow(/fetch the whole history/);
  });

  it('still refuses a removed record without a major changeset; a changed value alone breaks no one', () => {
    const quoteId = snapshot.records.quotes[0];
    const withoutQuote = structuredClone(snapshot);
    withoutQuote.records.quotes = withoutQuote.records.quotes.filter((id) => id !== quoteId);
    expect(surfaceVerdict(snapshot, withoutQuote, 'minor', packageJson.name).ok).toBe(false);
    const changedValue: PublicSurface = {
      ...structuredClone(snapshot),
      content: { quotes: { [quoteId]: { text: '0' } } },
    };
    expect(surfaceVerdict(snapshot, changedValue, null, packageJson.name).ok).toBe(true);
  });
});
