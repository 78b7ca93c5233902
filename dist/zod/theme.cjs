"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedTheme = exports.themeRecord = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.themeRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    number: v3_1.z.number().int().positive().describe('Position of the section in the two-voices table.'),
    heading: common_js_1.text.describe('Section heading, verbatim.'),
})
    .strict();
exports.publishedTheme = exports.themeRecord;
