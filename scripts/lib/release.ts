/**
 * The release every file names inside itself: its version and date, and how the dataset is cited. Types only,
 * so that browser code can share it.
 */
export interface Release {
  version: string;
  /** CITATION.cff's date-released (YYYY-MM-DD), set by `npm run version`; null where no release is known. */
  released: string | null;
  /** The dataset's title, authors, licence (SPDX) and repository, from CITATION.cff. */
  title: string;
  authors: string[];
  license: string;
  url: string | null;
}

/** A release known only by its version: what a dataset built without CITATION.cff (in tests) says. */
export const unreleased = (version: string): Release => ({
  version,
  released: null,
  title: 'beijing-two-voices',
  authors: [],
  license: 'CC-BY-4.0',
  url: null,
});
