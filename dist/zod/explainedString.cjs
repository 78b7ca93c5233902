"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.explainedString = explainedString;
const v3_1 = require("zod/v3");
/** A string whose failed format checks are explained from the value itself, as a fixed message cannot be. */
function explainedString(explain) {
    return v3_1.z.string({
        errorMap: (issue, context) => ({
            message: issue.code === 'invalid_string' && typeof context.data === 'string'
                ? explain(context.data)
                : context.defaultError,
        }),
    });
}
