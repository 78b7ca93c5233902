import { readFileSync } from 'node:fs';

export interface FencedBlock {
  lang: string;
  code: string;
  line: number;
}

export function readme(): string {
  return readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((line, j) => j > i && /^\s*```\s*$/.test(line));
    blocks.push({ lang: open[1], code: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return blocks;
}

export function markdownSection(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Inline code spans that are shell commands, by the program they start with. */
export function inlineCommands(markdown: string, programs: readonly string[]): string[] {
  return [...markdown.matchAll(/`([^`\n]+)`/g)]
    .map((match) => match[1])
    .filter((span) => programs.includes(span.split(' ')[0]));
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
