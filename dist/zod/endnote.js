import { z } from 'zod/v3';
import { recordId, reportLink, text } from './common.js';
export const citation = z.object({ source: recordId.describe('Id of the cited work.') }).strict();
export const endnoteRecord = z
    .object({
    id: recordId,
    number: z.number().int().positive(),
    text: text.describe('Verbatim as a reader sees it, links as plain URLs.'),
    citations: z.array(citation).describe('The works cited, in order; empty in data/ for "Ibid." notes.'),
    ibid: z.boolean().describe('True for an "Ibid." note, which cites the work of the note before.'),
})
    .strict();
export const publishedEndnote = endnoteRecord.extend({
    citations: z.array(citation).min(1).describe('The works cited, in order; an "Ibid." note’s are the note before’s.'),
    reportLink,
});
