import type { Citation } from './dataset.js';

/**
 * The works each endnote cites, in order: an "Ibid." note cites those of the note before it (a first note marked
 * "Ibid." cites nothing, which a lint refuses). The build publishes them, and the lints check quotes against them.
 */
export function resolveIbid(endnotes: { citations: Citation[]; ibid: boolean }[]): Citation[][] {
  const resolved: Citation[][] = [];
  for (const note of endnotes) resolved.push(note.ibid ? (resolved.at(-1) ?? []) : note.citations);
  return resolved;
}
