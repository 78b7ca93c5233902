/** What every file that can hold it says about its release: above all, the dataset's and the report's citations. */
import { describe, expect, it } from 'vitest';
import { type Release, releaseMetaKeys } from '../../scripts/lib/release.js';
import { releaseMeta, reportCitation } from '../../scripts/lib/releaseMeta.js';
import { datasetNow } from '../helpers/exportedNow.js';

const withRelease = (release: Partial<Release>) => {
  const dataset = datasetNow();
  const authors = [{ name: 'A One' }, { name: 'B Two', givenNames: 'B', familyNames: 'Two' }];
  return { ...dataset, release: { ...dataset.release, title: 'Records', authors, ...release } };
};

const citation =
  'Rush Doshi, Emily de La Bruyère, Nathan Picarsic, and John Ferguson. “China as a ‘Cyber Great Power’: ' +
  'Beijing’s Two Voices in Telecommunications.” Brookings Institution, April 2021. ' +
  'https://www.brookings.edu/research/china-as-a-cyber-great-power-beijings-two-voices-in-telecommunications/';

describe('releaseMeta', () => {
  it('cites a release with its year and URL, its authors by name joined with commas', () => {
    const dataset = withRelease({ released: '2026-03-04', url: 'https://example.org/records' });
    expect(releaseMeta(dataset).datasetCitation).toBe(
      `A One, B Two. (2026). Records (Version ${dataset.version}) [Data set]. https://example.org/records`,
    );
  });

  it('cites a build outside a release as undated, and without a URL where none is known', () => {
    const dataset = withRelease({ released: null, url: null });
    expect(releaseMeta(dataset)).toMatchObject({
      released: null,
      datasetCitation: `A One, B Two. (n.d.). Records (Version ${dataset.version}) [Data set].`,
    });
  });

  it('gives the names of releaseMetaKeys, in their order', () => {
    expect(Object.keys(releaseMeta(withRelease({})))).toEqual([...releaseMetaKeys]);
  });

  it('names the package, version and data licence of the release, and cites the report', () => {
    const dataset = withRelease({ packageName: 'a-package', released: '2026-03-04' });
    expect(releaseMeta(dataset)).toMatchObject({
      name: 'a-package',
      version: dataset.version,
      released: '2026-03-04',
      license: 'CC-BY-4.0',
      reportCitation: citation,
    });
  });
});

describe('reportCitation', () => {
  it('lists the authors, quotes the title with its quotes turned single, and spells the date', () => {
    expect(reportCitation(datasetNow())).toBe(citation);
  });

  it('joins two authors with “and”, and spells a day or a year alone', () => {
    const dataset = datasetNow();
    dataset.report.authors = dataset.report.authors.slice(0, 2);
    dataset.report.issued = '2021-04-05';
    expect(reportCitation(dataset)).toMatch(
      /^Rush Doshi and Emily de La Bruyère\. “.*\.” Brookings Institution, April 5, 2021\. https:/,
    );
    dataset.report.authors = ['rush-doshi'];
    dataset.report.issued = '2021';
    expect(reportCitation(dataset)).toMatch(/^Rush Doshi\. “.*\.” Brookings Institution, 2021\. https:/);
    dataset.report.issued = '2020-12';
    expect(reportCitation(dataset)).toContain(' December 2020. ');
    dataset.report.authors = ['someone-unknown'];
    expect(reportCitation(dataset)).toMatch(/^someone-unknown\. /);
  });
});
