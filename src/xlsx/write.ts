/**
 * Renders sheet plans into an .xlsx workbook. Everything the template shows comes from the plan, so the
 * workbook matches what the add-in inserts in Excel; this module only translates to ExcelJS's model.
 */
import ExcelJS from 'exceljs';
import { columnLetter } from '../registers/grid';
import type { MergedArea } from '../registers/grid';
import { uniqueSheetName } from '../excel/sheet-names';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import type { PlanStyle, PlannedList, SheetPlan } from '../registers/sheet-plan';

export async function writePlans(plans: SheetPlan[]): Promise<Buffer> {
  const workbook = buildWorkbook(plans);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function buildWorkbook(plans: SheetPlan[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tobokel';
  // The add-in's own naming rules (src/excel/sheet-names.ts, pure), so both adapters name sheets alike.
  const taken = [LISTS_SHEET_NAME];
  const lists = new ListsLayout();
  const sheets = plans.map((plan) => {
    const name = uniqueSheetName(plan.sheetName, taken);
    taken.push(name);
    return { plan, sheet: workbook.addWorksheet(name) };
  });
  for (const { plan, sheet } of sheets) renderPlan(sheet, plan, lists);
  if (lists.columns.length > 0) {
    // Last, so the register sheets keep their order and the first sheet is the one Excel opens on.
    const listsSheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: 'hidden' });
    lists.columns.forEach((list, index) => {
      const column = index + 1;
      listsSheet.getCell(1, column).value = list.name;
      list.values.forEach((value, i) => {
        listsSheet.getCell(i + 2, column).value = value;
      });
      listsSheet.getColumn(column).width = Math.min(60, Math.max(12, ...list.values.map((v) => v.length + 2)));
    });
  }
  return workbook;
}

/**
 * Each distinct list gets one column of the hidden sheet, values from row 2 under the list's name. Plans
 * that share a list (same name, same values) share the column; a name reused with other values (levels of
 * Appendix 1 and 2 differ) gets its own.
 */
class ListsLayout {
  readonly columns: PlannedList[] = [];
  private readonly byKey = new Map<string, number>();

  reference(list: PlannedList): string {
    const key = JSON.stringify([list.name, list.values]);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.columns.length;
      this.columns.push(list);
      this.byKey.set(key, index);
    }
    const letter = columnLetter(index + 1);
    return `'${LISTS_SHEET_NAME}'!$${letter}$2:$${letter}$${Math.max(2, list.values.length + 1)}`;
  }
}

function renderPlan(sheet: ExcelJS.Worksheet, plan: SheetPlan, lists: ListsLayout): void {
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const block of plan.blocks) {
    const style = plan.styles[block.style];
    forEachCell(block, (row, column) => applyStyle(sheet.getCell(row, column), style));
  }
  for (const cell of plan.cells) {
    const target = sheet.getCell(cell.row, cell.column);
    target.value = cell.value;
  }
  for (const merge of plan.merges) {
    sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
  }
  for (const { top, bottom, height } of plan.writingRows) {
    for (let row = top; row <= bottom; row += 1) sheet.getRow(row).height = height;
  }
  for (const { row, height } of plan.rowHeights) sheet.getRow(row).height = height;
  for (const validation of plan.validations) {
    const list = plan.lists.find((candidate) => candidate.name === validation.list);
    if (!list) throw new Error(`sheet plan ${plan.sheetName}: validation refers to unknown list ${validation.list}`);
    // One validation per whole range: cell-by-cell validations overlap and Excel repairs the file.
    dataValidations(sheet).add(rangeAddress(validation.area), {
      type: 'list',
      allowBlank: true,
      formulae: [lists.reference(list)],
      showInputMessage: true,
      // Excel refuses a file whose titles exceed 32 characters or messages 255; cut rather than corrupt.
      promptTitle: validation.prompt.title.slice(0, 32),
      prompt: validation.prompt.message.slice(0, 255),
      showErrorMessage: true,
      errorStyle: validation.alert,
      errorTitle: validation.error.title.slice(0, 32),
      error: validation.error.message.slice(0, 225),
    });
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  renderPrint(sheet, plan);
}

const POINTS_PER_INCH = 72;

function renderPrint(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { repeatRows, margins, footer } = plan.print;
  const inches = (points: number) => Math.round((points / POINTS_PER_INCH) * 1000) / 1000;
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4 in the OOXML paper-size table
    orientation: plan.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages tall as the rows need
    horizontalCentered: plan.print.centerHorizontally,
    margins: {
      left: inches(margins.left),
      right: inches(margins.right),
      top: inches(margins.top),
      bottom: inches(margins.bottom),
      header: inches(margins.header),
      footer: inches(margins.footer),
    },
    printTitlesRow: `${repeatRows.first}:${repeatRows.last}`,
    printArea: `A1:${columnLetter(plan.lastColumn)}${plan.lastRow}`,
  };
  // One footer for every page: OOXML's odd-page footer is the only one unless even pages are set apart.
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L${footer.left}&C${footer.center}&R${footer.right}` };
}

/** ExcelJS has range-wide validations at run time but not in its typings (which only know `cell.dataValidation`). */
function dataValidations(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function applyStyle(cell: ExcelJS.Cell, style: PlanStyle): void {
  cell.font = { name: 'Times New Roman', size: style.fontSize ?? 11, bold: style.bold ?? false, italic: style.italic ?? false };
  cell.alignment = {
    horizontal: style.horizontal ?? 'left',
    vertical: style.vertical === 'center' ? 'middle' : 'top',
    wrapText: style.wrap ?? false,
  };
  if (style.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.fill) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.replace('#', '').toUpperCase()}` } };
  }
}

function forEachCell(area: MergedArea, visit: (row: number, column: number) => void): void {
  for (let row = area.top; row <= area.bottom; row += 1) {
    for (let column = area.left; column <= area.right; column += 1) visit(row, column);
  }
}

function rangeAddress(area: MergedArea): string {
  const start = `${columnLetter(area.left)}${area.top}`;
  const end = `${columnLetter(area.right)}${area.bottom}`;
  return start === end ? start : `${start}:${end}`;
}
