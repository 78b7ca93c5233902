import type { RisRecord } from '@citation-js/core';
import { cite } from './citationJs.js';
import type { CslDate, CslItem, CslName } from './csl.js';

/** The tags in the order they are written: type and key, then as a reference reads. */
const tagOrder = ['TY', 'ID', 'TI', 'AU', 'ET', 'T2', 'M3', 'IS', 'SP', 'PB', 'CY', 'DA', 'PY', 'LA', 'UR', 'N1'];
const rank = (tag: string) => (tagOrder.includes(tag) ? tagOrder.indexOf(tag) : tagOrder.length);

/** A date as RIS writes it, with empty parts where the precision ends: "2016/4/25/", "2021/4//", "2016///". */
const risDate = ({ 'date-parts': [[year, month, day]] }: CslDate) => `${year}/${month ?? ''}/${day ?? ''}/`;

/** A name as written ("习近平 [Xi Jinping]"), or "family, given", which Zotero and EndNote split at the comma. */
const risName = (name: CslName) => ('literal' in name ? name.literal : `${name.family}, ${name.given}`);

/**
 * Where citation-js 0.8.2's RIS mapping is not what Zotero's and EndNote's RIS import read, the record is
 * corrected here, type by type. All records use the current RIS tags (AU, DA, T2, LA), which Zotero, EndNote
 * and Mendeley read for every type.
 */
function corrected(item: CslItem, record: RisRecord): RisRecord {
  const tags: RisRecord = { ...record };
  if (item.type === 'speech') {
    // citation-js writes a speech as SOUND, which Zotero imports as an audio recording whose speaker is its
    // "composer"; SLIDE is what Zotero and EndNote read as a presentation, with M3 its type ("speech")
    tags.TY = 'SLIDE';
  } else if (item.type === 'article-newspaper') {
    // citation-js writes a newspaper article's authors only from `reporter`, and its date only as PY's year
    if (item.author) tags.AU = item.author.map(risName);
    tags.DA = risDate(item.issued);
  } else if (item.type === 'webpage' && item['container-title']) {
    // citation-js writes a web page's site nowhere; T2 is Zotero's Website Title
    tags.T2 = item['container-title'];
  }
  // citation-js writes a place only for a publisher; CY is the place of a presentation in Zotero and EndNote
  // (a web page has no place in Zotero, which drops it). It cuts ID to the 20 characters of the old RIS
  // specification, which makes long keys collide, and leaves out LA for some types.
  const place = item['event-place'] ?? item['publisher-place'];
  // RIS has no markup: citation-js passes the spans that keep a CSL title's case through, tags and all
  tags.TI = item.title.replace(/<span class="nocase">|<\/span>/g, '');
  if (place) tags.CY = place;
  tags.ID = item.id;
  tags.LA = item.language;
  return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => rank(a) - rank(b)));
}

/**
 * RIS records, one tag a line. Written from citation-js's records rather than its text, which breaks
 * lines every 70 characters, mid-word, and readers join the pieces with a space.
 */
export function toRis(items: CslItem[]): string {
  const records = items.map((item) => {
    const [record] = cite([item]).format('ris', { format: 'object', spec: 'mixed' });
    const { TY, ...tags } = corrected(item, record);
    const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((one) => `${tag}  - ${one}`));
    return [`TY  - ${TY}`, ...lines, 'ER  - '].join('\n');
  });
  return `${records.join('\n\n')}\n`;
}
