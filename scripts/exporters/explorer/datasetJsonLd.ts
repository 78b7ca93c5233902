import type { Dataset } from '../../lib/dataset.js';
import type { ReleaseAuthor } from '../../lib/release.js';
import type { DownloadGroup } from './pageTypes.js';

/** A creator of the release as a schema.org creator: a person by their names, a group as an organisation. */
function creator({ name, givenNames, familyNames }: ReleaseAuthor) {
  if (givenNames === undefined && familyNames === undefined) return { '@type': 'Organization', name };
  return { '@type': 'Person', name, givenName: givenNames, familyName: familyNames };
}

/**
 * The dataset as schema.org describes one, for dataset search: its creators, licence and home as the release
 * names them, the report it is made from, and every file with its address for this version.
 */
export function datasetJsonLd(dataset: Dataset, downloads: DownloadGroup[]) {
  const { report, release } = dataset;
  const dates = dataset.quotes.flatMap((quote) => (quote.date ? [quote.date.slice(0, 4)] : [])).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: release.title,
    description: release.abstract,
    version: dataset.version,
    license: release.license.path,
    isAccessibleForFree: true,
    creator: release.authors.map(creator),
    url: release.url,
    keywords: release.keywords,
    inLanguage: 'en',
    ...(dates.length > 0 ? { temporalCoverage: `${dates[0]}/${dates[dates.length - 1]}` } : {}),
    isBasedOn: {
      '@type': 'Report',
      name: report.title,
      url: report.url,
      datePublished: report.issued,
      author: report.authors.map((id) => ({
        '@type': 'Person',
        name: dataset.people.find((person) => person.id === id)?.name ?? id,
      })),
      publisher: { '@type': 'Organization', name: report.publisher },
    },
    distribution: downloads.flatMap((group) =>
      group.links.map((link) => ({
        '@type': 'DataDownload',
        name: link.path,
        description: `${group.heading}: ${link.label}`,
        // Stryker disable next-line Regex: media types (downloadGroups gives only its own) hold no line break, so ".*" always reaches the end
        encodingFormat: link.mediaType.replace(/;.*$/, ''),
        contentUrl: link.url,
        contentSize: `${link.bytes} B`,
      })),
    ),
  };
}
