"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reportLink = exports.languageTag = exports.text = exports.isoDate = exports.recordId = void 0;
const v3_1 = require("zod/v3");
exports.recordId = v3_1.z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, e.g. "q-12"')
    .describe('Stable public identifier, unique across the whole dataset.');
exports.isoDate = v3_1.z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'dates are ISO 8601 at the precision known: "2016", "2016-04" or "2016-04-25"');
exports.text = v3_1.z.string().min(1);
exports.languageTag = v3_1.z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "zh" or "en"');
exports.reportLink = v3_1.z
    .string()
    .url()
    .describe('Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page.');
