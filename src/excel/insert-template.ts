/**
 * Inserts a register form into a new worksheet from a sheet plan. Two syncs whatever the size: one read
 * (the sheet names, and the lists sheet if dropdowns will need it), one batch of writes. Values go in as
 * one 2-D array, formats per styled block, never per cell. A new sheet guarantees no existing cell is
 * overwritten; on the lists sheet only empty columns are written.
 */
import type { SkippedFeature } from '../checks/report';
import type { CellValue } from '../registers/grid';
import type { PlanStyle, SheetPlan } from '../registers/sheet-plan';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { Area, areaAddress } from './addresses';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { translated } from './errors';
import { ExistingLists, placeLists } from './lists-sheet';
import { skipped } from './messages';
import { uniqueSheetName } from './sheet-names';

export interface InsertResult {
  sheetName: string;
  skipped: SkippedFeature[];
}

/** Excel's limits on a validation's texts; longer ones are refused outright, so they are cut. */
const PROMPT_TITLE = 32;
const PROMPT_MESSAGE = 255;
const ALERT_TITLE = 32;
const ALERT_MESSAGE = 225;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A column width in characters (the plan's unit, as in the Excel UI) to points (the API's unit), for Calibri 11. */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function applyStyle(range: Excel.Range, style: PlanStyle, area: Area): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical) format.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) {
    const edges: Array<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical'> = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders exist only where there is an inside: more than one row or column.
    if (area.bottom > area.top) edges.push('InsideHorizontal');
    if (area.right > area.left) edges.push('InsideVertical');
    for (const edge of edges) format.borders.getItem(edge).style = 'Continuous';
  }
}

/** The plan's cells as one 2-D array over rows 1..lastRow, columns 1..lastColumn; `null` leaves a cell alone. */
function valuesBlock(plan: SheetPlan): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let r = 0; r < plan.lastRow; r++) rows.push(new Array<string | number | null>(plan.lastColumn).fill(null));
  for (const cell of plan.cells) {
    // A text starting with `=` would become a formula; the apostrophe keeps it text, as typing it would.
    const value = typeof cell.value === 'string' && cell.value.startsWith('=') ? `'${cell.value}` : cell.value;
    rows[cell.row - 1][cell.column - 1] = value;
  }
  return rows;
}

function toExisting(range: Excel.Range): ExistingLists | undefined {
  if (range.isNullObject) return undefined;
  return { firstRow: range.rowIndex + 1, firstColumn: range.columnIndex + 1, values: range.values as CellValue[][] };
}

export function insertTemplate(context: Excel.RequestContext, plan: SheetPlan, capabilities: ExcelCapabilities): Promise<InsertResult> {
  return translated('insert', async () => {
    const notes: SkippedFeature[] = [];
    const sheets = context.workbook.worksheets;

    // Sync 1: the names in use, and what the lists sheet already holds (only if dropdowns are possible:
    // below ExcelApi 1.8 the lists have nowhere to go). getItemOrNullObject needs 1.4, within 1.8.
    sheets.load('items/name');
    let listsUsed: Excel.Range | undefined;
    let listsSheet: Excel.Worksheet | undefined;
    const wantsLists = capabilities.dataValidation && plan.validations.length > 0;
    if (wantsLists) {
      listsSheet = sheets.getItemOrNullObject(LISTS_SHEET_NAME);
      listsSheet.load('name');
      // On a missing sheet this is a null object too, so one sync answers both questions.
      listsUsed = listsSheet.getUsedRangeOrNullObject(true);
      listsUsed.load('values,rowIndex,columnIndex');
    }
    await context.sync();

    // Sync 2: every write.
    const name = uniqueSheetName(plan.sheetName, sheets.items.map((s) => s.name));
    const sheet = sheets.add(name);
    sheet.getRange(areaAddress({ top: 1, left: 1, bottom: plan.lastRow, right: plan.lastColumn })).values = valuesBlock(plan);
    for (const area of plan.merges) sheet.getRange(areaAddress(area)).merge(false);
    plan.columnWidths.forEach((width, index) => {
      sheet.getRange(areaAddress({ top: 1, bottom: 1, left: index + 1, right: index + 1 })).format.columnWidth = widthInPoints(width);
    });
    for (const block of plan.blocks) applyStyle(sheet.getRange(areaAddress(block)), plan.styles[block.style], block);
    // Only the few rows of wrapped text the plan names (header, title, sample rows): not one call per row.
    for (const { row, height } of plan.rowHeights) {
      sheet.getRange(areaAddress({ top: row, bottom: row, left: 1, right: 1 })).format.rowHeight = height;
    }

    if (capabilities.freezePanes) {
      if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    } else notes.push(skipped('freeze', REQUIREMENTS.freezePanes));

    if (capabilities.pageLayout) {
      const layout = sheet.pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      // One page wide, as many tall as it takes.
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows(`$${plan.print.repeatRows.first}:$${plan.print.repeatRows.last}`);
    } else notes.push(skipped('print', REQUIREMENTS.pageLayout));

    if (wantsLists && listsSheet && listsUsed) {
      const used = plan.lists.filter((list) => plan.validations.some((v) => v.list === list.name));
      const placement = placeLists(used, listsSheet.isNullObject ? undefined : toExisting(listsUsed));
      let target = listsSheet;
      if (listsSheet.isNullObject) {
        target = sheets.add(LISTS_SHEET_NAME);
        // Hidden, not very hidden: a person who wants to adjust a list can still unhide it.
        target.visibility = 'Hidden';
      }
      if (placement.block) {
        const { firstColumn, values } = placement.block;
        target.getRange(areaAddress({ top: 1, left: firstColumn, bottom: values.length, right: firstColumn + values[0].length - 1 })).values = values;
      }
      for (const v of plan.validations) {
        const source = placement.sources.get(v.list);
        if (!source) throw new Error(`sheet plan ${plan.sheetName}: validation refers to unknown list ${v.list}`);
        const validation = sheet.getRange(areaAddress(v.area)).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source } };
        validation.ignoreBlanks = true;
        validation.prompt = { showPrompt: true, title: clip(v.prompt.title, PROMPT_TITLE), message: clip(v.prompt.message, PROMPT_MESSAGE) };
        validation.errorAlert = {
          showAlert: true,
          style: v.alert === 'stop' ? 'Stop' : 'Warning',
          title: clip(v.error.title, ALERT_TITLE),
          message: clip(v.error.message, ALERT_MESSAGE),
        };
      }
    } else if (!capabilities.dataValidation && plan.validations.length > 0) {
      notes.push(skipped('dropdowns', REQUIREMENTS.dataValidation));
    }

    sheet.activate();
    await context.sync();
    return { sheetName: name, skipped: notes };
  });
}
