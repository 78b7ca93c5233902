import { z } from 'zod/v3';
import { recordId, text } from './common.js';
export const annotationKinds = [
    'name-variant',
    'date-mismatch',
    'text-artifact',
    'translation-variant',
    'description-mismatch',
    // a value the report does not print where the record comes from; the note says what it was inferred from
    'inferred',
    // the report does not print which of several values holds; the note names the candidates and the value stays null
    'undecided',
];
/** A passage of the report, as the W3C TextQuoteSelector names one: the words, and what must stand before or after them to make them unique. */
export const excerpt = z
    .object({
    exact: text.describe('The words of the report the note rests on, verbatim.'),
    prefix: text
        .nullable()
        .describe('The words printed just before exact, when exact alone is not unique in the report; null otherwise.'),
    suffix: text
        .nullable()
        .describe('The words printed just after exact, when exact and prefix are not unique in the report; null otherwise.'),
})
    .strict();
export const annotationRecord = z
    .object({
    id: recordId,
    target: recordId.describe('Id of the record the note is about.'),
    field: text.nullable().describe('Field of the target concerned, if one.'),
    kind: z.enum(annotationKinds),
    note: text.describe('What differs, and where; for "inferred", the report’s words the value was inferred from; for "undecided", the candidates the report leaves open.'),
    evidence: z
        .array(excerpt)
        .describe('The passages of the report the note rests on, each verbatim and unique in the report with its prefix and suffix.'),
})
    .strict();
export const publishedAnnotation = annotationRecord;
