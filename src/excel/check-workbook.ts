/**
 * Checks every register in the open workbook in place and marks what it found. Never changes a value and
 * never touches a cell format: marks are conditional formats carrying Tobokel's marker.
 *
 * Syncs: (1) the sheets and the defined names (which sheets are Tobokel's lists); (2…) every register
 * sheet's used range with the last check's marks, in one sync up to a thousand rows and in bands beyond
 * (read-workbook.ts); (last) old marks out, new marks in. A register of up to a thousand rows takes three.
 */
import { checkGrids } from '../checks/check';
import type { Report } from '../checks/report';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { queueAddMarks, queueDeleteMarks } from './conditional-formats';
import { toExcelActionError, translated } from './errors';
import { planMarks } from './marks';
import { skipped } from './messages';
import { gridsOf, readUsedRanges, registerSheets } from './read-workbook';
import { rememberSheets } from './sheet-ids';

export interface CheckWorkbookOptions {
  today: Date;
  capabilities: ExcelCapabilities;
  /** The workbook's file name for the report, when the caller knows it. */
  file?: string;
}

export function checkWorkbook(context: Excel.RequestContext, options: CheckWorkbookOptions): Promise<Report> {
  return translated('check', async () => {
    const { capabilities } = options;
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;

    // Sync 1: the sheets, and which are Tobokel's lists (no register there).
    worksheets.load('items/name,items/id,items/visibility');
    names.load('items/name,items/value');
    await context.sync();
    const sheets = registerSheets(worksheets.items, names.items);

    // Sync 2: every sheet's size, marks, merges and first rows; then the rest in bands.
    const reads = await readUsedRanges(context, sheets.map((s) => s.name), capabilities, { marks: true });
    const checked = checkGrids(gridsOf(reads), { today: options.today, file: options.file });
    const notes = [...(checked.skipped ?? [])];
    const report: Report = { ...checked, skipped: notes };
    rememberSheets(report, worksheets.items.map((s) => ({ id: s.id, name: s.name })));
    // Below ExcelApi 1.6 there is nowhere to put marks: the findings go to the pane alone.
    if (!capabilities.conditionalFormats) {
      notes.push(skipped('marks', REQUIREMENTS.conditionalFormats));
      return report;
    }

    // Last sync: old marks out, new marks in — only if there is something to do.
    let queued = 0;
    for (const read of reads) {
      queueDeleteMarks(context, read.name, read.markIds);
      queued += read.markIds.length;
    }
    for (const [sheet, marks] of planMarks(report)) queued += queueAddMarks(context, sheet, marks, capabilities.rangeAreas);
    if (queued > 0) {
      try {
        await context.sync();
      } catch (error) {
        // The values were read and judged; only the marks failed. The pane can still show the findings.
        const failure = toExcelActionError('check', error);
        failure.report = report;
        throw failure;
      }
    }
    return report;
  });
}
