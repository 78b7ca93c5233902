"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedPerson = exports.personRecord = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.personRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    name: common_js_1.text.describe('Romanized name.'),
    nameChinese: common_js_1.text.nullable().describe('Chinese name where the endnotes print it.'),
    role: common_js_1.text.nullable().describe('The role the report gives, verbatim.'),
    nameVariants: v3_1.z.array(common_js_1.text).describe('Other spellings the report uses.'),
})
    .strict();
exports.publishedPerson = exports.personRecord;
