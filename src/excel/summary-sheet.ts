/**
 * Writes the summary sheet (checks/summary-plan.ts) into the open workbook. Three syncs up to a thousand
 * rows, a few more in bands beyond (read-workbook.ts, the check's own read): (1) the sheet names; (2) every
 * register sheet's values, and
 * cell A1 of any sheet named like a summary; (3) the summary Tobokel made before deleted — known by its name and its A1 title together,
 * never by the name alone — and the new one added, written as one 2-D block, formatted per block, with
 * a chart of levels by function type. The registers' sheets are only read. Everything called is
 * ExcelApi 1.1, column widths (1.2) excepted, which are left to Excel where the host lacks them.
 */
import { checkRegisters } from '../checks/check';
import type { Report } from '../checks/report';
import { buildSummaryPlan, isTobokelSummary, SUMMARY_SHEET_NAMES, type SummaryStyle } from '../checks/summary-plan';
import type { UiLanguage } from '../order281/text';
import { readRegisters } from '../registers/read';
import { areaAddress } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { cellInput } from './cell-text';
import { translated } from './errors';
import { widthInPoints } from './insert-template';
import { gridsOf, readUsedRanges, registerSheets } from './read-workbook';
import { uniqueSheetName } from './sheet-names';

export interface SummarySheetOptions {
  today: Date;
  language: UiLanguage;
  capabilities: ExcelCapabilities;
}

export interface SummarySheetResult {
  sheetName: string;
  /** The summary Tobokel had made before, now replaced. */
  replaced?: string;
  report: Report;
}

const SUMMARY_NAME = new RegExp(`^(${Object.values(SUMMARY_SHEET_NAMES).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})( \\(\\d+\\))?$`, 'i');

export function writeSummarySheet(context: Excel.RequestContext, options: SummarySheetOptions): Promise<SummarySheetResult> {
  return translated('insert', async () => {
    const worksheets = context.workbook.worksheets;

    // Sync 1: the sheets there are, and which are Tobokel's lists (no register there).
    worksheets.load('items/name,items/visibility');
    const definedNames = context.workbook.names;
    definedNames.load('items/name,items/value');
    await context.sync();
    const names = worksheets.items.map((s) => s.name);

    // Sync 2: the registers' values; A1 of sheets that may be an earlier summary. Only sheets known to exist are named.
    let candidates: { name: string; a1: Excel.Range }[] = [];
    const loadCandidates = () => {
      candidates = names.filter((name) => SUMMARY_NAME.test(name)).map((name) => {
        const a1 = worksheets.getItem(name).getRange('A1');
        a1.load('values');
        return { name, a1 };
      });
    };
    const sheets = registerSheets(worksheets.items, definedNames.items).map((s) => s.name).filter((name) => !SUMMARY_NAME.test(name));
    const grids = gridsOf(await readUsedRanges(context, sheets, options.capabilities, { marks: false, alongside: loadCandidates }));
    const registers = readRegisters(grids);
    const report = checkRegisters(registers, grids, { today: options.today });
    const plan = buildSummaryPlan([{ registers, report }], { language: options.language, today: options.today });
    const previous = candidates.find(({ name, a1 }) => isTobokelSummary(name, a1.values[0]?.[0]))?.name;

    // Sync 3: the old summary out, the new one in.
    if (previous) worksheets.getItem(previous).delete();
    const sheetName = uniqueSheetName(plan.sheetName, names.filter((name) => name !== previous));
    const sheet = worksheets.add(sheetName);
    const width = plan.lastColumn;
    sheet.getRange(areaAddress({ top: 1, left: 1, bottom: plan.values.length, right: width })).values = plan.values.map((row) => row.map((value) => (value === null ? '' : cellInput(value))));
    for (const block of plan.blocks) applyStyle(sheet.getRange(areaAddress(block)), block.style, block.bottom > block.top, block.right > block.left);
    // Column widths need ExcelApi 1.2; any Excel with conditional formats (1.6) has them.
    if (options.capabilities.conditionalFormats) {
      plan.columnWidths.forEach((characters, index) => {
        sheet.getRange(areaAddress({ top: 1, bottom: 1, left: index + 1, right: index + 1 })).format.columnWidth = widthInPoints(characters);
      });
    }
    if (plan.chart) {
      const { source, anchor, seriesColors, title } = plan.chart;
      const chart = sheet.charts.add('ColumnStacked', sheet.getRange(areaAddress(source)), 'Columns');
      chart.title.text = title;
      chart.legend.position = 'Bottom';
      chart.setPosition(
        areaAddress({ top: anchor.row, left: anchor.column, bottom: anchor.row, right: anchor.column }),
        areaAddress({ top: anchor.row + anchor.rows, left: anchor.column + anchor.columns, bottom: anchor.row + anchor.rows, right: anchor.column + anchor.columns }),
      );
      seriesColors.forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
    }
    sheet.activate();
    await context.sync();
    return { sheetName, report, ...(previous ? { replaced: previous } : {}) };
  });
}

function applyStyle(range: Excel.Range, style: SummaryStyle, manyRows: boolean, manyColumns: boolean): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.border) {
    const edges: Array<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'> = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders exist only where there is an inside.
    if (manyRows) edges.push('InsideHorizontal');
    if (manyColumns) edges.push('InsideVertical');
    for (const edge of edges) format.borders.getItem(edge).style = 'Continuous';
  }
}
