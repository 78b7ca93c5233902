/** A real calendar date, February 29 only in leap years, as a regular expression so that JSON Schema has it too. */
export declare const calendarDatePattern: RegExp;
export declare const isoDate: import("zod/v3").ZodString;
