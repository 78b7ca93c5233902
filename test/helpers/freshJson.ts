import { freshText } from './freshText.js';

/** A collection as this test run's fresh build publishes it in dist/json/. */
export function freshJson<T = unknown>(collection: string): T {
  return JSON.parse(freshText(`json/${collection}.json`)) as T;
}
