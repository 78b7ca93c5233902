import { spawnSync } from 'node:child_process';

interface PandocNode {
  t: string;
  c?: unknown;
}

/**
 * Inline pandoc AST as text, keeping what a reader sees (words, emphasis, link targets) and dropping what
 * only differs in how the bibliography was written (the spans a BibTeX file's case-protecting braces make).
 */
function inlineText(nodes: PandocNode[]): string {
  return nodes
    .map(({ t, c }) => {
      if (t === 'Str') return c as string;
      if (t === 'Space' || t === 'SoftBreak') return ' ';
      if (t === 'Emph') return `_${inlineText(c as PandocNode[])}_`;
      if (t === 'Strong') return `**${inlineText(c as PandocNode[])}**`;
      if (t === 'Span') return inlineText((c as [unknown, PandocNode[]])[1]);
      if (t === 'Quoted') return `“${inlineText((c as [unknown, PandocNode[]])[1])}”`;
      if (t === 'Link') {
        const [, text, [url]] = c as [unknown, PandocNode[], [string]];
        return `${inlineText(text)}<${url}>`;
      }
      return `‹${t}›`;
    })
    .join('');
}

function collectEntries(value: unknown, entries: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const element of value) collectEntries(element, entries);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const node = value as PandocNode;
  if (node.t === 'Div') {
    const [[id], blocks] = node.c as [[string], { c: PandocNode[] }[]];
    if (id.startsWith('ref-')) {
      entries.set(id.slice('ref-'.length), blocks.map((block) => inlineText(block.c)).join('\n'));
      return;
    }
  }
  for (const child of Object.values(node)) collectEntries(child, entries);
}

/**
 * Every entry of a bibliography file as `pandoc --citeproc` renders it in its default style (Chicago
 * author-date) or in the CSL style at `style`, by citation key.
 */
export function renderBibliography(path: string, style?: string): Map<string, string> {
  const styleArgs = style ? ['--csl', style] : [];
  const run = spawnSync(
    'pandoc',
    ['--citeproc', ...styleArgs, '--bibliography', path, '-f', 'markdown', '-t', 'json'],
    {
      input: '---\nnocite: "@*"\n---\n',
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`pandoc failed on ${path}: ${run.stderr}`);
  const entries = new Map<string, string>();
  collectEntries(JSON.parse(run.stdout).blocks, entries);
  return entries;
}

/** The CSL-JSON items pandoc reads from a bibliography file in any format it knows (`-f biblatex`, …). */
export function pandocItems(text: string, format: string): Record<string, unknown>[] {
  const run = spawnSync('pandoc', ['-f', format, '-t', 'csljson'], { input: text, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pandoc could not read ${format}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}
