/**
 * The ./schema entry works with the lowest zod of each major version the peer range admits, and with a recent
 * zod 4: the documentation’s examples that use zod type-check and run with each, printing what they say. Each zod is a
 * devDependency under an npm alias ("zod-lowest": "npm:zod@3.25.4"), installed by npm ci, so that no test needs
 * the registry and a new zod release cannot fail an unchanged commit; the newest releases are tried by
 * .github/workflows/upstream.yml on a schedule.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packAndInstall } from '../scripts/package/packedPackage.js';
import { freshPackage } from './helpers/freshPackage.js';
import { documentationPages, fencedBlocks } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';
import { expectBlocksToRun } from './helpers/typescriptBlocks.js';

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const peerRange: string = packageJson.peerDependencies.zod;
/** "^3.25.1 || ^4.0.0" → the lowest version of each part. */
const lowest = peerRange.split('||').map((part) => /^\s*\^(\d+\.\d+\.\d+)\s*$/.exec(part)?.[1]);
/** The zods the tests install: each alias and the version package.json pins it to. */
const aliases = ['zod-lowest', 'zod-4-lowest', 'zod-4'];
const pinnedVersion = (alias: string) => /^npm:zod@(.*)$/.exec(packageJson.devDependencies[alias] ?? '')?.[1];
/** What npm installed under an alias (the pinned version, or a newer one where the upstream workflow put it). */
const installedVersion = (folder: string) =>
  JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version as string;
const zodBlocks = documentationPages()
  .flatMap((page) => fencedBlocks(page.markdown, page.path))
  .filter((block) => block.lang === 'ts' && /from 'beijing-two-voices\/schema'|from 'zod\/v3'/.test(block.code));

describe('zod versions the peer range admits', () => {
  it('the peer range is made of caret ranges, one per major version, from 3 and 4', () => {
    expect(lowest.every(Boolean), peerRange).toBe(true);
    expect(lowest.map((version) => version?.split('.')[0])).toEqual(['3', '4']);
    expect(zodBlocks.length).toBeGreaterThan(1);
  });

  it('each is a devDependency pinned to an exact version, and the lowest of each part of the range is one', () => {
    const pinned = aliases.map(pinnedVersion);
    for (const [index, version] of pinned.entries()) expect(version, aliases[index]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pinned).toEqual(expect.arrayContaining(lowest));
  });

  for (const alias of aliases) {
    const zod = join(root, 'node_modules', alias);
    it(`zod ${installedVersion(zod)} (${alias}): the documentation’s schema examples type-check and run, printing what they say`, () => {
      const installed = packAndInstall(freshPackage(), zod);
      try {
        const version = installedVersion(join(installed.project, 'node_modules/zod'));
        expect(version).toBe(installedVersion(zod));
        expectBlocksToRun(installed.project, zodBlocks);
      } finally {
        rmSync(installed.dir, { recursive: true, force: true });
      }
    }, 180_000);
  }
});
