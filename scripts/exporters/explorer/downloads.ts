import { type CollectionName, collectionNames } from '../../../schema/collections.js';
import type { OutputFile } from '../../lib/outputFile.js';
import type { DownloadGroup, DownloadLink } from './pageTypes.js';

interface GroupSpec {
  heading: string;
  description: string;
  /** Files of dist/ the group lists, by path. */
  matches: (path: string) => boolean;
  label: (path: string) => string;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const citationFormats: Record<string, string> = {
  'csl.json': 'CSL-JSON (Zotero, Pandoc, citeproc)',
  bib: 'BibTeX (LaTeX, BibLaTeX)',
  ris: 'RIS (EndNote, Mendeley, Zotero)',
};
const citationFile = /^citations\/(sources|report)\.(csl\.json|bib|ris)$/;

const groups: GroupSpec[] = [
  {
    heading: 'CSV',
    description: 'One table per collection, UTF-8, for scripts and data tools.',
    matches: (path) => /^csv\/[^/]+\.csv$/.test(path),
    label: fileName,
  },
  {
    heading: 'CSV for spreadsheets',
    description:
      'The same tables for Excel and other spreadsheets: Chinese text opens intact and no cell runs as a formula.',
    matches: (path) => /^csv-excel\/[^/]+\.csv$/.test(path),
    label: fileName,
  },
  {
    heading: 'Citations',
    description: 'For reference managers: every work the endnotes cite (sources), and the report itself (report).',
    matches: (path) => citationFile.test(path),
    label: (path) => `${fileName(path)}: ${citationFormats[citationFile.exec(path)?.[2] ?? '']}`,
  },
  {
    heading: 'JSON',
    description: 'The published records, every collection in one file or one file each.',
    matches: (path) => /^json\/[^/]+\.json$/.test(path),
    label: fileName,
  },
];

const mediaTypes: [RegExp, string][] = [
  [/\.csv$/, 'text/csv;charset=utf-8'],
  [/\.csl\.json$/, 'application/vnd.citationstyles.csl+json'],
  [/\.json$/, 'application/json'],
  [/\.bib$/, 'application/x-bibtex;charset=utf-8'],
  [/\.ris$/, 'application/x-research-info-systems;charset=utf-8'],
];

const jsonOfRecords = /^json\/([a-z]+)\.json$/;

/** The records a JSON file holds, if the page has them: the page then makes it rather than embed it twice. */
function recordsOf(path: string): DownloadLink['contents'] | undefined {
  const name = jsonOfRecords.exec(path)?.[1] ?? '';
  if (name === 'all') return { collections: [...collectionNames] };
  return (collectionNames as readonly string[]).includes(name) ? { records: name as CollectionName } : undefined;
}

function link(path: string, label: string, contents: OutputFile['contents']): DownloadLink {
  if (typeof contents !== 'string') throw new Error(`the explorer cannot offer dist/${path}: it is not text`);
  const records = recordsOf(path);
  return {
    label,
    path,
    mediaType: mediaTypes.find(([pattern]) => pattern.test(path))?.[1] ?? 'text/plain;charset=utf-8',
    bytes: Buffer.byteLength(contents),
    contents: records ?? { text: contents },
  };
}

/** The files that exporters before it wrote, grouped by format, to be made in the page when downloaded. */
export function downloadGroups(earlier: ReadonlyMap<string, OutputFile['contents']>): DownloadGroup[] {
  const paths = [...earlier.keys()].sort();
  return groups
    .map(({ heading, description, matches, label }) => ({
      heading,
      description,
      links: paths.filter(matches).map((path) => link(path, label(path), earlier.get(path) ?? '')),
    }))
    .filter((group) => group.links.length > 0);
}
