import type { Dataset } from '../../lib/dataset.js';
import type { CffAuthor, DatasetMetadata } from '../../lib/datasetMetadata.js';
import type { DownloadGroup } from './pageTypes.js';

/** A CITATION.cff author as a schema.org creator: a person by their names, a group as an organisation. */
function creator(author: CffAuthor) {
  if (author.name) return { '@type': 'Organization', name: author.name };
  const name = [author['given-names'], author['name-particle'], author['family-names']].filter(Boolean).join(' ');
  return { '@type': 'Person', name, givenName: author['given-names'], familyName: author['family-names'] };
}

/**
 * The dataset as schema.org describes one, for dataset search: its creators and licence from CITATION.cff and
 * datapackage.json's list, the report it is made from, and every file with its address for this version.
 */
export function datasetJsonLd(dataset: Dataset, metadata: DatasetMetadata, downloads: DownloadGroup[]) {
  const { report } = dataset;
  const dates = dataset.quotes.flatMap((quote) => (quote.date ? [quote.date.slice(0, 4)] : [])).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: metadata.title,
    description: metadata.abstract,
    version: dataset.version,
    license: metadata.license.path,
    isAccessibleForFree: true,
    creator: metadata.authors.map(creator),
    url: metadata.repository,
    keywords: metadata.keywords,
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
