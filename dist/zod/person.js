import { z } from 'zod/v3';
import { recordId, text } from './common.js';
export const personRecord = z
    .object({
    id: recordId,
    name: text.describe('Romanized name.'),
    nameChinese: text.nullable().describe('Chinese name where the endnotes print it.'),
    role: text.nullable().describe('The role the report gives, verbatim.'),
    nameVariants: z.array(text).describe('Other spellings the report uses.'),
})
    .strict();
export const publishedPerson = personRecord;
