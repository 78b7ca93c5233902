import { z } from 'zod/v3';
export { isoDate } from './calendarDate.cjs';
export { text } from './plainText.cjs';
export declare const recordId: z.ZodString;
export declare const languageTag: z.ZodString;
export declare const reportLink: z.ZodString;
