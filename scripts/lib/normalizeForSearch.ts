/** Text reduced for matching: lower case, no accents, straight quotes, one space between words. */
export function normalizeForSearch(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[‘’‚‛′`]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      // Stryker disable next-line StringLiteral: NFKD has already written each ellipsis as three full stops
      .replace(/…/g, '...')
      .replace(/[‐‑‒–—]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
