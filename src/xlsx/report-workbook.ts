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
/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

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
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed, a sheet keeps its columns on one A4 page across and its header on every page down.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1', margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&P / &N' },
  });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);
  const wrapped = new Set(table.wrap ?? []);
  const widths = table.headers.map((title, index) => {
    if (wrapped.has(index)) return WRAP_WIDTH;
    const longest = Math.max(longestLine(title), ...table.rows.map((row) => longestLine(String(row[index] ?? ''))));
    // A filter button takes about two characters of the header cell.
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 3));
  });
  widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { vertical: 'top', wrapText: true };
  });
  // Styled after the columns, whose alignment would otherwise override the header's.
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF8' } };
  if (table.headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.headers.length } };
  // Neither Excel nor LibreOffice grows a row for wrapped text written by a library; each row gets the
  // height its longest wrapped cell needs.
  [table.headers, ...table.rows].forEach((values, index) => {
    const lines = Math.max(1, ...values.map((value, column) => wrappedLines(String(value ?? ''), widths[column])));
    if (lines > 1) sheet.getRow(index + 1).height = lines * LINE_HEIGHT;
  });
}

/** Lines a text takes in a column of the given width (in characters), wrapping at spaces. */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 2);
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / room)), 0);
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map((line) => line.length));
}
