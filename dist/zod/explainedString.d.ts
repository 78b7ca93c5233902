import { z } from 'zod/v3';
/** A string whose failed format checks are explained from the value itself, as a fixed message cannot be. */
export declare function explainedString(explain: (value: string) => string): z.ZodString;
