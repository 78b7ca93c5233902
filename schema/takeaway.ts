import { z } from 'zod/v3';
import { recordId, reportLink, text } from './common.js';

export const takeawayRecord = z
  .object({
    id: recordId,
    number: z.number().int().positive(),
    text: text.describe('The paragraph as printed, superscripts removed.'),
    endnotes: z.array(z.number().int().positive()).describe('Numbers of the endnotes it cites.'),
    theme: recordId.describe('Id of the theme the takeaway belongs to.'),
  })
  .strict();

export const publishedTakeaway = takeawayRecord.extend({ reportLink }).strict();
