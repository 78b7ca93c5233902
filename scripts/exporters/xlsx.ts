import JSZip from 'jszip';
import { quotedTitle } from '../lib/quotedTitle.js';
import { releaseMeta } from '../lib/releaseMeta.js';
import type { Exporter } from './types.js';
import { contentTypesXml } from './xlsx/contentTypesXml.js';
import { corePropertiesXml } from './xlsx/corePropertiesXml.js';
import { packageRelsXml } from './xlsx/packageRelsXml.js';
import { stylesXml } from './xlsx/stylesXml.js';
import { workbookRelsXml } from './xlsx/workbookRelsXml.js';
import { workbookSheets } from './xlsx/workbookSheets.js';
import { workbookXml } from './xlsx/workbookXml.js';
import { worksheetXml } from './xlsx/worksheetXml.js';

/**
 * dist/xlsx/beijing-two-voices.xlsx: an Excel workbook, which opens in columns whatever the locale's list
 * separator, unlike a CSV file. Its first sheet describes the release, the tables and the columns; then one sheet
 * per table of dist/csv/. Its parts are written here (see docs/dependencies.md for why no library) and zipped by
 * jszip, every file of the zip dated by the release: jszip stamps them in UTC, so the bytes do not depend on the zone.
 */
export const exportXlsx: Exporter = async (dataset) => {
  const meta = releaseMeta(dataset);
  // a build outside a release has no date: the zip's earliest, 1980-01-01
  const date = `${meta.released ?? '1980-01-01'}T00:00:00Z`;
  const sheets = workbookSheets(dataset);
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml(sheets.length)],
    ['_rels/.rels', packageRelsXml()],
    [
      'docProps/core.xml',
      corePropertiesXml({
        creator: dataset.release.authors.map((author) => author.name).join(', ') || meta.name,
        title: `Records of ${quotedTitle(dataset.report.title)}`,
        subject: `${meta.name} ${meta.version}`,
        description: meta.datasetCitation,
        keywords: 'China; telecommunications; dataset',
        date,
      }),
    ],
    ['xl/workbook.xml', workbookXml(sheets.map((sheet) => sheet.name))],
    ['xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length)],
    ['xl/styles.xml', stylesXml()],
    ...sheets.map((sheet, at): [string, string] => [`xl/worksheets/sheet${at + 1}.xml`, worksheetXml(sheet, at === 0)]),
  ];
  const zip = new JSZip();
  // no entries for the folders: jszip would date them by the clock
  for (const [path, xml] of parts) zip.file(path, xml, { date: new Date(date), createFolders: false });
  const contents = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return [{ path: 'xlsx/beijing-two-voices.xlsx', contents }];
};
