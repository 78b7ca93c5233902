'use strict';
exports.report = require('./report.cjs').report;
exports.themes = require('./themes.cjs').themes;
exports.takeaways = require('./takeaways.cjs').takeaways;
exports.quotes = require('./quotes.cjs').quotes;
exports.endnotes = require('./endnotes.cjs').endnotes;
exports.sources = require('./sources.cjs').sources;
exports.people = require('./people.cjs').people;
exports.annotations = require('./annotations.cjs').annotations;
exports.meta = {
  "name": "beijing-two-voices",
  "version": "4.0.0",
  "released": "2026-12-07",
  "license": "CC-BY-4.0",
  "datasetCitation": "beijing-two-voices contributors. (2026). beijing-two-voices: the Brookings report “China as a ‘Cyber Great Power’: Beijing’s Two Voices in Telecommunications” as typed, linked, verbatim records (Version 4.0.0) [Data set]. https://github.com/beijing-two-voices/beijing-two-voices",
  "reportCitation": "Rush Doshi, Emily de La Bruyère, Nathan Picarsic, and John Ferguson. “China as a ‘Cyber Great Power’: Beijing’s Two Voices in Telecommunications.” Brookings Institution, April 2021. https://www.brookings.edu/research/china-as-a-cyber-great-power-beijings-two-voices-in-telecommunications/"
};
