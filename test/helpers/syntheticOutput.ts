import type { OutputFile } from '../../scripts/lib/outputFile.js';

/** Enough files in enough folders that writing them takes a moment, as a real build's do. */
export function syntheticOutput(): OutputFile[] {
  return Array.from({ length: 400 }, (_, i) => ({
    path: `folder-${i % 20}/file-${i}.txt`,
    contents: `${i}\n`.repeat(50),
  }));
}
