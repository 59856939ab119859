/**
 * Removes Tobokel's marks — only the conditional formats whose rule carries Tobokel's marker — and leaves
 * the user's own conditional formats and every cell format as they were. Given the sheets the last check
 * marked (`markedSheets(report)`), two syncs: read those sheets' conditional formats, delete ours. Without
 * them it first lists the sheets: one sync more.
 */
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { ExcelCapabilities } from './capabilities';
import { loadConditionalFormats, queueDeleteMarks, tobokelMarkIds } from './conditional-formats';
import { translated } from './errors';

export interface ClearMarksOptions {
  /** The sheets that carry marks, e.g. `markedSheets(lastReport)`; saves a sync. A sheet since deleted is skipped. */
  sheets?: readonly string[];
  /** Below ExcelApi 1.6 there are no conditional formats, so nothing of ours to clear and no call to make. */
  capabilities?: ExcelCapabilities;
}

interface SheetFormats {
  name: string;
  sheet: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

export function clearMarks(context: Excel.RequestContext, options: ClearMarksOptions = {}): Promise<{ cleared: number }> {
  return translated('clear', async () => {
    if (options.capabilities && !options.capabilities.conditionalFormats) return { cleared: 0 };
    const worksheets = context.workbook.worksheets;
    let names: string[];
    let byName: (name: string) => Excel.Worksheet;
    if (options.sheets) {
      names = [...new Set(options.sheets)];
      // A sheet renamed or deleted since is a null object, and so is everything reached through it.
      byName = (name) => worksheets.getItemOrNullObject(name);
    } else {
      worksheets.load('items/name');
      await context.sync();
      names = worksheets.items.map((s) => s.name).filter((name) => name !== LISTS_SHEET_NAME);
      byName = (name) => worksheets.getItem(name);
    }
    const reads: SheetFormats[] = names.map((name) => {
      const sheet = byName(name);
      return { name, sheet, formats: loadConditionalFormats(sheet) };
    });
    await context.sync();

    let cleared = 0;
    for (const read of reads) {
      if (read.sheet.isNullObject) continue;
      const ids = tobokelMarkIds(read.formats);
      queueDeleteMarks(context, read.name, ids);
      cleared += ids.length;
    }
    if (cleared > 0) await context.sync();
    return { cleared };
  });
}
