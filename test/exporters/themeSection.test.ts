import { describe, expect, it } from 'vitest';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { themeSection } from '../../scripts/exporters/explorer/page/themeSection.js';
import { datasetNow } from '../helpers/exportedNow.js';

describe('themeSection', () => {
  it('links a theme’s takeaways, and has no takeaway line for a theme without one', () => {
    const dataset = datasetNow();
    const theme = dataset.themes[1];
    const records = new PageRecords(dataset, {});
    expect(themeSection(theme, records).html).toContain(
      '<p class="theme-takeaways">Takeaways: <a href="#takeaway-2">2</a>, <a href="#takeaway-3">3</a></p>',
    );
    dataset.takeaways = dataset.takeaways.filter((takeaway) => takeaway.theme !== theme.id);
    expect(themeSection(theme, new PageRecords(dataset, {})).html).not.toContain('theme-takeaways');
  });
});
