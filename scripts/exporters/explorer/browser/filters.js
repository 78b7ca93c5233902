// @ts-check
import { normalizeForSearch } from '../../../lib/normalizeForSearch.js';

/**
 * @typedef {{ theme: string, voice: string, speaker: string, q: string }} Filters
 * @typedef {{ theme: string, voice: string, speakers: string[], text: string }} QuoteFacts what a filter tests
 */

/** In the order they appear in a shared URL. */
export const filterNames = /** @type {const} */ (['theme', 'voice', 'speaker', 'q']);

/** @returns {Filters} */
export const noFilters = () => ({ theme: '', voice: '', speaker: '', q: '' });

/**
 * Filters from a hash such as "#theme=security&voice=internal"; null for a plain anchor such as "#q-12".
 * @param {string} hash
 * @returns {Filters | null}
 */
export function filtersFromHash(hash) {
  const raw = hash.replace(/^#/, '');
  if (!raw.includes('=')) return null;
  const params = new URLSearchParams(raw);
  const filters = noFilters();
  for (const name of filterNames) filters[name] = params.get(name) ?? '';
  return filters;
}

/**
 * The hash that shares these filters; empty when none is set.
 * @param {Filters} filters
 */
export function hashOf(filters) {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filters[name] !== '') params.set(name, filters[name]);
  const query = params.toString();
  return query === '' ? '' : `#${query}`;
}

/**
 * A test for quotes: every filter set must match, and every word searched for must occur.
 * @param {Filters} filters
 */
export function matcher(filters) {
  const words = normalizeForSearch(filters.q.replace(/["“”]/g, ' ')).split(' ').filter(Boolean);
  /** @param {QuoteFacts} quote */
  return (quote) =>
    (filters.theme === '' || quote.theme === filters.theme) &&
    (filters.voice === '' || quote.voice === filters.voice) &&
    (filters.speaker === '' || quote.speakers.includes(filters.speaker)) &&
    words.every((word) => quote.text.includes(word));
}
