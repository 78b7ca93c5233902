import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const bumps = ['patch', 'minor', 'major'] as const;
export type Bump = (typeof bumps)[number];

/** The bump a changeset declares for a package, read from its front matter; null when it names none. */
export function declaredBump(markdown: string, packageName: string): Bump | null {
  const frontMatter = /^---\r?\n([\s\S]*?)^---\s*$/m.exec(markdown);
  if (!frontMatter || markdown.slice(0, frontMatter.index).trim() !== '') return null;
  const releases = parse(frontMatter[1]) as Record<string, unknown> | null;
  const bump = releases?.[packageName];
  return bumps.includes(bump as Bump) ? (bump as Bump) : null;
}

/** The largest bump that the changesets waiting in a folder declare for a package. */
export function pendingBump(changesetDir: string, packageName: string): Bump | null {
  if (!existsSync(changesetDir)) return null;
  const declared = readdirSync(changesetDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => declaredBump(readFileSync(join(changesetDir, name), 'utf8'), packageName));
  return [...bumps].reverse().find((bump) => declared.includes(bump)) ?? null;
}
