/**
 * The .bib and .ris files as the tools their users read them with see them: pandoc renders every item of
 * each .bib exactly as from the .csl.json beside it, and citation-js parses both back to the CSL-JSON's type,
 * title, authors, date, language, URL and container, but where a reader's own limits are named below.
 */
import { readFileSync } from 'node:fs';
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../scripts/exporters/citations/csl.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { renderBibliography } from './helpers/pandocBibliography.js';

const distPath = (path: string) => freshDist(path);
const read = (path: string) => readFileSync(distPath(path), 'utf8');

const groups = ['sources', 'report', 'dataset'] as const;
const compared = ['type', 'title', 'author', 'issued', 'language', 'URL', 'container-title'] as const;
type Compared = (typeof compared)[number];

/**
 * biblatex says more than citation-js 0.8.2 reads: it takes `entrysubtype = {newspaper}` for a genre of a
 * journal article, and @unpublished for a manuscript whatever its `type`. The type the entry states is what
 * pandoc, biber and Zotero read, and what is compared.
 */
function biblatexType(parsed: CslData): unknown {
  if (parsed.type === 'article-journal' && parsed.genre === 'newspaper') return 'article-newspaper';
  if (parsed.type === 'manuscript' && parsed.genre === 'speech') return 'speech';
  return parsed.type;
}

/** A name as one string, however a reader splits it: "Emily de La Bruyère", "习近平 [Xi Jinping]". */
const nameText = (name: CslData) =>
  [name.given, name['non-dropping-particle'], name.family, name.literal].filter((part) => part).join(' ');

function comparable(item: CslData, extension?: string): Record<Compared, unknown> {
  return {
    type: extension === 'bib' ? biblatexType(item) : item.type,
    title: item.title,
    author: (item.author as CslData[] | undefined)?.map(nameText),
    issued: (item.issued as CslData | undefined)?.['date-parts'] ?? item.issued,
    language: item.language,
    URL: item.URL,
    'container-title': item['container-title'],
  };
}

/**
 * What citation-js 0.8.2 cannot read back from a file that carries it, by file and CSL type, with the reason.
 * Each is asserted to be lost, so that the list goes when citation-js learns to read it.
 */
const citationJsLimits: Record<string, Partial<Record<Compared, string>>> = {
  'ris speech': { type: 'citation-js reads SLIDE, a presentation, as a motion picture' },
  'ris article-newspaper': {
    author: 'citation-js reads the AU of a NEWS record as one "reporter", not as authors',
    issued: 'citation-js reads the date of a NEWS record from PY, the year, and not from DA',
  },
  'ris webpage': { 'container-title': 'citation-js reads the T2 of an ELEC record as a collection title' },
};

describe.each(groups)('dist/citations/%s', (group) => {
  const csl: CslItem[] = JSON.parse(read(`citations/${group}.csl.json`));

  describe.each(['bib', 'ris'])('.%s parsed by citation-js', (extension) => {
    const parsed = new Cite(read(`citations/${group}.${extension}`)).data;
    const parsedById = new Map(parsed.map((item) => [item.id, item]));

    it('holds the same items, keyed by their ids', () => {
      expect(parsed.map((item) => item.id).sort()).toEqual(csl.map((item) => item.id).sort());
    });

    it.each(compared)('gives every item the CSL-JSON’s %s', (field) => {
      for (const item of csl) {
        const back = comparable(parsedById.get(item.id) as CslData, extension)[field];
        const expected = comparable(item as unknown as CslData)[field];
        const limit = citationJsLimits[`${extension} ${item.type}`]?.[field];
        if (limit && expected !== undefined) expect(back, `${item.id}: ${limit}`).not.toEqual(expected);
        else expect(back, item.id).toEqual(expected);
      }
    });
  });

  itWith(['pandoc'], `pandoc --citeproc renders every item of ${group}.bib exactly as from ${group}.csl.json`, () => {
    const fromBib = renderBibliography(distPath(`citations/${group}.bib`));
    const fromCsl = renderBibliography(distPath(`citations/${group}.csl.json`));
    expect([...fromBib.keys()].sort()).toEqual(csl.map((item) => item.id).sort());
    for (const { id } of csl) expect(fromBib.get(id), id).toBe(fromCsl.get(id));
  });
});
