"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedTakeaway = exports.takeawayRecord = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.takeawayRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    number: v3_1.z.number().int().positive(),
    text: common_js_1.text.describe('The paragraph as printed, superscripts removed.'),
    endnotes: v3_1.z.array(v3_1.z.number().int().positive()).describe('Numbers of the endnotes it cites.'),
    theme: common_js_1.recordId.describe('Id of the theme the takeaway belongs to.'),
})
    .strict();
exports.publishedTakeaway = exports.takeawayRecord.extend({ reportLink: common_js_1.reportLink }).strict();
