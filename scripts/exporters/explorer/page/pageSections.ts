import type { DownloadGroup } from '../pageTypes.js';
import { byline } from './byline.js';
import { downloadList } from './downloadList.js';
import { filterOptions } from './filterOptions.js';
import { footer } from './footer.js';
import { fragment } from './markup.js';
import type { PageRecords } from './pageRecords.js';
import { takeawayItem } from './takeawayItem.js';
import { themeSection } from './themeSection.js';
import { timeline } from './timeline.js';

/** The markup of each part of the page, by the name of its slot in the template. */
export function pageSections(records: PageRecords, downloads: DownloadGroup[]): Record<string, string> {
  const { data } = records;
  const options = filterOptions(records);
  const parts = {
    byline: byline(records),
    takeaways: fragment(data.takeaways.map((takeaway) => takeawayItem(takeaway, records))),
    themeOptions: fragment(options.themes),
    voiceOptions: fragment(options.voices),
    speakerOptions: fragment(options.speakers),
    timeline: timeline(records),
    themes: fragment(data.themes.map((theme) => themeSection(theme, records))),
    downloads: fragment(downloadList(downloads)),
    footer: footer(records),
  };
  return Object.fromEntries(Object.entries(parts).map(([name, markup]) => [name, markup.html]));
}
