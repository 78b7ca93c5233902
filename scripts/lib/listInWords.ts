/** "A", "A and B", "A, B, and C": with the serial comma, as the report's citation of its authors in US style. */
export function listInWords(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}
