import { z } from 'zod/v3';
export declare const annotationKinds: readonly ["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"];
export declare const annotationRecord: z.ZodObject<{
    id: z.ZodString;
    target: z.ZodString;
    field: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    kind: z.ZodEnum<["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"]>;
    note: z.ZodEffects<z.ZodString, string, string>;
}, "strict", z.ZodTypeAny, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
}, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
}>;
export declare const publishedAnnotation: z.ZodObject<{
    id: z.ZodString;
    target: z.ZodString;
    field: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    kind: z.ZodEnum<["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"]>;
    note: z.ZodEffects<z.ZodString, string, string>;
}, "strict", z.ZodTypeAny, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
}, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
}>;
