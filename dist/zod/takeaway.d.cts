import { z } from 'zod/v3';
export declare const takeawayRecord: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    text: z.ZodEffects<z.ZodString, string, string>;
    endnotes: z.ZodArray<z.ZodNumber, "many">;
    theme: z.ZodString;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    text: string;
    theme: string;
    endnotes: number[];
}, {
    number: number;
    id: string;
    text: string;
    theme: string;
    endnotes: number[];
}>;
export declare const publishedTakeaway: z.ZodObject<{
    id: z.ZodString;
    number: z.ZodNumber;
    text: z.ZodEffects<z.ZodString, string, string>;
    endnotes: z.ZodArray<z.ZodNumber, "many">;
    theme: z.ZodString;
} & {
    reportLink: z.ZodString;
}, "strict", z.ZodTypeAny, {
    number: number;
    id: string;
    reportLink: string;
    text: string;
    theme: string;
    endnotes: number[];
}, {
    number: number;
    id: string;
    reportLink: string;
    text: string;
    theme: string;
    endnotes: number[];
}>;
