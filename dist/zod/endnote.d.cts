import { z } from 'zod/v3';
export declare const citation: z.ZodObject<{
    source: z.ZodString;
}, "strict", z.ZodTypeAny, {
    source: string;
}, {
    source: string;
}>;
export declare const endnoteRecord: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    text: z.ZodEffects<z.ZodString, string, string>;
    citations: z.ZodArray<z.ZodObject<{
        source: z.ZodString;
    }, "strict", z.ZodTypeAny, {
        source: string;
    }, {
        source: string;
    }>, "many">;
    ibid: z.ZodBoolean;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    text: string;
    citations: {
        source: string;
    }[];
    ibid: boolean;
}, {
    number: number;
    id: string;
    text: string;
    citations: {
        source: string;
    }[];
    ibid: boolean;
}>;
export declare const publishedEndnote: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    text: z.ZodEffects<z.ZodString, string, string>;
    ibid: z.ZodBoolean;
} & {
    citations: z.ZodArray<z.ZodObject<{
        source: z.ZodString;
    }, "strict", z.ZodTypeAny, {
        source: string;
    }, {
        source: string;
    }>, "many">;
    reportLink: z.ZodString;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    reportLink: string;
    text: string;
    citations: {
        source: string;
    }[];
    ibid: boolean;
}, {
    number: number;
    id: string;
    reportLink: string;
    text: string;
    citations: {
        source: string;
    }[];
    ibid: boolean;
}>;
