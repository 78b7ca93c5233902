import { h } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { voiceLabels } from './voiceLabels.js';

/** The choices of the theme, voice and speaker filters, after the "all" choice of each. */
export function filterOptions(records: PageRecords) {
  const quotes = records.contrastQuotes;
  const speakers = records.data.people
    .map((person) => ({ person, count: quotes.filter((quote) => quote.speakers.includes(person.id)).length }))
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
