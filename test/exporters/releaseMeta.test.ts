/** What every file that can hold it says about its release: above all, the dataset's citation in plain text. */
import { describe, expect, it } from 'vitest';
import { releaseMeta } from '../../scripts/exporters/releaseMeta.js';
import type { Release } from '../../scripts/lib/release.js';
import { datasetNow } from '../helpers/exportedNow.js';

const withRelease = (release: Partial<Release>) => {
  const dataset = datasetNow();
  return { ...dataset, release: { ...dataset.release, title: 'Records', authors: ['A One', 'B Two'], ...release } };
};

describe('releaseMeta', () => {
  it('cites a release with its year and URL, its authors joined with commas', () => {
    const dataset = withRelease({ released: '2026-03-04', url: 'https://example.org/records' });
    expect(releaseMeta(dataset).citation).toBe(
      `A One, B Two. (2026). Records (Version ${dataset.version}) [Data set]. https://example.org/records`,
    );
  });

  it('cites a build outside a release as undated, and without a URL where none is known', () => {
    const dataset = withRelease({ released: null, url: null });
    expect(releaseMeta(dataset)).toMatchObject({
      released: null,
      citation: `A One, B Two. (n.d.). Records (Version ${dataset.version}) [Data set].`,
    });
  });
});
