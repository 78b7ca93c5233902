export declare const codePointName: (codePoint: number) => string;
/**
 * With the u flag a surrogate pair is one code point outside the surrogate range, so only lone halves match it;
 * JSON Schema validators such as ajv read patterns that way, as do Python and Rust.
 */
export declare const plainTextPattern: RegExp;
/** The first forbidden character of a text, by code point and its 1-based position counted in characters. */
export declare function forbiddenCharacter(value: string): string | undefined;
/** Where a text first differs from its NFC form, and what NFC writes there. */
export declare function nfcDifference(value: string): string | undefined;
/** Text as printed: not empty, Unicode NFC, and nothing invisible or unencodable in it. */
export declare const text: import("zod/v3").ZodEffects<import("zod/v3").ZodString, string, string>;
