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
] as const;

export const annotationRecord = z
  .object({
    id: recordId,
    target: recordId.describe('Id of the record the note is about.'),
    field: text.nullable().describe('Field of the target concerned, if one.'),
    kind: z.enum(annotationKinds),
    note: text.describe(
      'What differs, and where; for "inferred", the report’s words the value was inferred from; for "undecided", the candidates the report leaves open.',
    ),
  })
  .strict();

export const publishedAnnotation = annotationRecord;
