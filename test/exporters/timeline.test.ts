import { describe, expect, it } from 'vitest';
import type { Quote } from '../../schema/index.js';
import { PageRecords } from '../../scripts/exporters/explorer/page/pageRecords.js';
import { timeline } from '../../scripts/exporters/explorer/page/timeline.js';
import { datasetNow } from '../helpers/exportedNow.js';

/** The page's records with made-up quotes of the two-voices table in place of those of data/. */
function recordsWith(...changes: Partial<Quote>[]) {
  const dataset = datasetNow();
  const template = dataset.quotes.find((quote) => quote.id === 'q-12') as Quote;
  const others = dataset.quotes.filter((quote) => quote.context !== 'contrast');
  dataset.quotes = [...others, ...changes.map((change) => ({ ...template, ...change }))];
  return new PageRecords(dataset, {});
}

const rowsOf = (html: string) => [...html.matchAll(/<tr data-quote="([^"]+)">/g)].map((found) => found[1]);

describe('timeline', () => {
  it('lists undated quotes apart, named by voice, speaker, theme and opening words, with no chart or table', () => {
    const html = timeline(recordsWith({ id: 'q-a', date: null, text: 'One  two three four five six seven' })).html;
    expect(html).toContain(
      '<div class="timeline-undated"><p>Without a date, so not on the axis:</p><ul><li data-quote="q-a"><a href="#q-a">' +
        'External: Hong Lei; theme 1 (circle), AMBITION: CHINA AS A “CYBER GREAT POWER”; ' +
        'beginning “One two three four five six”</a></li></ul></div>',
    );
    expect(html).not.toContain('timeline-chart');
    expect(html).not.toContain('timeline-hint');
    expect(html).not.toContain('timeline-table');
    expect(html).not.toContain('data-quote="q-a" aria-label');
  });

  it('leaves out the undated list when every quote has a date', () => {
    const html = timeline(recordsWith({ id: 'q-a', date: '2016-04-25' })).html;
    expect(html).not.toContain('timeline-undated');
    expect(html).toContain('timeline-chart');
    expect(rowsOf(html)).toEqual(['q-a']);
  });

  it('draws the lane names and the chart as two parts that meet, their widths as their viewBoxes’ and summing to 100%', () => {
    const html = timeline(recordsWith({ id: 'q-a', date: '2016-04-25' })).html;
    const part = (name: string) => {
      const found = html.match(
        new RegExp(`<svg [^>]*class="${name}" viewBox="([\\d.]+) 0 ([\\d.]+) ([\\d.]+)" width="([\\d.]+)%"`),
      );
      if (!found) throw new Error(`no ${name} in ${html}`);
      const [x, width, height, percent] = found.slice(1).map(Number);
      return { x, width, height, percent };
    };
    const names = part('timeline-lanes');
    const chart = part('timeline-chart');
    expect(names.x).toBe(0);
    expect(chart.x).toBe(names.width);
    expect(chart.height).toBe(names.height);
    expect(names.percent + chart.percent).toBeCloseTo(100, 6);
    expect(names.percent / chart.percent).toBeCloseTo(names.width / chart.width, 3);
    expect(html).toContain(
      '<p class="timeline-hint" aria-hidden="true">Later years to the right: scroll sideways →</p>',
    );
  });

  it('puts in the table only dated quotes, earliest first, those of one date in report order', () => {
    const html = timeline(
      recordsWith(
        { id: 'q-a', date: '2019-07-09' },
        { id: 'q-b', date: '2016-04' },
        { id: 'q-c', date: null },
        { id: 'q-d', date: '2016-04' },
        { id: 'q-e', date: '2014' },
      ),
    ).html;
    expect(rowsOf(html)).toEqual(['q-e', 'q-b', 'q-d', 'q-a']);
    expect(html).toContain(
      '<tr data-quote="q-e"><td><time datetime="2014">2014</time></td><td>External</td>' +
        '<td>1. AMBITION: CHINA AS A “CYBER GREAT POWER”</td><td>Hong Lei</td>',
    );
  });

  it('says Unattributed in the table for a quote without a speaker', () => {
    const html = timeline(recordsWith({ id: 'q-a', date: '2016', speakers: [] })).html;
    expect(html).toContain('<td>Unattributed</td>');
  });
});
