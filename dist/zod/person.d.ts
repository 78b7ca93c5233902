import { z } from 'zod/v3';
export declare const personRecord: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodEffects<z.ZodString, string, string>;
    nameChinese: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    role: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    nameVariants: z.ZodArray<z.ZodEffects<z.ZodString, string, string>, "many">;
}, "strict", z.ZodTypeAny, {
    id: string;
    name: string;
    nameChinese: string | null;
    role: string | null;
    nameVariants: string[];
}, {
    id: string;
    name: string;
    nameChinese: string | null;
    role: string | null;
    nameVariants: string[];
}>;
export declare const publishedPerson: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodEffects<z.ZodString, string, string>;
    nameChinese: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    role: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    nameVariants: z.ZodArray<z.ZodEffects<z.ZodString, string, string>, "many">;
}, "strict", z.ZodTypeAny, {
    id: string;
    name: string;
    nameChinese: string | null;
    role: string | null;
    nameVariants: string[];
}, {
    id: string;
    name: string;
    nameChinese: string | null;
    role: string | null;
    nameVariants: string[];
}>;
