import { describe, expect, it } from 'vitest';
import { byline } from '../../scripts/exporters/explorer/page/byline.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('byline', () => {
  it('names the authors it knows, and skips an id it does not', () => {
    const dataset = datasetNow();
    dataset.report.authors = ['no-such-person', 'rush-doshi'];
    expect(byline(new PageRecords(dataset, {})).html).toMatch(/^<p class="byline" id="byline">Rush Doshi · /);
  });
});
