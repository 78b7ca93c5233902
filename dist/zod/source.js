import { z } from 'zod/v3';
import { isoDate, languageTag, recordId, text } from './common.js';
import { httpUrl } from './httpUrl.js';
export const sourceKinds = [
    'speech',
    'press-conference',
    'news-article',
    'journal-article',
    'government-web-page',
];
export const sourceRecord = z
    .object({
    id: recordId,
    kind: z
        .enum(sourceKinds)
        .describe('What kind of work it is: the dataset’s classification, from the work’s title and how the endnotes describe it.'),
    authors: z.array(recordId).describe('Person ids, in the order printed.'),
    title: text.describe('Title as printed, in the original language.'),
    titleEnglish: text.nullable().describe('The English title the report gives in brackets.'),
    container: text
        .nullable()
        .describe('Newspaper, journal or web site, in the original language, where the report prints it.'),
    containerEnglish: text
        .nullable()
        .describe('The English name of the container, as the report gives it or, marked inferred, as the dataset supplies it.'),
    issued: isoDate,
    place: text.nullable(),
    url: httpUrl.nullable(),
    issue: text.nullable(),
    pages: text.nullable(),
    cnki: text.nullable().describe('CNKI classification code as printed.'),
    language: languageTag.describe('Language of the original: the dataset’s classification, from the script of the printed title.'),
})
    .strict();
export const publishedSource = sourceRecord;
