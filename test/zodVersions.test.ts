/**
 * The ./schema entry works with the lowest zod of each major version the peer range admits, and with the
 * latest zod: the documentation’s examples that use zod type-check and run with each, printing what they say.
 * Installing zod needs the npm registry; without it the tests are skipped, naming it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packAndInstall } from '../scripts/package/packedPackage.js';
import { itWhen } from './helpers/optionalPrograms.js';
import { registryVersion } from './helpers/optionalResources.js';
import { documentationPages, fencedBlocks } from './helpers/readmeExamples.js';
import { root } from './helpers/runScript.js';
import { expectBlocksToRun } from './helpers/typescriptBlocks.js';

const peerRange: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies.zod;
/** "^3.25.1 || ^4.0.0" → the lowest version of each part. */
const lowest = peerRange.split('||').map((part) => /^\s*\^(\d+\.\d+\.\d+)\s*$/.exec(part)?.[1]);
const latest = registryVersion('zod');
const zodBlocks = documentationPages()
  .flatMap((page) => fencedBlocks(page.markdown, page.path))
  .filter((block) => block.lang === 'ts' && /from 'beijing-two-voices\/schema'|from 'zod\/v3'/.test(block.code));

describe('zod versions the peer range admits', () => {
  it('the peer range is made of caret ranges, one per major version, from 3 and 4', () => {
    expect(lowest.every(Boolean), peerRange).toBe(true);
    expect(lowest.map((version) => version?.split('.')[0])).toEqual(['3', '4']);
    expect(zodBlocks.length).toBeGreaterThan(1);
  });

  const versions = [...new Set([...lowest.filter((v): v is string => Boolean(v)), latest ?? 'latest'])];
  for (const version of versions) {
    itWhen(
      latest !== undefined,
      'the npm registry',
      `zod ${version}: the documentation’s schema examples type-check and run, printing what they say`,
      () => {
        const installed = packAndInstall(`zod@${version}`);
        try {
          const installedVersion = JSON.parse(
            readFileSync(join(installed.project, 'node_modules/zod/package.json'), 'utf8'),
          ).version;
          expect(installedVersion).toBe(version);
          expectBlocksToRun(installed.project, zodBlocks);
        } finally {
          rmSync(installed.dir, { recursive: true, force: true });
        }
      },
      180_000,
    );
  }
});
