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

const sizeOf = (contents: OutputFile['contents']) =>
  typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength;

/** Links from dist/explorer/ to the files that exporters before it wrote, grouped by format. */
export function downloadGroups(earlier: ReadonlyMap<string, OutputFile['contents']>): DownloadGroup[] {
  const paths = [...earlier.keys()].sort();
  return groups
    .map(({ heading, description, matches, label }) => ({
      heading,
      description,
      links: paths
        .filter(matches)
        .map(
          (path): DownloadLink => ({ label: label(path), href: `../${path}`, bytes: sizeOf(earlier.get(path) ?? '') }),
        ),
    }))
    .filter((group) => group.links.length > 0);
}
