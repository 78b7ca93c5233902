/** The stretch of time an ISO date at its precision covers: a day, a month or a year, as [start, end) in ms (UTC). */
export function dateSpan(iso: string): { start: number; end: number } {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (day === undefined) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}
