import { annotationEvidence } from './annotationEvidence.js';
import { annotationFields } from './annotationFields.js';
import { canonicalFormat } from './canonicalFormat.js';
import { citationChoices } from './citationChoices.js';
import { contiguousNumbers } from './contiguousNumbers.js';
import { ibidCitations } from './ibidCitations.js';
import { inferredValues } from './inferredValues.js';
import { jsonSchemaAgreement } from './jsonSchemaAgreement.js';
import { listSeparator } from './listSeparator.js';
import { quoteLinks } from './quoteLinks.js';
import { recordSchema } from './recordSchema.js';
import { referencesResolve } from './references.js';
import type { Lint } from './types.js';
import { uniqueIds } from './uniqueIds.js';
import { unreferencedRecords } from './unreferencedRecords.js';

export const lints: Lint[] = [
  recordSchema,
  jsonSchemaAgreement,
  uniqueIds,
  referencesResolve,
  unreferencedRecords,
  contiguousNumbers,
  ibidCitations,
  quoteLinks,
  citationChoices,
  annotationFields,
  annotationEvidence,
  listSeparator,
  inferredValues,
  canonicalFormat,
];
