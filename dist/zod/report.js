import { z } from 'zod/v3';
import { isoDate, languageTag, recordId, text } from './common.js';
import { httpUrl } from './httpUrl.js';
export const reportRecord = z
    .object({
    id: recordId,
    title: text.describe('Title in title case; the cover prints it in capitals.'),
    authors: z.array(recordId).min(1).describe('Person ids, in the order printed.'),
    publisher: text,
    issued: isoDate,
    url: httpUrl,
    language: languageTag,
})
    .strict();
export const publishedReport = reportRecord;
