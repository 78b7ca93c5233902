import { breakingChanges } from './compareSurface.js';
import type { Bump } from './pendingChangesets.js';
import type { PublicSurface } from './publicSurface.js';

export interface Verdict {
  ok: boolean;
  /** What to print, one line each; "✖" lines are the breaking changes that block. */
  lines: string[];
}

/** Whether the working tree keeps the last release's surface, or a pending major changeset says it may not. */
export function surfaceVerdict(
  snapshot: PublicSurface | null,
  current: PublicSurface,
  bump: Bump | null,
  packageName: string,
): Verdict {
  if (snapshot === null) {
    return {
      ok: true,
      lines: ['✔ no release yet, so nothing to keep: npm run version records the surface of the first'],
    };
  }
  const changes = breakingChanges(snapshot, current);
  if (changes.length === 0) {
    return { ok: true, lines: [`✔ everything ${packageName}@${snapshot.version} published is still there`] };
  }
  if (bump === 'major') {
    return {
      ok: true,
      lines: [
        ...changes.map((change) => `• ${change}`),
        `✔ ${changes.length} breaking change${changes.length === 1 ? '' : 's'} since ${snapshot.version}, announced by a pending major changeset`,
      ],
    };
  }
  return {
    ok: false,
    lines: [
      ...changes.map((change) => `✖ ${change}`),
      `These break users of ${packageName}@${snapshot.version}, so the next release must be major: run npm run changeset, choose major for ${packageName} and say what was removed or changed.`,
    ],
  };
}
