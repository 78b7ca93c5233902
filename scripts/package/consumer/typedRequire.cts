// The same types through the `require` condition.
import { type Quote, quotes } from 'beijing-two-voices';

export const voice: 'external' | 'internal' = quotes[0].voice;
// @ts-expect-error a voice is "external" or "internal"
export const outer: Quote['voice'] = 'outer';
