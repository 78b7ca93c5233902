// @ts-check

/** @param {number} month */
const monthName = (month) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });

/**
 * An ISO date at the precision known, in words: "2016", "April 2016", "25 April 2016".
 * @param {string} iso
 */
export function formatDate(iso) {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year;
  const name = monthName(Number(month));
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * "A", "A and B", "A, B and C".
 * @param {string[]} items
 */
export function listInWords(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** @param {number} bytes */
export function formatBytes(bytes) {
  return bytes < 1000 ? `${bytes} bytes` : `${Math.round(bytes / 1000)} kB`;
}

/**
 * Text reduced for matching: lower case, no accents, straight quotes, one space between words.
 * @param {string} text
 */
export function normalizeForSearch(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/…/g, '...')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
