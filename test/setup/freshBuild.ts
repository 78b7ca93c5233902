import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runScript } from '../helpers/runScript.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dist/ that the code builds now from data/, in a temporary folder: what output tests read. */
    freshDist: string;
  }
}

/** Builds data/ once per test run, in a child process as `npm run build` does, so tests read what the code builds now. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'btv-fresh-'));
  const freshDist = join(dir, 'dist');
  const build = runScript('build', ['--dist', freshDist]);
  if (build.status !== 0) throw new Error(`the build failed, so no output can be tested:\n${build.stderr}`);
  project.provide('freshDist', freshDist);
  return () => rmSync(dir, { recursive: true, force: true });
}
