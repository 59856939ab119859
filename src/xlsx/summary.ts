/**
 * Renders a summary plan into an .xlsx of its own: the summary sheet alone (the registers stay in their
 * files, untouched), its heat-map fills and styles as cell styles, and its chart added to the package
 * (summary-chart.ts), since ExcelJS writes none.
 */
import ExcelJS from 'exceljs';
import type { SummaryPlan, SummaryStyle } from '../checks/summary-plan';
import { addChart } from './summary-chart';

export async function writeSummary(plan: SummaryPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tobokel';
  const sheet = workbook.addWorksheet(plan.sheetName);
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  plan.values.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
  }));
  for (const block of plan.blocks) {
    for (let row = block.top; row <= block.bottom; row += 1) {
      for (let column = block.left; column <= block.right; column += 1) applyStyle(sheet.getCell(row, column), block.style);
    }
  }
  sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  if (!plan.chart) return buffer;
  const { source } = plan.chart;
  const table = plan.values.slice(source.top - 1, source.bottom).map((row) => row.slice(source.left - 1, source.right));
  return addChart(buffer, { chart: plan.chart, sheetName: plan.sheetName, table });
}

/** A later block adds to what an earlier one set: the heat fill over the table's borders and alignment. */
function applyStyle(cell: ExcelJS.Cell, style: SummaryStyle): void {
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  cell.font = font;
  if (style.horizontal !== undefined || style.wrap !== undefined) {
    cell.alignment = { ...cell.alignment, vertical: 'top', ...(style.horizontal ? { horizontal: style.horizontal } : {}), ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}) };
  }
  if (style.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
}

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}
