import { z } from 'zod/v3';
export declare const recordId: z.ZodString;
export declare const isoDate: z.ZodString;
export declare const text: z.ZodString;
export declare const languageTag: z.ZodString;
export declare const reportLink: z.ZodString;
