import { z } from 'zod/v3';
export declare const reportRecord: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodEffects<z.ZodString, string, string>;
    authors: z.ZodArray<z.ZodString, "many">;
    publisher: z.ZodEffects<z.ZodString, string, string>;
    issued: z.ZodString;
    url: z.ZodString;
    language: z.ZodString;
}, "strict", z.ZodTypeAny, {
    id: string;
    title: string;
    authors: string[];
    publisher: string;
    issued: string;
    url: string;
    language: string;
}, {
    id: string;
    title: string;
    authors: string[];
    publisher: string;
    issued: string;
    url: string;
    language: string;
}>;
export declare const publishedReport: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodEffects<z.ZodString, string, string>;
    authors: z.ZodArray<z.ZodString, "many">;
    publisher: z.ZodEffects<z.ZodString, string, string>;
    issued: z.ZodString;
    url: z.ZodString;
    language: z.ZodString;
}, "strict", z.ZodTypeAny, {
    id: string;
    title: string;
    authors: string[];
    publisher: string;
    issued: string;
    url: string;
    language: string;
}, {
    id: string;
    title: string;
    authors: string[];
    publisher: string;
    issued: string;
    url: string;
    language: string;
}>;
