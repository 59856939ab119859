/**
 * Removes Tobokel's marks — only the conditional formats whose rule carries Tobokel's marker — and leaves
 * the user's own conditional formats and every cell format as they were. It finds every mark: on sheets
 * renamed since the check (looked up by id), on sheets the check never saw (added or copied since), and,
 * with no check to go by, on every sheet.
 *
 * Syncs: given the sheets the last check saw (`sheetsSeenBy(report)`), two when nothing was added since:
 * (1) the sheets there are now, and the conditional formats of the sheets the check marked; (2) ours
 * deleted. A sheet added since costs one more sync (its formats read in 2, deleted in 3); so does having
 * no check to go by. Nothing navigates through an object that may not exist: a sheet the check saw and
 * that is gone makes Excel refuse sync 1, and the clear starts over without the check's list.
 */
import { ExcelCapabilities } from './capabilities';
import { loadConditionalFormats, queueDeleteMarks, tobokelMarkIds } from './conditional-formats';
import { translated } from './errors';
import type { Report } from '../checks/report';
import { markedSheets } from './marks';
import { SheetRef, sheetsSeenBy } from './sheet-ids';

/** What `clearMarks` needs from the last check: undefined for a report `checkWorkbook` did not make. */
export function lastCheckOf(report: Pick<Report, 'findings' | 'flags'>): ClearMarksOptions['lastCheck'] {
  const sheets = sheetsSeenBy(report);
  return sheets && { sheets, marked: markedSheets(report) };
}

export interface ClearMarksOptions {
  /**
   * What the last check saw: every sheet of the workbook then (`sheetsSeenBy(report)`) and the names of
   * those it marked (`markedSheets(report)`). Without it every sheet is read.
   */
  lastCheck?: { sheets: readonly SheetRef[]; marked: readonly string[] };
  /** Below ExcelApi 1.6 there are no conditional formats, so nothing of ours to clear and no call to make. */
  capabilities?: ExcelCapabilities;
}

interface Pending {
  /** The sheet by id: the name may have changed since the formats were asked for. */
  id: string;
  formats: Excel.ConditionalFormatCollection;
}

export function clearMarks(context: Excel.RequestContext, options: ClearMarksOptions = {}): Promise<{ cleared: number }> {
  return translated('clear', async () => {
    if (options.capabilities && !options.capabilities.conditionalFormats) return { cleared: 0 };
    try {
      return await clearFrom(context, options.lastCheck);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'ItemNotFound' || !options.lastCheck) throw error;
      // A sheet the check saw is gone: read the workbook as it is now.
      return clearFrom(context, undefined);
    }
  });
}

async function clearFrom(context: Excel.RequestContext, lastCheck: ClearMarksOptions['lastCheck']): Promise<{ cleared: number }> {
  const worksheets = context.workbook.worksheets;
  const read = (id: string): Pending => ({ id, formats: loadConditionalFormats(worksheets.getItem(id)) });

  // Sync 1: the sheets now, and the formats of the sheets the check marked (by id: renames don't matter).
  worksheets.load('items/id,items/name');
  const marked = new Set(lastCheck?.marked ?? []);
  let pending = (lastCheck?.sheets ?? []).filter((s) => marked.has(s.name)).map((s) => read(s.id));
  await context.sync();

  // Sheets the check did not see (or all, without a check) may carry marks too: read them alongside.
  const seen = new Set((lastCheck?.sheets ?? []).map((s) => s.id));
  let unseen = worksheets.items.filter((s) => !seen.has(s.id)).map((s) => s.id);
  let cleared = 0;
  while (pending.length || unseen.length) {
    let deleting = 0;
    for (const { id, formats } of pending) {
      const ids = tobokelMarkIds(formats);
      queueDeleteMarks(context, id, ids);
      deleting += ids.length;
    }
    cleared += deleting;
    const reading = unseen.map(read);
    unseen = [];
    if (!reading.length && deleting === 0) break;
    await context.sync();
    pending = reading;
  }
  return { cleared };
}
