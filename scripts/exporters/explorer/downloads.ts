import { type CollectionName, collectionNames } from '../../../schema/collections.js';
import type { OutputFile } from '../../lib/outputFile.js';
import type { ReleaseMeta } from '../../lib/release.js';
import type { DownloadGroup, DownloadLink } from './pageTypes.js';

interface GroupSpec {
  heading: string;
  description: string;
  /** Files of dist/ the group lists, by path. */
  matches: (path: string) => boolean;
  label?: (path: string) => string;
}

/** Folders of the package's code (its JavaScript modules and their types), not data to download. */
const codeFolders = ['cjs/', 'esm/', 'zod/', 'explorer/'];

const citationFormats: Record<string, string> = {
  'csl.json': 'CSL-JSON (Zotero, Pandoc, citeproc)',
  bib: 'BibTeX (LaTeX, BibLaTeX)',
  ris: 'RIS (EndNote, Mendeley, Zotero)',
};
const citationFile = /^citations\/([^/]+)\.(csl\.json|bib|ris)$/;

const inFolder = (folder: string) => (path: string) => path.startsWith(`${folder}/`);

/** Known formats, in the order the page lists them; any other folder gets a group of its own after them. */
const groups: GroupSpec[] = [
  {
    heading: 'CSV',
    description: 'One table per collection, UTF-8, for scripts and data tools.',
    matches: inFolder('csv'),
  },
  {
    heading: 'CSV for spreadsheets',
    description:
      'The same tables for Excel and other spreadsheets: Chinese text opens intact, dates stay text and no text runs as a formula.',
    matches: inFolder('csv-excel'),
  },
  {
    heading: 'Excel workbook',
    description: 'Every table as a sheet of one workbook.',
    matches: inFolder('xlsx'),
  },
  {
    heading: 'Parquet',
    description: 'One typed, compressed table per collection, for DuckDB, pandas, R and Spark.',
    matches: inFolder('parquet'),
  },
  {
    heading: 'SQLite',
    description: 'Every table in one database with its keys, and metadata for Datasette.',
    matches: inFolder('sqlite'),
  },
  {
    heading: 'Citations',
    description:
      'For reference managers: every work the endnotes cite (sources), the report itself (report), and this dataset at this version (dataset).',
    matches: (path) => citationFile.test(path),
    label: (path) => {
      // Stryker disable next-line OptionalChaining,StringLiteral: the group lists only paths this pattern matches, so exec never gives null
      const format = citationFile.exec(path)?.[2] ?? '';
      return `${fileName(path)}: ${citationFormats[format]}`;
    },
  },
  {
    heading: 'JSON',
    description: 'The published records, every collection in one file or one file each.',
    matches: inFolder('json'),
  },
  {
    heading: 'JSON Schema',
    description: 'The shape of each published record, and under data/ of each file the records are made from.',
    matches: inFolder('schema'),
  },
  {
    heading: 'Data package',
    description: 'A Frictionless Data Package describing the CSV tables, their fields and keys.',
    matches: (path) => path === 'datapackage.json',
  },
];

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
/** The path inside its group's folder, so that files of a subfolder keep it in their label. */
const pathInFolder = (path: string) => path.slice(path.indexOf('/') + 1);

const mediaTypes: [RegExp, string][] = [
  [/\.csv$/, 'text/csv;charset=utf-8'],
  [/\.csl\.json$/, 'application/vnd.citationstyles.csl+json'],
  [/\.schema\.json$/, 'application/schema+json'],
  [/\.json$/, 'application/json'],
  [/\.bib$/, 'application/x-bibtex;charset=utf-8'],
  [/\.ris$/, 'application/x-research-info-systems;charset=utf-8'],
  [/\.xlsx$/, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  [/\.parquet$/, 'application/vnd.apache.parquet'],
  [/\.(db|sqlite)$/, 'application/vnd.sqlite3'],
  [/\.txt$/, 'text/plain;charset=utf-8'],
];

const jsonOfRecords = /^json\/([a-z]+)\.json$/;

/**
 * What the page makes the file from: the records it holds, for the JSON files of records; null for any other file,
 * whose link keeps its address. Only those are made in the page, since they cost the page nothing: embedding the
 * other formats' bytes would make the page grow with the data times the formats.
 */
function contentsOf(path: string, meta: ReleaseMeta): DownloadLink['contents'] {
  const name = jsonOfRecords.exec(path)?.[1];
  // all.json opens with its release's meta, which the page's records do not hold: it is carried beside them
  if (name === 'all') return { collections: [...collectionNames], meta };
  if (collectionNames.some((collection) => collection === name)) return { records: name as CollectionName };
  return null;
}

/**
 * Every data file that exporters before it wrote, grouped by format, each at its address for this version
 * (`baseUrl` + path); the JSON files of records are also made in the page, to download from it alone.
 */
export function downloadGroups(
  earlier: ReadonlyMap<string, OutputFile['contents']>,
  baseUrl: string,
  meta: ReleaseMeta,
): DownloadGroup[] {
  const paths = [...earlier.keys()].filter((path) => !codeFolders.some((folder) => path.startsWith(folder))).sort();
  const unlisted = [...new Set(paths.filter((path) => !groups.some((group) => group.matches(path))).map(folderOf))];
  const fallback = unlisted.map(
    (folder): GroupSpec => ({
      heading: folder,
      description: folder.endsWith('/') ? `The files of ${folder}.` : `The file ${folder}.`,
      matches: (path: string) => folderOf(path) === folder,
    }),
  );
  return [...groups, ...fallback]
    .map(({ heading, description, matches, label = pathInFolder }) => ({
      heading,
      description,
      links: paths.filter(matches).map((path): DownloadLink => {
        // Stryker disable next-line StringLiteral: every path is one of earlier's own keys, so get never misses
        const contents = earlier.get(path) ?? '';
        return {
          label: label(path),
          path,
          url: `${baseUrl}${path}`,
          mediaType: mediaTypeOf(path),
          bytes: Buffer.byteLength(contents),
          contents: contentsOf(path, meta),
        };
      }),
    }))
    .filter((group) => group.links.length > 0);
}

/** "xlsx/" for a file in a folder, the path itself for a file at the top of dist/. */
function folderOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path : path.slice(0, slash + 1);
}

/** By the file's name, as a web server gives it: the build hands every file on as bytes, text or not. */
function mediaTypeOf(path: string): string {
  return mediaTypes.find(([pattern]) => pattern.test(path))?.[1] ?? 'application/octet-stream';
}
