"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedAnnotation = exports.annotationRecord = exports.annotationKinds = void 0;
const v3_1 = require("zod/v3");
const common_js_1 = require("./common.cjs");
exports.annotationKinds = [
    'name-variant',
    'date-mismatch',
    'text-artifact',
    'translation-variant',
    'description-mismatch',
    // a value the report does not print where the record comes from; the note says what it was inferred from
    'inferred',
    // the report does not print which of several values holds; the note names the candidates and the value stays null
    'undecided',
];
exports.annotationRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    target: common_js_1.recordId.describe('Id of the record the note is about.'),
    field: common_js_1.text.nullable().describe('Field of the target concerned, if one.'),
    kind: v3_1.z.enum(exports.annotationKinds),
    note: common_js_1.text.describe('What differs, and where; for "inferred", the report’s words the value was inferred from; for "undecided", the candidates the report leaves open.'),
})
    .strict();
exports.publishedAnnotation = exports.annotationRecord;
