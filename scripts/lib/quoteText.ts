/** What a quote's text shows of the editing: bracketed insertions and ellipses, derived by the build and checked by the lints. */

/** The editor's words in brackets, in order: "[China sought to] build" → ["China sought to"]. */
export function insertionsOf(text: string): string[] {
  return [...text.matchAll(/\[([^\]]*)\]/g)].map((match) => match[1]);
}

/** Whether words were left out, marked by three dots or the ellipsis character. */
export function isElided(text: string): boolean {
  return text.includes('...') || text.includes('…');
}
