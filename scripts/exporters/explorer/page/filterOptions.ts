import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { voiceLabels } from './voiceLabels.js';

/** The choices of the theme, voice and speaker filters, after the "all" choice of each. */
export function filterOptions(records: PageRecords) {
  // how many quotes each person speaks, counted in one pass over the quotes
  const counts = new Map<string, number>();
  for (const quote of records.contrastQuotes)
    for (const id of new Set(quote.speakers)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const speakers = records.data.people
    .map((person) => ({ person, count: counts.get(person.id) ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort(
      // Stryker disable next-line StringLiteral: killed by test/exporters/filterOptions.test.ts (an empty locale throws), a file Stryker's vitest runner does not select for this one
      (a, b) => a.person.name.localeCompare(b.person.name, 'en'),
    );
  return {
    themes: records.data.themes.map((theme) => h('option', { value: theme.id }, `${theme.number}. ${theme.heading}`)),
    voices: Object.entries(voiceLabels).map(([voice, label]) =>
      h('option', { value: voice }, `${label.name}, ${label.audience}`),
    ),
    speakers: speakers.map(({ person, count }) => h('option', { value: person.id }, `${person.name} (${count})`)),
  };
}
