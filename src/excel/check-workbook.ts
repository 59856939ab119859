/**
 * Checks every register in the open workbook in place and marks what it found. Three syncs whatever the
 * size: (1) the sheet names; (2) every sheet's used-range values — one read — with its merged areas when
 * Excel can give them in the same batch, and its conditional formats so the previous check's marks can be
 * found; (3) the old marks removed and the new ones added, per run of cells. Never changes a value and
 * never touches a cell format: marks are conditional formats carrying Tobokel's marker.
 *
 * Excel on the web fails a response above 5 MB; 5,000 rows of long Kyrgyz texts come near that. If the
 * one read is refused for size, the values are read again in bands of rows, a few syncs more, rather
 * than failing the check.
 */
import { checkGrids } from '../checks/check';
import type { Report } from '../checks/report';
import type { Grid } from '../registers/grid';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { areaAddress, parseAreasAddress } from './addresses';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { loadConditionalFormats, queueAddMarks, queueDeleteMarks, tobokelMarkIds } from './conditional-formats';
import { toExcelActionError, translated } from './errors';
import { planMarks } from './marks';
import { skipped } from './messages';
import { toGrid } from './read-grid';

export interface CheckWorkbookOptions {
  today: Date;
  capabilities: ExcelCapabilities;
  /** The workbook's file name for the report, when the caller knows it. */
  file?: string;
}

/** One sheet as read: its grid and the ids of the marks a previous check left on it. */
interface SheetRead {
  name: string;
  grid: Grid;
  markIds: string[];
}

/** Cells per sync when reading in bands: at a few hundred bytes per long text cell, well under 5 MB. */
const BAND_CELLS = 8000;

export function checkWorkbook(context: Excel.RequestContext, options: CheckWorkbookOptions): Promise<Report> {
  return translated('check', async () => {
    const { capabilities } = options;
    const worksheets = context.workbook.worksheets;

    // Sync 1: which sheets there are (the hidden lists sheet holds no register).
    worksheets.load('items/name');
    await context.sync();
    const names = worksheets.items.map((s) => s.name).filter((name) => name !== LISTS_SHEET_NAME);

    // Sync 2: one read of every sheet.
    let reads: SheetRead[];
    try {
      reads = await readAtOnce(context, names, capabilities);
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== 'ResponsePayloadSizeLimitExceeded') throw error;
      reads = await readInBands(context, names, capabilities);
    }
    const checked = checkGrids(
      reads.map((r) => r.grid),
      { today: options.today, file: options.file },
    );
    const notes = [...(checked.skipped ?? [])];
    const report: Report = { ...checked, skipped: notes };
    // Below ExcelApi 1.6 there is nowhere to put marks: the findings go to the pane alone.
    if (!capabilities.conditionalFormats) {
      notes.push(skipped('marks', REQUIREMENTS.conditionalFormats));
      return report;
    }

    // Sync 3: old marks out, new marks in — only if there is something to do.
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

/**
 * Queues one sheet's read: its used range with `select` loaded, its merged areas when Excel can give them
 * in the same batch, and its conditional formats. `read` turns the values, once they are in, into a SheetRead.
 */
function queueSheet(context: Excel.RequestContext, name: string, select: string, capabilities: ExcelCapabilities) {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true);
  used.load(select);
  let merges: Excel.RangeAreas | undefined;
  if (capabilities.mergedAreas) {
    merges = used.getMergedAreasOrNullObject();
    merges.load('address');
  }
  const formats = capabilities.conditionalFormats ? loadConditionalFormats(sheet) : undefined;
  const read = (values: unknown[][]): SheetRead => ({
    name,
    grid: toGrid(name, { values, rowIndex: used.rowIndex, columnIndex: used.columnIndex }, merges && !merges.isNullObject ? parseAreasAddress(merges.address) : undefined),
    markIds: formats ? tobokelMarkIds(formats) : [],
  });
  return { name, used, read };
}

async function readAtOnce(context: Excel.RequestContext, names: string[], capabilities: ExcelCapabilities): Promise<SheetRead[]> {
  const queued = names.map((name) => queueSheet(context, name, 'values,rowIndex,columnIndex', capabilities));
  await context.sync();
  return queued.map(({ used, read }) => read(used.values));
}

async function readInBands(context: Excel.RequestContext, names: string[], capabilities: ExcelCapabilities): Promise<SheetRead[]> {
  // First the shape of each used range, then its values in bands of rows, several bands per sync.
  const shapes = names.map((name) => ({ ...queueSheet(context, name, 'rowIndex,columnIndex,rowCount,columnCount', capabilities), values: [] as unknown[][] }));
  await context.sync();

  let pending: { shape: (typeof shapes)[number]; range: Excel.Range; at: number }[] = [];
  let cells = 0;
  const flush = async () => {
    if (!pending.length) return;
    await context.sync();
    for (const { shape, range, at } of pending) range.values.forEach((row, i) => (shape.values[at + i] = row));
    pending = [];
    cells = 0;
  };
  for (const shape of shapes) {
    const { rowIndex, columnIndex, rowCount, columnCount } = shape.used;
    const rowsPerBand = Math.max(1, Math.floor(BAND_CELLS / columnCount));
    for (let at = 0; at < rowCount; at += rowsPerBand) {
      const rows = Math.min(rowsPerBand, rowCount - at);
      if (cells + rows * columnCount > BAND_CELLS) await flush();
      const area = { top: rowIndex + 1 + at, bottom: rowIndex + at + rows, left: columnIndex + 1, right: columnIndex + columnCount };
      const range = context.workbook.worksheets.getItem(shape.name).getRange(areaAddress(area));
      range.load('values');
      pending.push({ shape, range, at });
      cells += rows * columnCount;
    }
  }
  await flush();
  return shapes.map(({ values, read }) => read(values));
}
