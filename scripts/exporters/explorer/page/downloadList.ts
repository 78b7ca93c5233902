import type { DownloadGroup } from '../pageTypes.js';
import { formatBytes } from './format.js';
import { h } from './markup.js';

/** The files to download, a group per format; each link goes to the file of this version. */
export function downloadList(groups: DownloadGroup[]) {
  return groups.map((group) =>
    h(
      'section',
      { class: 'download-group', 'aria-label': `Download as ${group.heading}` },
      h('h3', {}, group.heading),
      h('p', {}, group.description),
      h(
        'ul',
        {},
        group.links.map((link) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: link.url, download: link.path.slice(link.path.lastIndexOf('/') + 1), 'data-path': link.path },
              link.label,
            ),
            h('span', { class: 'size' }, ` (${formatBytes(link.bytes)})`),
          ),
        ),
      ),
    ),
  );
}
