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
] as const;

export const annotationRecord = z
  .object({
    id: recordId,
    target: recordId.describe('Id of the record the note is about.'),
    field: text.nullable().describe('Field of the target concerned, if one.'),
    kind: z.enum(annotationKinds),
    note: text.describe('What differs, and where; for "inferred", what the value was inferred from.'),
  })
  .strict();

export const publishedAnnotation = annotationRecord;
