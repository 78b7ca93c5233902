import { createDataset } from '../../scripts/lib/createDataset.js';
import type { DataCollections } from '../../scripts/lib/dataset.js';
import { knownLicenses, type Release } from '../../scripts/lib/release.js';
import { fixtureCollections } from './lintData.js';

/** A release unlike the repository's, so that a test sees its values come through. */
export const fixtureRelease: Release = {
  packageName: 'beijing-two-voices',
  version: '3.4.5',
  released: '2031-02-03',
  title: 'A title',
  abstract: 'An abstract',
  authors: [{ name: 'Someone' }],
  keywords: ['a keyword'],
  license: knownLicenses[0],
  licenses: knownLicenses,
  url: 'https://example.org/repo',
};

/** The valid fixture's data as the dataset of that release. */
export const releasedFixture = () =>
  createDataset(fixtureCollections() as DataCollections, fixtureRelease.version, fixtureRelease);
