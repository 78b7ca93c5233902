"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedSource = exports.sourceRecord = exports.sourceKinds = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
const httpUrl_js_1 = require("./httpUrl.cjs");
exports.sourceKinds = [
    'speech',
    'press-conference',
    'news-article',
    'journal-article',
    'government-web-page',
];
exports.sourceRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    kind: v3_1.z
        .enum(exports.sourceKinds)
        .describe('What kind of work it is: the dataset’s classification, from the work’s title and how the endnotes describe it.'),
    authors: v3_1.z.array(common_js_1.recordId).describe('Person ids, in the order printed.'),
    title: common_js_1.text.describe('Title as printed, in the original language.'),
    titleEnglish: common_js_1.text.nullable().describe('The English title the report gives in brackets.'),
    container: common_js_1.text
        .nullable()
        .describe('Newspaper, journal or web site, in the original language, where the report prints it.'),
    containerEnglish: common_js_1.text
        .nullable()
        .describe('The English name of the container, as the report gives it or, marked inferred, as the dataset supplies it.'),
    issued: common_js_1.isoDate,
    place: common_js_1.text.nullable(),
    url: httpUrl_js_1.httpUrl.nullable(),
    issue: common_js_1.text.nullable(),
    pages: common_js_1.text.nullable(),
    cnki: common_js_1.text.nullable().describe('CNKI classification code as printed.'),
    language: common_js_1.languageTag.describe('Language of the original: the dataset’s classification, from the script of the printed title.'),
})
    .strict();
exports.publishedSource = exports.sourceRecord;
