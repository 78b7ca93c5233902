import type { RisRecord } from '@citation-js/core';
import { cite } from './citationJs.js';
import type { CslItem } from './csl.js';

/**
 * citation-js's current RIS mapping takes a newspaper article's authors only from `reporter` and its date
 * only as a year, and writes a web page's site name nowhere; the older mapping keeps all three (but splits
 * a page range digit by digit, so the current one serves every other type).
 */
const olderMappingFor = new Set<CslItem['type']>(['article-newspaper', 'webpage']);

/**
 * The older mapping writes the note as AB, which readers take for the abstract; and its PY, which only
 * repeats Y1's year, makes readers (citation-js among them) read the record with the current mapping,
 * losing its authors and full date.
 */
function fromOlderMapping({ AB, PY, ...tags }: RisRecord): RisRecord {
  return AB === undefined ? tags : { ...tags, N1: AB };
}

function risRecord(item: CslItem): RisRecord {
  const older = olderMappingFor.has(item.type);
  const [record] = cite([item]).format('ris', { format: 'object', spec: older ? 'old' : 'mixed' });
  // citation-js cuts ID to the 20 characters of the old spec, which makes long keys collide
  return { ...(older ? fromOlderMapping(record) : record), ID: item.id };
}

/**
 * RIS records, one tag a line. Written from citation-js's records rather than its text, which breaks
 * lines every 70 characters, mid-word, and readers join the pieces with a space.
 */
export function toRis(items: CslItem[]): string {
  const records = items.map((item) => {
    const { TY, ...tags } = risRecord(item);
    const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((one) => `${tag}  - ${one}`));
    return [`TY  - ${TY}`, ...lines, 'ER  - '].join('\n');
  });
  return `${records.join('\n\n')}\n`;
}
