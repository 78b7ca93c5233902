// Writes a workbook with exceljs from the JSON on stdin ({ properties, sheets }) and prints its bytes on stdout.
// A script of its own because exceljs writes only asynchronously, and exporters are synchronous: xlsx.ts runs it
// as a child process. Plain JavaScript, so that Node runs it without a TypeScript loader.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const input = JSON.parse(
  await new Promise((resolve) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  }),
);
const { properties, sheets } = input;
const date = new Date(properties.date);

const workbook = new ExcelJS.Workbook();
// document properties: no clock, no user name, so that the same data gives the same bytes
Object.assign(workbook, {
  creator: properties.creator,
  lastModifiedBy: properties.creator,
  title: properties.title,
  subject: properties.subject,
  description: properties.description,
  keywords: properties.keywords,
  created: date,
  modified: date,
});
for (const sheet of sheets) {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.frozen ? [{ state: 'frozen', xSplit: 0, ySplit: 1 }] : [],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    key: column.header,
    width: column.width,
  }));
  worksheet.getRow(1).font = { bold: true };
  // cells are values, never formulas: a string starting with "=" stays text
  for (const row of sheet.rows) worksheet.addRow(row);
  if (sheet.filter) {
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: sheet.rows.length + 1, column: sheet.columns.length },
    };
  }
}
// every file of the zip is dated by the release, not by the clock
JSZip.defaults.date = date;
const buffer = await workbook.xlsx.writeBuffer();
process.stdout.write(Buffer.from(buffer));
