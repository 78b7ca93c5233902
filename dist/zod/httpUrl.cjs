"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.httpUrl = exports.httpUrlPattern = void 0;
const explainedString_js_1 = require("./explainedString.cjs");
/** Absolute web addresses only: a "javascript:" or relative URL would become a live or broken link in the outputs. */
exports.httpUrlPattern = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
/^https?:\/\/[^\s/?#\u0000-\u001F\u007F-\u009F]+([/?#][^\s\u0000-\u001F\u007F-\u009F]*)?$/;
exports.httpUrl = (0, explainedString_js_1.explainedString)((value) => `${JSON.stringify(value)} is not an absolute http: or https: URL (write the whole address, from http:// or https://)`)
    .url()
    .regex(exports.httpUrlPattern);
