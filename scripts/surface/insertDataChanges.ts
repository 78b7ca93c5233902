/**
 * The CHANGELOG with a "Data changes" section at the end of a version's entry, after the changesets' prose; a section
 * already there is replaced, so running the release step twice writes it once.
 */
export function insertDataChanges(changelog: string, version: string, section: string): string {
  const lines = changelog.split('\n');
  const start = lines.indexOf(`## ${version}`);
  if (start < 0) throw new Error(`CHANGELOG.md has no "## ${version}" entry: run changeset version first`);
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const end = next < 0 ? lines.length : next;
  const existing = lines.findIndex((line, index) => index > start && index < end && line === '### Data changes');
  const entry = lines
    .slice(start, existing < 0 ? end : existing)
    .join('\n')
    .trimEnd();
  const rest = lines.slice(end).join('\n');
  return `${[lines.slice(0, start).join('\n'), entry].filter(Boolean).join('\n')}\n\n${section}\n${rest ? `\n${rest}` : ''}`;
}
