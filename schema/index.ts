import type { z } from 'zod/v3';
import type { publishedAnnotation } from './annotation.js';
import type { publishedEndnote } from './endnote.js';
import type { publishedPerson } from './person.js';
import type { publishedQuote } from './quote.js';
import type { publishedReport } from './report.js';
import type { publishedSource } from './source.js';
import type { publishedTakeaway } from './takeaway.js';
import type { publishedTheme } from './theme.js';

export * from './annotation.js';
export * from './collections.js';
export * from './common.js';
export * from './endnote.js';
export * from './person.js';
export * from './quote.js';
export * from './report.js';
export * from './source.js';
export * from './takeaway.js';
export * from './theme.js';

export type Report = z.infer<typeof publishedReport>;
export type Theme = z.infer<typeof publishedTheme>;
export type Takeaway = z.infer<typeof publishedTakeaway>;
export type Quote = z.infer<typeof publishedQuote>;
export type Endnote = z.infer<typeof publishedEndnote>;
export type Source = z.infer<typeof publishedSource>;
export type Person = z.infer<typeof publishedPerson>;
export type Annotation = z.infer<typeof publishedAnnotation>;
