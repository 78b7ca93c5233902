const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date at the precision known, in words: "2016", "April 2016", "25 April 2016". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year;
  const name = monthNames[Number(month) - 1];
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  // Stryker disable next-line StringLiteral: joining one item or none uses no separator, so any separator gives the same
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const formatBytes = (bytes: number) => (bytes < 1000 ? `${bytes} bytes` : `${Math.round(bytes / 1000)} kB`);
