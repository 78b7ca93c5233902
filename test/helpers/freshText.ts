import { readFileSync } from 'node:fs';
import { freshDist } from './freshDist.js';

/** A text file of this test run's fresh build, by its path inside dist/. */
export function freshText(path: string): string {
  return readFileSync(freshDist(path), 'utf8');
}
