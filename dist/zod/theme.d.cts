import { z } from 'zod/v3';
export declare const themeRecord: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    heading: z.ZodEffects<z.ZodString, string, string>;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    heading: string;
}, {
    number: number;
    id: string;
    heading: string;
}>;
export declare const publishedTheme: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    heading: z.ZodEffects<z.ZodString, string, string>;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    heading: string;
}, {
    number: number;
    id: string;
    heading: string;
}>;
