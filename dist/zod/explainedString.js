import { z } from 'zod/v3';
/** A string whose failed format checks are explained from the value itself, as a fixed message cannot be. */
export function explainedString(explain) {
    return z.string({
        errorMap: (issue, context) => ({
            message: issue.code === 'invalid_string' && typeof context.data === 'string'
                ? explain(context.data)
                : context.defaultError,
        }),
    });
}
