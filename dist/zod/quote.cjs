"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedQuote = exports.quoteRecord = exports.quoteContexts = exports.voices = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.voices = ['external', 'internal'];
exports.quoteContexts = ['contrast', 'takeaway'];
exports.quoteRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    text: common_js_1.text.describe('Verbatim, without enclosing quotation marks; insertions and ellipses kept.'),
    voice: v3_1.z.enum(exports.voices).describe('Whom Beijing addresses: foreign audiences or domestic ones.'),
    theme: common_js_1.recordId,
    context: v3_1.z
        .enum(exports.quoteContexts)
        .describe('"contrast": a quote of the two-voices table; "takeaway": quoted inside a takeaway.'),
    takeaway: v3_1.z.number().int().positive().nullable().describe('Number of the takeaway quoting it.'),
    endnote: v3_1.z.number().int().positive().nullable().describe('Number of the supporting endnote.'),
    citation: v3_1.z
        .number()
        .int()
        .positive()
        .nullable()
        .describe('1-based position of the cited work when the endnote cites several; null when it cites one, or when the report does not say which (undecided: source is null while endnote is not).'),
    speakers: v3_1.z.array(common_js_1.recordId).describe('Person ids of the speakers or, failing those, authors.'),
    audience: common_js_1.text.nullable().describe('The audience label as printed, e.g. "External messaging".'),
    attribution: common_js_1.text.nullable().describe('The attribution line under the quote, verbatim.'),
    attributionShared: v3_1.z.boolean().describe('True when one attribution line covers several quotes.'),
})
    .strict();
exports.publishedQuote = exports.quoteRecord
    .extend({
    source: common_js_1.recordId
        .nullable()
        .describe('Derived: id of the cited work; null when the quote has no endnote, or when its endnote cites several works and the report does not say which: source null while endnote is not means undecided.'),
    date: common_js_1.isoDate.nullable().describe('Derived: date of the cited work; null when source is.'),
    insertions: v3_1.z.array(v3_1.z.string()).describe('Derived: bracketed editorial insertions, in order.'),
    elided: v3_1.z.boolean().describe('Derived: true when the text contains an ellipsis.'),
    reportLink: common_js_1.reportLink,
    sourceLink: v3_1.z
        .string()
        .url()
        .nullable()
        .describe('Derived, for a quote from an English web page with a URL: that URL with a text fragment at the quoted words, from the first of the quote’s own words to the last (insertions and elisions are not on the source’s page); else null. Not checked against the live page.'),
})
    .strict();
