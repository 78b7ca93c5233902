import { z } from 'zod/v3';
export declare const personRecord: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    nameChinese: z.ZodNullable<z.ZodString>;
    role: z.ZodNullable<z.ZodString>;
    nameVariants: z.ZodArray<z.ZodString, "many">;
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
    name: z.ZodString;
    nameChinese: z.ZodNullable<z.ZodString>;
    role: z.ZodNullable<z.ZodString>;
    nameVariants: z.ZodArray<z.ZodString, "many">;
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
