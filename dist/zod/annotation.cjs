"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publishedAnnotation = exports.annotationRecord = exports.excerpt = exports.annotationKinds = void 0;
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
/** A passage of the report, as the W3C TextQuoteSelector names one: the words, and what must stand before or after them to make them unique. */
exports.excerpt = v3_1.z
    .object({
    exact: common_js_1.text.describe('The words of the report the note rests on, verbatim.'),
    prefix: common_js_1.text
        .nullable()
        .describe('The words printed just before exact, when exact alone is not unique in the report; null otherwise.'),
    suffix: common_js_1.text
        .nullable()
        .describe('The words printed just after exact, when exact and prefix are not unique in the report; null otherwise.'),
})
    .strict();
exports.annotationRecord = v3_1.z
    .object({
    id: common_js_1.recordId,
    target: common_js_1.recordId.describe('Id of the record the note is about.'),
    field: common_js_1.text.nullable().describe('Field of the target concerned, if one.'),
    kind: v3_1.z.enum(exports.annotationKinds),
    note: common_js_1.text.describe('What differs, and where; for "inferred", the report’s words the value was inferred from; for "undecided", the candidates the report leaves open.'),
    evidence: v3_1.z
        .array(exports.excerpt)
        .describe('The passages of the report the note rests on, each verbatim and unique in the report with its prefix and suffix.'),
})
    .strict();
exports.publishedAnnotation = exports.annotationRecord;
