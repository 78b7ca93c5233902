import { createDataset } from '../../scripts/lib/createDataset.js';
import type { DataCollections } from '../../scripts/lib/dataset.js';
import type { Release } from '../../scripts/lib/release.js';
import { fixtureCollections } from './lintData.js';

/** A release unlike the repository's, so that a test sees its values come through. */
export const fixtureRelease: Release = {
  version: '3.4.5',
  released: '2031-02-03',
  title: 'A title',
  authors: ['Someone'],
  license: 'CC-BY-4.0',
  url: 'https://example.org/repo',
};

/** The valid fixture's data as the dataset of that release. */
export const releasedFixture = () =>
  createDataset(fixtureCollections() as DataCollections, fixtureRelease.version, fixtureRelease);
