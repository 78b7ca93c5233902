"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedEndnote = exports.endnoteRecord = exports.citation = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.citation = v3_1.z.object({ source: common_js_1.recordId.describe('Id of the cited work.') }).strict();
exports.endnoteRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    number: v3_1.z.number().int().positive(),
    text: common_js_1.text.describe('Verbatim as a reader sees it, links as plain URLs.'),
    citations: v3_1.z.array(exports.citation).describe('The works cited, in order; empty in data/ for "Ibid." notes.'),
    ibid: v3_1.z.boolean().describe('True for an "Ibid." note, which cites the work of the note before.'),
})
    .strict();
exports.publishedEndnote = exports.endnoteRecord.extend({
    citations: v3_1.z.array(exports.citation).min(1).describe('The works cited, in order; an "Ibid." note’s are the note before’s.'),
    reportLink: common_js_1.reportLink,
});
