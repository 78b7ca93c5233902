import { dirname } from 'node:path';
import { freshDist } from './freshDist.js';

/** The package's files with this test run's fresh build as dist/: what `npm pack` there would publish. */
export function freshPackage(): string {
  return dirname(freshDist());
}
