import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.js';

/** Objects only: citation-js sniffs a string's format, and fetches one that looks like a URL. */
export function cite(items: CslItem[]): Cite {
  // Stryker disable next-line ObjectLiteral: citation-js detects an array of CSL-JSON objects as @csl/list+object unforced too
  return new Cite(structuredClone(items), { forceType: '@csl/list+object' });
}
