export { report } from './report.js';
export { themes } from './themes.js';
export { takeaways } from './takeaways.js';
export { quotes } from './quotes.js';
export { endnotes } from './endnotes.js';
export { sources } from './sources.js';
export { people } from './people.js';
export { annotations } from './annotations.js';
export const meta = {
  "name": "beijing-two-voices",
  "version": "4.0.0",
  "released": "2026-12-07",
  "license": "CC-BY-4.0",
  "datasetCitation": "beijing-two-voices contributors. (2026). beijing-two-voices: the Brookings report “China as a ‘Cyber Great Power’: Beijing’s Two Voices in Telecommunications” as typed, linked, verbatim records (Version 4.0.0) [Data set]. https://github.com/beijing-two-voices/beijing-two-voices",
  "reportCitation": "Rush Doshi, Emily de La Bruyère, Nathan Picarsic, and John Ferguson. “China as a ‘Cyber Great Power’: Beijing’s Two Voices in Telecommunications.” Brookings Institution, April 2021. https://www.brookings.edu/research/china-as-a-cyber-great-power-beijings-two-voices-in-telecommunications/"
};
