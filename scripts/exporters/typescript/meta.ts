import type { Dataset } from '../../lib/createDataset.js';
import { quotedTitle } from '../../lib/quotedTitle.js';

export const packageName = 'beijing-two-voices';

export interface Meta {
  name: string;
  version: string;
  citation: string;
}

// English month names from the platform's own locale data, the same on every machine
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });

/** "2021-04" → "April 2021", "2021-04-05" → "April 5, 2021", "2021" → "2021". */
function spelledDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (!month) return year;
  const name = monthName(Number(month));
  return day ? `${name} ${Number(day)}, ${year}` : `${name} ${year}`;
}

function listed(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** The report cited in plain text: authors, “title,” publisher, date, URL. */
export function citationOf(dataset: Dataset): string {
  const { report, people } = dataset;
  const authors = report.authors.map((id) => people.find((person) => person.id === id)?.name ?? id);
  return `${listed(authors)}. ${quotedTitle(report.title, '.')} ${report.publisher}, ${spelledDate(report.issued)}. ${report.url}`;
}

export function metaOf(dataset: Dataset): Meta {
  return { name: packageName, version: dataset.version, citation: citationOf(dataset) };
}
