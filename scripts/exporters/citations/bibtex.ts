import { plugins } from '@citation-js/core';
import { cite } from './citationJs.js';
import type { CslItem } from './csl.js';

function withBibtexConfig<T>(run: () => T): T {
  const format = plugins.config.get('@bibtex').format;
  const saved = { ...format };
  // by default every character outside ASCII is deleted, and a key with a hyphen is replaced by one made of
  // author, year and title
  format.asciiOnly = false;
  format.checkLabel = false;
  try {
    return run();
  } finally {
    Object.assign(format, saved);
  }
}

/** Without asciiOnly citation-js escapes nothing, so LaTeX's special characters are escaped here. */
const verbatimFields = new Set(['url', 'doi']);
const latexSpecial = /[&%$#_]/g;

/** BibTeX entries keyed by citation key, in UTF-8. */
export function toBibtex(items: CslItem[]): string {
  const entries = withBibtexConfig(() => cite(items).format('bibtex', { format: 'object' }));
  return entries
    .map(({ type, label, properties }) => {
      const fields = Object.entries(properties).map(([field, value]) => {
        const escaped = verbatimFields.has(field) ? value : value.replace(latexSpecial, '\\$&');
        return `\t${field} = {${escaped}},\n`;
      });
      return `@${type}{${label},\n${fields.join('')}}\n`;
    })
    .join('\n');
}
