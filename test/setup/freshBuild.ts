import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stagePackage } from '../../scripts/lib/stagePackage.js';
import { runScript } from '../helpers/runScript.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dist/ that the code builds now from data/, in a temporary folder: what output tests read. */
    freshDist: string;
  }
}

/**
 * Builds data/ once per test run, in a child process as `npm run build` does, so tests read what the code builds
 * now. The build is the dist/ of a copy of the package's files, which packs as the project would with it.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'btv-fresh-'));
  const packageDir = join(dir, 'package');
  const freshDist = join(packageDir, 'dist');
  mkdirSync(packageDir);
  const build = runScript('build', ['--dist', freshDist]);
  if (build.status !== 0) throw new Error(`the build failed, so no output can be tested:\n${build.stderr}`);
  stagePackage(packageDir);
  project.provide('freshDist', freshDist);
  return () => rmSync(dir, { recursive: true, force: true });
}
