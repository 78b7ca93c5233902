import type { z } from 'zod/v3';
import type { excerpt } from '../../schema/index.js';
import type { TextDirective } from './textFragment.js';

/**
 * The directive of an excerpt: its words, with the words before and after them where they make them unique. A
 * browser skips the spaces between a prefix or suffix and the words, so the terms leave them out.
 */
export function excerptDirective({ exact, prefix, suffix }: z.infer<typeof excerpt>): TextDirective {
  const before = prefix?.trimEnd();
  const after = suffix?.trimStart();
  return { ...(before ? { prefix: before } : {}), textStart: exact, ...(after ? { suffix: after } : {}) };
}
