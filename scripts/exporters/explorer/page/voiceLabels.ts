import type { Quote } from '../../../../schema/index.js';

/** How the page names each voice, and to whom it speaks. */
export const voiceLabels: Record<Quote['voice'], { name: string; audience: string }> = {
  external: { name: 'External', audience: 'to foreign audiences' },
  internal: { name: 'Internal', audience: 'to domestic audiences' },
};
