/** The lines a Markdown text holds between `<!-- name:start -->` and `<!-- name:end -->`, or null without both. */
export function markedBlock(text: string, name: string): string | null {
  const start = text.indexOf(`<!-- ${name}:start -->\n`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) return null;
  return text.slice(start + `<!-- ${name}:start -->\n`.length, end);
}
