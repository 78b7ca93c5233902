import type { Sheet, SheetCell } from './workbookSheets.js';
import { xmlText } from './xmlText.js';

/** The letters of a column: 1 is A, 26 Z, 27 AA. */
function columnLetters(column: number): string {
  const rest = Math.floor((column - 1) / 26);
  return (rest > 0 ? columnLetters(rest) : '') + String.fromCharCode(65 + ((column - 1) % 26));
}

/**
 * A cell: a number as a number; a string as an inline string, never a formula, and never read as a number or a
 * date, whatever it holds; an empty cell not written at all.
 */
function cellXml(value: SheetCell, reference: string, style: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${reference}"${style}><v>${value}</v></c>`;
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/**
 * xl/worksheets/sheetN.xml: the header row in bold (style 1 of styles.xml), then the rows; the columns at their
 * widths; for a table, the header row frozen and a filter over the whole table.
 */
export function worksheetXml(sheet: Sheet, selected: boolean): string {
  const rows = [sheet.columns.map((column) => column.header), ...sheet.rows];
  const last = `${columnLetters(sheet.columns.length)}${rows.length}`;
  const rowXml = rows.map((cells, at) => {
    const style = at === 0 ? ' s="1"' : '';
    const xml = cells.map((value, column) => cellXml(value, `${columnLetters(column + 1)}${at + 1}`, style));
    return `<row r="${at + 1}">${xml.join('')}</row>`;
  });
  const pane = sheet.frozen
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const columns = sheet.columns.map(
    (column, at) => `<col min="${at + 1}" max="${at + 1}" width="${column.width}" customWidth="1"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${last}"/>`,
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${columns.join('')}</cols>`,
    `<sheetData>${rowXml.join('')}</sheetData>`,
    sheet.filter ? `<autoFilter ref="A1:${last}"/>` : '',
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}
