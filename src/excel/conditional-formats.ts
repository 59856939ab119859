/**
 * Reading and writing Tobokel's conditional formats, shared by check and clear. Reads queue loads for a
 * batch (no sync here); writes queue deletes and adds. Objects are always reached afresh by sheet name,
 * since objects from an earlier sync's method calls are not valid in the next.
 */
import { Area, areaAddress, chunkAddresses } from './addresses';
import { MARK_ORDER, MARK_STYLES, MarkKind, markFormula, markKindOf } from './marks';

/** Excel's limit on a RangeAreas address string is not documented; staying far below 8,192 is safe. */
const MAX_AREAS_ADDRESS = 2000;

/** Queues a load of every conditional format on a sheet with what tells ours from the user's. */
export function loadConditionalFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/id,items/customOrNullObject/rule/formula');
  return formats;
}

/** Ids of the Tobokel marks in a loaded collection. */
export function tobokelMarkIds(formats: Excel.ConditionalFormatCollection): string[] {
  return formats.items.filter((cf) => !cf.customOrNullObject.isNullObject && markKindOf(cf.customOrNullObject.rule.formula)).map((cf) => cf.id);
}

/** `sheet` is the sheet's name or its id (Excel's `getItem` takes either). */
export function queueDeleteMarks(context: Excel.RequestContext, sheet: string, ids: readonly string[]): void {
  if (!ids.length) return;
  const formats = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  for (const id of ids) formats.getItem(id).delete();
}

function style(format: Excel.ConditionalFormat, kind: MarkKind): void {
  const custom = format.custom;
  custom.rule.formula = markFormula(kind);
  const look = MARK_STYLES[kind];
  custom.format.fill.color = look.fill;
  custom.format.font.color = look.font;
  if (look.bold) custom.format.font.bold = true;
}

/**
 * Queues the marks of one sheet: with RangeAreas (ExcelApi 1.9) one conditional format per kind and
 * address chunk, else one per run of cells. Returns how many conditional formats were queued.
 */
export function queueAddMarks(context: Excel.RequestContext, sheetName: string, marks: Map<MarkKind, Area[]>, useRangeAreas: boolean): number {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  let added = 0;
  for (const kind of MARK_ORDER) {
    const areas = marks.get(kind);
    if (!areas?.length) continue;
    const addresses = areas.map(areaAddress);
    if (useRangeAreas) {
      for (const chunk of chunkAddresses(addresses, MAX_AREAS_ADDRESS)) {
        style(sheet.getRanges(chunk).conditionalFormats.add('Custom'), kind);
        added++;
      }
    } else {
      for (const address of addresses) {
        style(sheet.getRange(address).conditionalFormats.add('Custom'), kind);
        added++;
      }
    }
  }
  return added;
}
