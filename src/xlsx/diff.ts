/** The diff view as a workbook for reviewers: one sheet, the count lines, then each table with its header. */
import ExcelJS from 'exceljs';
import type { DiffView } from '../checks/diff-view';

const FILLS = { added: 'FFE8F5E9', removed: 'FFFDECEA', rerated: 'FFFFF4E0' };

export async function writeDiff(view: DiffView, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tobokel';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = [{ width: 24 }, { width: 24 }, { width: 70 }, { width: 20 }, { width: 24 }];
  sheet.addRow([view.heading]).font = { bold: true, size: 13 };
  for (const line of view.counts) sheet.addRow([line]);
  for (const table of view.tables) {
    sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    for (const values of table.rows) {
      const row = sheet.addRow(values);
      row.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[table.change] } };
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
  }
  for (const note of view.notes) {
    sheet.addRow([]);
    sheet.addRow([note]).font = { italic: true };
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
