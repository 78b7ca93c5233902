import { readdirSync, readFileSync } from 'node:fs';

export interface FencedBlock {
  lang: string;
  code: string;
  line: number;
  /** The page it stands in, from the repository's root: README.md or docs/… */
  page: string;
}

export interface DocumentationPage {
  path: string;
  markdown: string;
}

const repository = new URL('../../', import.meta.url);

/** One page of the documentation, by its path from the repository's root. */
export function documentationPage(path: string): string {
  return readFileSync(new URL(path, repository), 'utf8');
}

export function readme(): string {
  return documentationPage('README.md');
}

/** The README and every page of docs/, in that order. */
export function documentationPages(): DocumentationPage[] {
  const docs = readdirSync(new URL('docs/', repository))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs].map((path) => ({ path, markdown: documentationPage(path) }));
}

export function fencedBlocks(markdown: string, page = 'README.md'): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && /^\s*```\s*$/.test(line));
    blocks.push({ lang: open[1], code: lines.slice(i + 1, end).join('\n'), line: i + 1, page });
    i = end;
  }
  return blocks;
}

export function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`the page has no section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/**
 * Inline code spans that are shell commands: a program's name followed by its arguments (a name alone, such as
 * `sqlite3`, names the program).
 */
export function inlineCommands(markdown: string, programs: readonly string[]): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)]
    .map((match) => match[1])
    .filter((span) => span.includes(' ') && programs.includes(span.split(' ')[0]));
}

/**
 * What a block says it prints: the comment lines that end it, after its last line of code
 * (`// text` in JavaScript, `# text` in Python, `-- text` in SQL). Empty when it says nothing.
 */
export function statedOutput(code: string): string[] {
  const lines = code.trimEnd().split('\n');
  const stated: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const comment = /^(?:\/\/|#|--) ?(.*)$/.exec(lines[i]);
    if (!comment) break;
    stated.unshift(comment[1]);
  }
  return stated;
}
