import { cdnBase } from '../lib/cdnBase.js';

export { cdnBase };

/** Lines written between these markers in docs/files.md, and only there. */
export const addressMarkers = {
  start: '<!-- file-addresses: written by npm run docs:files from dist/ and package.json -->',
  end: '<!-- end of file-addresses -->',
} as const;

/** The per-version address of every file of dist/, one Markdown list item each, in path order. */
export function fileAddresses(files: readonly string[], name: string, version: string): string {
  return [...files]
    .sort()
    .map((file) => `- \`dist/${file}\`: ${cdnBase}/${name}@${version}/dist/${file}`)
    .join('\n');
}
