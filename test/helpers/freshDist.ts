import { join } from 'node:path';
import { inject } from 'vitest';

/** A path inside the dist/ built from data/ at the start of this test run (never the committed dist/). */
export function freshDist(...segments: string[]): string {
  return join(inject('freshDist'), ...segments);
}
