import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { expect } from 'vitest';
import { type FencedBlock, statedOutput } from './readmeExamples.js';
import { root } from './runScript.js';

/** As strict as a careful project's tsconfig: what the documentation’s TypeScript must compile under. */
const compilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noEmit: true,
  module: 'nodenext',
  moduleResolution: 'nodenext',
  target: 'es2022',
  lib: ['es2022', 'dom'],
  types: [],
};

/** Type-checks TypeScript blocks together in a project that has the package installed; tsc's output on failure. */
export function typeCheckBlocks(project: string, blocks: FencedBlock[]): SpawnSyncReturns<string> {
  const files = blocks.map((block, i) => {
    writeFileSync(join(project, `readme-${i}.ts`), block.code);
    return `readme-${i}.ts`;
  });
  writeFileSync(join(project, 'tsconfig.readme.json'), JSON.stringify({ compilerOptions, files }));
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  return spawnSync(process.execPath, [tsc, '-p', 'tsconfig.readme.json'], { cwd: project, encoding: 'utf8' });
}

/** Runs one TypeScript block as an ES module in the project. */
export function runTypeScriptBlock(project: string, block: FencedBlock, index: number): SpawnSyncReturns<string> {
  const script = join(project, `readme-${index}.mjs`);
  writeFileSync(script, transformSync(block.code, { loader: 'ts', format: 'esm' }).code);
  return spawnSync(process.execPath, [script], { cwd: project, encoding: 'utf8' });
}

/** Asserts that the blocks type-check together, and that each runs and ends its output with what it says it prints. */
export function expectBlocksToRun(project: string, blocks: FencedBlock[]): void {
  const tsc = typeCheckBlocks(project, blocks);
  expect(tsc.status, tsc.stdout).toBe(0);
  blocks.forEach((block, i) => {
    const result = runTypeScriptBlock(project, block, i);
    expect(result.status, `${block.page} line ${block.line}: ${result.stderr}`).toBe(0);
    const stated = statedOutput(block.code);
    if (stated.length > 0) expect(result.stdout.trimEnd().split('\n').slice(-stated.length)).toEqual(stated);
  });
}
