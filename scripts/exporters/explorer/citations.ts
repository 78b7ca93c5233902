import type { OutputFile } from '../../lib/outputFile.js';
import type { SourceCitation } from './pageTypes.js';

type Earlier = ReadonlyMap<string, OutputFile['contents']>;

const textOf = (contents: OutputFile['contents']) =>
  typeof contents === 'string' ? contents : new TextDecoder().decode(contents);

interface CslItem {
  id: string;
  'citation-key'?: string;
}

/** Each "@type{key, …}" entry of a BibTeX file by its key. */
export function bibtexEntries(bibtex: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const chunk of bibtex.split(/\n(?=@)/)) {
    const entry = chunk.trim();
    const key = /^@\w+\s*\{\s*([^,\s]+)\s*,/.exec(entry)?.[1];
    if (key !== undefined) entries.set(key, entry);
  }
  return entries;
}

/**
 * The BibTeX entry and CSL-JSON item of each record, split from dist/citations/<name>.bib and .csl.json as
 * exporters before wrote them. Without those files every citation is null; with them, a record they miss
 * is a build error rather than a quietly missing "Cite" button.
 */
export function citationsOf(ids: string[], name: string, earlier: Earlier): Record<string, SourceCitation> {
  const cslPath = `citations/${name}.csl.json`;
  const bibPath = `citations/${name}.bib`;
  const cslContents = earlier.get(cslPath);
  const items = cslContents === undefined ? null : (JSON.parse(textOf(cslContents)) as CslItem[]);
  const bibContents = earlier.get(bibPath);
  const entries = bibContents === undefined ? null : bibtexEntries(textOf(bibContents));
  const itemById = new Map(items?.map((item) => [item.id, item]));
  const citations: Record<string, SourceCitation> = {};
  for (const id of ids) {
    const item = items === null ? null : (itemById.get(id) ?? null);
    if (items !== null && item === null) throw new Error(`dist/${cslPath} has no item with id "${id}"`);
    const bibtex = entries?.get(item?.['citation-key'] ?? id) ?? null;
    if (entries !== null && bibtex === null) throw new Error(`dist/${bibPath} has no entry for "${id}"`);
    citations[id] = { bibtex, cslJson: item === null ? null : JSON.stringify(item, null, 2) };
  }
  return citations;
}
