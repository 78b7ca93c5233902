import { xmlText } from './xmlText.js';

/** xl/workbook.xml: the sheets by name, in order, the first one open. */
export function workbookXml(sheetNames: string[]): string {
  const sheets = sheetNames.map(
    (name, at) => `<sheet name="${xmlText(name)}" sheetId="${at + 1}" r:id="rId${at + 1}"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<bookViews><workbookView activeTab="0"/></bookViews>',
    `<sheets>${sheets.join('')}</sheets>`,
    '</workbook>',
  ].join('');
}
