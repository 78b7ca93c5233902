/** A licence as datapackage.json lists it: its SPDX name, its address and what it covers. */
export interface License {
  name: string;
  path: string;
  title: string;
}

/** The licences the package may name, the data's first; CITATION.cff and package.json name them by `name`. */
export const knownLicenses: License[] = [
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0 International (the compilation and annotations)',
  },
  { name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License (the code)' },
];

/** A creator of the dataset as CITATION.cff gives one: a group by its name, a person by their names. */
export interface ReleaseAuthor {
  /** As shown: a group's name, or a person's given names, name particle and family names. */
  name: string;
  /** A person's given and family names; a group has neither. */
  givenNames?: string;
  familyNames?: string;
}

/**
 * The release every file names inside itself, read once from package.json and CITATION.cff by readRelease. Types
 * and constants only, so that browser code can share it.
 */
export interface Release {
  /** package.json's name. */
  packageName: string;
  version: string;
  /** CITATION.cff's date-released (YYYY-MM-DD), set by `npm run version`; null where no release is known. */
  released: string | null;
  /** The dataset's title, abstract, creators and keywords, from CITATION.cff. */
  title: string;
  abstract: string;
  authors: ReleaseAuthor[];
  keywords: string[];
  /** The data's licence, CITATION.cff's. */
  license: License;
  /** Every licence of package.json's `license`, the data's first. */
  licenses: License[];
  /** The dataset's home: CITATION.cff's repository-code (package.json's homepage says the same). */
  url: string | null;
}

/** What every file that can hold it says about the release it belongs to, and the package's `meta`. */
export interface ReleaseMeta {
  name: string;
  version: string;
  /** The release date, YYYY-MM-DD, from CITATION.cff; null for a build outside a release. */
  released: string | null;
  /** The licence of the dataset (SPDX); the quoted texts remain their authors'. */
  license: string;
  /** The dataset at this release, cited in plain text (APA): cite the version you used. */
  datasetCitation: string;
  /** The report the records come from, cited in plain text. */
  reportCitation: string;
}

/** The names of ReleaseMeta in the order every output gives them. */
export const releaseMetaKeys = [
  'name',
  'version',
  'released',
  'license',
  'datasetCitation',
  'reportCitation',
] as const satisfies readonly (keyof ReleaseMeta)[];

/** A release known only by its version: what a dataset built without CITATION.cff (in tests) says. */
export const unreleased = (version: string): Release => ({
  packageName: 'beijing-two-voices',
  version,
  released: null,
  title: 'beijing-two-voices',
  abstract: '',
  authors: [],
  keywords: [],
  license: knownLicenses[0],
  licenses: [knownLicenses[0]],
  url: null,
});
