import { z } from 'zod/v3';
export { isoDate } from './calendarDate.js';
export { text } from './plainText.js';
export declare const recordId: z.ZodString;
export declare const languageTag: z.ZodString;
export declare const reportLink: z.ZodString;
