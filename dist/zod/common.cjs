"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reportLink = exports.languageTag = exports.recordId = exports.text = exports.isoDate = void 0;
const v3_1 = require("zod/v3");
var calendarDate_js_1 = require("./calendarDate.cjs");
Object.defineProperty(exports, "isoDate", { enumerable: true, get: function () { return calendarDate_js_1.isoDate; } });
var plainText_js_1 = require("./plainText.cjs");
Object.defineProperty(exports, "text", { enumerable: true, get: function () { return plainText_js_1.text; } });
exports.recordId = v3_1.z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, e.g. "q-12"')
    .describe('Stable public identifier, unique across the whole dataset.');
exports.languageTag = v3_1.z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "zh" or "en"');
exports.reportLink = v3_1.z
    .string()
    .url()
    .describe('Derived: the report’s URL with a text fragment selecting these words: a browser that supports text fragments scrolls to them and highlights them; others open the page. Checked against the report’s text, not the live page.');
