import { z } from 'zod/v3';
import { recordId, text } from './common.js';
export const themeRecord = z
    .object({
    id: recordId,
    number: z.number().int().positive().describe('Position of the section in the two-voices table.'),
    heading: text.describe('Section heading, verbatim.'),
})
    .strict();
export const publishedTheme = themeRecord;
