/** Absolute web addresses only: a "javascript:" or relative URL would become a live or broken link in the outputs. */
export declare const httpUrlPattern: RegExp;
export declare const httpUrl: import("zod/v3").ZodString;
