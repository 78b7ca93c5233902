"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedReport = exports.reportRecord = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
const httpUrl_js_1 = require("./httpUrl.cjs");
exports.reportRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    title: common_js_1.text.describe('Title in title case; the cover prints it in capitals.'),
    authors: v3_1.z.array(common_js_1.recordId).min(1).describe('Person ids, in the order printed.'),
    publisher: common_js_1.text,
    issued: common_js_1.isoDate,
    url: httpUrl_js_1.httpUrl,
    language: common_js_1.languageTag,
})
    .strict();
exports.publishedReport = exports.reportRecord;
