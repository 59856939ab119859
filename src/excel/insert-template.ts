/**
 * Inserts a register form into a new worksheet from a sheet plan. Two syncs whatever the size: one read
 * (the sheet names, and the defined names that say where Tobokel's lists are), one batch of writes.
 * Values go in as one 2-D array, every text kept text (cell-text.ts), formats per styled block, never per
 * cell. Only sheets this insert adds are written: no existing cell is ever touched.
 */
import type { SkippedFeature } from '../checks/report';
import type { PlanStyle, SheetPlan } from '../registers/sheet-plan';
import { Area, areaAddress } from './addresses';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { cellInput } from './cell-text';
import { translated } from './errors';
import { DefinedName, placeLists } from './lists-sheet';
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
  for (const cell of plan.cells) rows[cell.row - 1][cell.column - 1] = cellInput(cell.value);
  return rows;
}

/** What the first sync learns: the sheets there are and, when dropdowns will be added, the defined names. */
interface WhatExists {
  sheetNames: string[];
  names: DefinedName[];
}

async function readWorkbook(context: Excel.RequestContext, wantsLists: boolean): Promise<WhatExists> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const names = wantsLists ? context.workbook.names : undefined;
  names?.load('items/name,items/type,items/value');
  await context.sync();
  return {
    sheetNames: sheets.items.map((s) => s.name),
    names: names ? names.items.map((n) => ({ name: n.name, type: n.type, value: n.value as unknown })) : [],
  };
}

/** Queues the whole form, and the lists sheet if one is needed. Returns the names of the sheets it adds. */
function queueForm(context: Excel.RequestContext, plan: SheetPlan, capabilities: ExcelCapabilities, workbook: WhatExists, notes: SkippedFeature[]): { form: string; added: string[]; definedNames: string[] } {
  const sheets = context.workbook.worksheets;
  const name = uniqueSheetName(plan.sheetName, workbook.sheetNames);
  const added = [name];
  const definedNames: string[] = [];
  const sheet = sheets.add(name);
  sheet.getRange(areaAddress({ top: 1, left: 1, bottom: plan.lastRow, right: plan.lastColumn })).values = valuesBlock(plan);
  if (capabilities.layout) {
    for (const area of plan.merges) sheet.getRange(areaAddress(area)).merge(false);
    plan.columnWidths.forEach((width, index) => {
      sheet.getRange(areaAddress({ top: 1, bottom: 1, left: index + 1, right: index + 1 })).format.columnWidth = widthInPoints(width);
    });
    // Only the few rows of wrapped text the plan names (header, title, sample rows): not one call per row.
    for (const { row, height } of plan.rowHeights) {
      sheet.getRange(areaAddress({ top: row, bottom: row, left: 1, right: 1 })).format.rowHeight = height;
    }
    // Blank rows tall enough to write in by hand once printed: one setting per run of rows.
    for (const { top, bottom, height } of plan.writingRows) {
      sheet.getRange(areaAddress({ top, bottom, left: 1, right: 1 })).format.rowHeight = height;
    }
  } else notes.push(skipped('layout', REQUIREMENTS.layout));
  for (const block of plan.blocks) applyStyle(sheet.getRange(areaAddress(block)), plan.styles[block.style], block);

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
    const { margins, footer } = plan.print;
    layout.leftMargin = margins.left;
    layout.rightMargin = margins.right;
    layout.topMargin = margins.top;
    layout.bottomMargin = margins.bottom;
    layout.headerMargin = margins.header;
    layout.footerMargin = margins.footer;
    layout.centerHorizontally = plan.print.centerHorizontally;
    const pages = layout.headersFooters.defaultForAllPages;
    pages.leftFooter = footer.left;
    pages.centerFooter = footer.center;
    pages.rightFooter = footer.right;
  } else notes.push(skipped('print', REQUIREMENTS.pageLayout));

  if (capabilities.dataValidation && plan.validations.length > 0) {
    const used = plan.lists.filter((list) => plan.validations.some((v) => v.list === list.name));
    const placement = placeLists(used, workbook.names, [...workbook.sheetNames, name]);
    if (placement.sheet) {
      const { values } = placement.sheet;
      const lists = sheets.add(placement.sheet.name);
      added.push(placement.sheet.name);
      lists.getRange(areaAddress({ top: 1, left: 1, bottom: values.length, right: values[0].length })).values = values.map((row) => row.map(cellInput));
      // Hidden, not very hidden: a person who wants to adjust a list can still unhide it.
      lists.visibility = 'Hidden';
      for (const definition of placement.sheet.names) {
        context.workbook.names.add(definition.name, definition.reference, 'Tobokel: a dropdown list of the Order 281 forms');
        definedNames.push(definition.name);
      }
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
  return { form: name, added, definedNames };
}

/**
 * Undoes a write batch that Excel refused part-way: Excel keeps what ran before the refusal, so the
 * sheets and names it added are found (one sync) and deleted (one more). Best effort: if Excel refuses
 * this too, the original error is what the person needs to read.
 */
async function rollBack(context: Excel.RequestContext, added: readonly string[], definedNames: readonly string[]): Promise<void> {
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = definedNames.length ? context.workbook.names : undefined;
    names?.load('items/name');
    await context.sync();
    const ours = new Set(added.map((n) => n.toLowerCase()));
    const doomedNames = new Set(definedNames.map((n) => n.toLowerCase()));
    const doomed = [...(names?.items ?? []).filter((n) => doomedNames.has(n.name.toLowerCase())), ...sheets.items.filter((s) => ours.has(s.name.toLowerCase()))];
    for (const item of doomed) item.delete();
    if (doomed.length) await context.sync();
  } catch {
    // The refusal that started this is reported; a failed clean-up adds nothing a person can act on.
  }
}

/**
 * Inserts a register form into a new worksheet: two syncs (one read, one batch of writes) whatever the
 * size, and all or nothing — if Excel refuses any part, the sheets and names this insert added are
 * removed again before the error is reported.
 */
export function insertTemplate(context: Excel.RequestContext, plan: SheetPlan, capabilities: ExcelCapabilities): Promise<InsertResult> {
  return translated('insert', async () => {
    const notes: SkippedFeature[] = [];
    const wantsLists = capabilities.dataValidation && plan.validations.length > 0;
    // Sync 1: what exists.
    const workbook = await readWorkbook(context, wantsLists);
    // Sync 2: every write.
    const queued = queueForm(context, plan, capabilities, workbook, notes);
    try {
      await context.sync();
    } catch (error) {
      await rollBack(context, queued.added, queued.definedNames);
      throw error;
    }
    return { sheetName: queued.form, skipped: notes };
  });
}
