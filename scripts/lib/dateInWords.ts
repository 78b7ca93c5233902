// English month names from the platform's own locale data, the same on every machine
const monthNames = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/**
 * An ISO date at the precision known, in words, as the report prints dates and US citation styles write them:
 * "2016", "April 2016", "April 25, 2016".
 */
export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (month === undefined) return year;
  const name = monthNames.format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)));
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}
