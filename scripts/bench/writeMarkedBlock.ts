import { readFileSync, writeFileSync } from 'node:fs';
import { markedBlock } from './markedBlock.js';

/**
 * Replaces what a Markdown file holds between `<!-- name:start -->` and `<!-- name:end -->` with `block` (lines,
 * each ending in a newline), so that figures a command measures are written by it, never pasted by hand.
 */
export function writeMarkedBlock(file: string, name: string, block: string): void {
  const text = readFileSync(file, 'utf8');
  const old = markedBlock(text, name);
  if (old === null) throw new Error(`${file} has no <!-- ${name}:start --> … <!-- ${name}:end --> block to write`);
  const start = `<!-- ${name}:start -->\n`;
  writeFileSync(
    file,
    text.replace(`${start}${old}`, () => `${start}${block}`),
  );
}
