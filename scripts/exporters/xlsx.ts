import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quotedTitle } from '../lib/quotedTitle.js';
import { releaseMeta } from '../lib/releaseMeta.js';
import type { Exporter } from './types.js';
import { workbookSheets } from './xlsx/workbookSheets.js';

const writer = fileURLToPath(new URL('./xlsx/writeWorkbook.mjs', import.meta.url));

/**
 * dist/xlsx/beijing-two-voices.xlsx: an Excel workbook, which opens in columns whatever the locale's list
 * separator, unlike a CSV file. Its first sheet describes the release, the tables and the columns; then one sheet
 * per table of dist/csv/. Written by exceljs, in a child process (see writeWorkbook.mjs), dated by the release.
 */
export const exportXlsx: Exporter = (dataset) => {
  const meta = releaseMeta(dataset);
  const properties = {
    creator: dataset.release.authors.map((author) => author.name).join(', ') || meta.name,
    title: `Records of ${quotedTitle(dataset.report.title)}`,
    subject: `${meta.name} ${meta.version}`,
    description: meta.datasetCitation,
    keywords: 'China; telecommunications; dataset',
    // a build outside a release has no date: the zip's earliest, 1980-01-01
    date: `${meta.released ?? '1980-01-01'}T00:00:00Z`,
  };
  const input = JSON.stringify({ properties, sheets: workbookSheets(dataset) });
  const contents = execFileSync(process.execPath, [writer], {
    input,
    // a zip stamps its entries with the local time of the release date, so the zone is fixed: on a machine whose zone
    // is UTC (this project's test machines) the bytes are the same without it; elsewhere the committed dist/ differs
    // Stryker disable next-line ObjectLiteral,StringLiteral: equivalent on a machine in UTC, where the tests run
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return [{ path: 'xlsx/beijing-two-voices.xlsx', contents: new Uint8Array(contents) }];
};
