/**
 * A report as a workbook people open in Excel: each table on its own sheet, its header row frozen and
 * filtered, its columns sized to their text. The CLI decides what the tables hold and in which language;
 * this module only lays them out with ExcelJS.
 */
import ExcelJS from 'exceljs';
import { uniqueSheetName } from '../excel/sheet-names';

export type ReportCell = string | number;

export interface ReportTable {
  /** The sheet's name; made unique and fit for Excel (31 characters, no []:*?/\). */
  name: string;
  headers: string[];
  rows: ReportCell[][];
  /** Columns that hold long text (messages, descriptions): wrapped at a fixed width instead of widened. */
  wrap?: number[];
}

/** Narrower than this a header is hard to read; wider than this a column pushes the rest off screen. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const WRAP_WIDTH = 70;

export async function writeReportWorkbook(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tobokel';
  const taken: string[] = [];
  for (const table of tables) {
    const name = uniqueSheetName(table.name, taken);
    taken.push(name);
    addTable(workbook, name, table);
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function addTable(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF8' } };
  if (table.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length } };
  const wrapped = new Set(table.wrap ?? []);
  table.headers.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    if (wrapped.has(index)) {
      column.width = WRAP_WIDTH;
      column.alignment = { vertical: 'top', wrapText: true };
      return;
    }
    const longest = Math.max(longestLine(title), ...table.rows.map((row) => longestLine(String(row[index] ?? ''))));
    // A filter button takes about two characters of the header cell.
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 3));
    column.alignment = { vertical: 'top', wrapText: longest > MAX_WIDTH };
  });
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => line.length));
}
