import { createHash } from 'node:crypto';
import type { SyncExporter } from './types.js';

/**
 * dist/SHA256SUMS: "<hex>  <path>" per file, as sha256sum writes it, so that `sha256sum -c SHA256SUMS`
 * in dist/ verifies a download. Lists what every exporter before it wrote, so it must run last.
 */
export const exportChecksums: SyncExporter = (_dataset, earlier) => {
  const files = [...earlier].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const lines = files.map(([path, contents]) => {
    // sha256sum escapes such names, which this format would not
    if (/[\\\n\r]/.test(path)) throw new Error(`cannot list ${JSON.stringify(path)} in SHA256SUMS`);
    return `${createHash('sha256').update(contents).digest('hex')}  ${path}\n`;
  });
  return [{ path: 'SHA256SUMS', contents: lines.join('') }];
};
