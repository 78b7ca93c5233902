/**
 * The .bib and .ris files as the tools their users read them with see them: pandoc renders every item of
 * each .bib exactly as from the .csl.json beside it, and citation-js parses both back to the CSL-JSON's type,
 * title, authors, date, language, URL and container, but where a reader's own limits are named below.
 * The dataset's own citation renders whole, version and title as written, in pandoc and citeproc-js styles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { afterAll, describe, expect, it } from 'vitest';
import type { CslItem } from '../scripts/exporters/citations/csl.js';
import { freshDist } from './helpers/freshDist.js';
import { itWith } from './helpers/optionalPrograms.js';
import { renderBibliography } from './helpers/pandocBibliography.js';
import { root } from './helpers/runScript.js';

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

/** A title as a reader shows it: without the CSL markup that keeps a part of it from changes of case. */
const shownTitle = (title: unknown) =>
  typeof title === 'string' ? title.replace(/<span class="nocase">|<\/span>/g, '') : title;

/** A name as one string, however a reader splits it: "Emily de La Bruyère", "习近平 [Xi Jinping]". */
const nameText = (name: CslData) =>
  [name.given, name['non-dropping-particle'], name.family, name.literal].filter((part) => part).join(' ');

function comparable(item: CslData, extension?: string): Record<Compared, unknown> {
  return {
    type: extension === 'bib' ? biblatexType(item) : item.type,
    title: shownTitle(item.title),
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

/** A style that sets titles in sentence case, as many do: what a title's case protection is for. */
const sentenceCaseStyle = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Sentence case</title><id>sentence-case</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title" text-case="sentence"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="sentence"/></layout></bibliography>
</style>
`;

describe('the dataset’s own citation, rendered whole', () => {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const reportTitle: string = JSON.parse(read('json/report.json')).title;
  const [item] = JSON.parse(read('citations/dataset.csl.json')) as CslItem[];
  // styles nest quotation marks each their own way: compare the words and their capitals
  const words = (text: string) => text.replace(/[‘’“”"']/g, '"').replace(/\s+/g, ' ');
  const dir = mkdtempSync(join(tmpdir(), 'btv-dataset-citation-'));
  const style = join(dir, 'sentence-case.csl');
  writeFileSync(style, sentenceCaseStyle);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What a rendering must hold: the version, the package's name in lower case, the report's title as printed. */
  function expectWhole(rendered: string | undefined, how: string): void {
    expect(rendered, how).toContain(`(Version ${version})`);
    expect(rendered, how).toContain('beijing-two-voices: the Brookings report');
    expect(words(rendered ?? ''), how).toContain(words(reportTitle));
    expect(words(rendered ?? ''), how).toContain(words(shownTitle(item.title) as string));
  }

  itWith(
    ['pandoc'],
    'pandoc renders it whole from the CSL-JSON and the .bib, in its default style and in sentence case',
    () => {
      for (const file of ['dataset.csl.json', 'dataset.bib']) {
        expectWhole(renderBibliography(distPath(`citations/${file}`)).get(item.id), `${file}, Chicago author-date`);
        expectWhole(renderBibliography(distPath(`citations/${file}`), style).get(item.id), `${file}, sentence case`);
      }
    },
  );

  itWith(
    ['pandoc'],
    'without its markup, the title would not stay whole: title case and sentence case change it',
    () => {
      const bare = join(dir, 'bare.csl.json');
      writeFileSync(bare, JSON.stringify([{ ...item, title: shownTitle(item.title) }]));
      expect(renderBibliography(bare).get(item.id)).toContain('Beijing-Two-Voices: The Brookings Report');
      const sentence = renderBibliography(bare, style).get(item.id) ?? '';
      expect(sentence).toContain('Beijing-two-voices: The brookings report');
      expect(words(sentence)).not.toContain(words(reportTitle));
    },
  );

  it.each(['apa', 'vancouver', 'harvard1'])('citeproc-js renders it whole in %s', (template) => {
    const rendered = new Cite([item], { forceType: '@csl/list+object' }).format('bibliography', {
      template,
      format: 'text',
    });
    expectWhole(rendered, template);
    // once: a style that prints CSL's version would print it again beside the title
    expect(rendered.split(`Version ${version}`)).toHaveLength(2);
  });
});
