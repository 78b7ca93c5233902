import { z } from 'zod/v3';
export { isoDate } from './calendarDate.js';
export { text } from './plainText.js';
export const recordId = z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, e.g. "q-12"')
    .describe('Stable public identifier, unique across the whole dataset.');
export const languageTag = z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "zh" or "en"');
export const reportLink = z
    .string()
    .url()
    .describe('Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page.');
