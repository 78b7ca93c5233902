import { z } from 'zod/v3';
export declare const annotationKinds: readonly ["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"];
/** A passage of the report, as the W3C TextQuoteSelector names one: the words, and what must stand before or after them to make them unique. */
export declare const excerpt: z.ZodObject<{
    exact: z.ZodEffects<z.ZodString, string, string>;
    prefix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    suffix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
}, "strict", z.ZodTypeAny, {
    exact: string;
    prefix: string | null;
    suffix: string | null;
}, {
    exact: string;
    prefix: string | null;
    suffix: string | null;
}>;
export declare const annotationRecord: z.ZodObject<{
    id: z.ZodString;
    target: z.ZodString;
    field: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    kind: z.ZodEnum<["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"]>;
    note: z.ZodEffects<z.ZodString, string, string>;
    evidence: z.ZodArray<z.ZodObject<{
        exact: z.ZodEffects<z.ZodString, string, string>;
        prefix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
        suffix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    }, "strict", z.ZodTypeAny, {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }, {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }>, "many">;
}, "strict", z.ZodTypeAny, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
    evidence: {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }[];
}, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
    evidence: {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }[];
}>;
export declare const publishedAnnotation: z.ZodObject<{
    id: z.ZodString;
    target: z.ZodString;
    field: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    kind: z.ZodEnum<["name-variant", "date-mismatch", "text-artifact", "translation-variant", "description-mismatch", "inferred", "undecided"]>;
    note: z.ZodEffects<z.ZodString, string, string>;
    evidence: z.ZodArray<z.ZodObject<{
        exact: z.ZodEffects<z.ZodString, string, string>;
        prefix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
        suffix: z.ZodNullable<z.ZodEffects<z.ZodString, string, string>>;
    }, "strict", z.ZodTypeAny, {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }, {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }>, "many">;
}, "strict", z.ZodTypeAny, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
    evidence: {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }[];
}, {
    id: string;
    target: string;
    field: string | null;
    kind: "name-variant" | "date-mismatch" | "text-artifact" | "translation-variant" | "description-mismatch" | "inferred" | "undecided";
    note: string;
    evidence: {
        exact: string;
        prefix: string | null;
        suffix: string | null;
    }[];
}>;
