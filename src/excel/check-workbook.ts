/**
 * Checks every register in the open workbook in place and marks what it found. Three syncs whatever the
 * size: (1) the sheet names; (2) every sheet's used-range values — one read — with its merged areas when
 * Excel can give them in the same batch, and its conditional formats so the previous check's marks can be
 * found; (3) the old marks removed and the new ones added, per run of cells. Never changes a value and
 * never touches a cell format: marks are conditional formats carrying Tobokel's marker.
 */
import { checkGrids } from '../checks/check';
import type { Report, SkippedFeature } from '../checks/report';
import type { Grid } from '../registers/grid';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { parseAreasAddress } from './addresses';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { loadConditionalFormats, queueAddMarks, queueDeleteMarks, SheetConditionalFormats, tobokelMarkIds } from './conditional-formats';
import { translated } from './errors';
import { planMarks } from './marks';
import { skipped } from './messages';
import { toGrid } from './read-grid';

export interface CheckWorkbookOptions {
  today: Date;
  capabilities: ExcelCapabilities;
  /** The workbook's file name for the report, when the caller knows it. */
  file?: string;
}

interface SheetRead {
  name: string;
  used: Excel.Range;
  merges?: Excel.RangeAreas;
  formats?: SheetConditionalFormats;
}

export function checkWorkbook(context: Excel.RequestContext, options: CheckWorkbookOptions): Promise<Report> {
  return translated('check', async () => {
    const { capabilities } = options;
    const notes: SkippedFeature[] = [];
    const worksheets = context.workbook.worksheets;

    // Sync 1: which sheets there are.
    worksheets.load('items/name');
    await context.sync();

    // Sync 2: one read of every sheet (the hidden lists sheet holds no register).
    const reads: SheetRead[] = worksheets.items
      .filter((s) => s.name !== LISTS_SHEET_NAME)
      .map((s) => {
        const sheet = worksheets.getItem(s.name);
        const used = sheet.getUsedRange(true);
        used.load('values,rowIndex,columnIndex');
        const read: SheetRead = { name: s.name, used };
        if (capabilities.mergedAreas) {
          read.merges = used.getMergedAreasOrNullObject();
          read.merges.load('address');
        }
        if (capabilities.conditionalFormats) read.formats = loadConditionalFormats(sheet);
        return read;
      });
    await context.sync();

    const grids: Grid[] = reads.map((read) => {
      const merges = read.merges && !read.merges.isNullObject ? parseAreasAddress(read.merges.address) : undefined;
      return toGrid(read.name, { values: read.used.values, rowIndex: read.used.rowIndex, columnIndex: read.used.columnIndex }, merges);
    });
    const report: Report = checkGrids(grids, { today: options.today, file: options.file });

    // Sync 3: old marks out, new marks in — only if there is something to do.
    if (capabilities.conditionalFormats) {
      let queued = 0;
      for (const read of reads) {
        const ids = tobokelMarkIds(read.formats!);
        queueDeleteMarks(context, read.name, ids);
        queued += ids.length;
      }
      for (const [sheet, marks] of planMarks(report)) queued += queueAddMarks(context, sheet, marks, capabilities.rangeAreas);
      if (queued > 0) await context.sync();
    } else {
      notes.push(skipped('marks', REQUIREMENTS.conditionalFormats));
    }
    return { ...report, skipped: [...(report.skipped ?? []), ...notes] };
  });
}
