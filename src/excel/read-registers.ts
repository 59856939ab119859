/**
 * Reading registers without writing anything: the summary's and the comparison's read. One sync reads
 * every sheet's used range at once. Excel on the web refuses an answer over 5 MB, and a few thousand rows
 * of long Kyrgyz texts pass that; then the ranges' sizes are read and their values again in bands of
 * rows, a few syncs more, rather than failing.
 */
import type { Grid } from '../registers/grid';
import type { Register } from '../registers/model';
import { readRegisters } from '../registers/read';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { areaAddress } from './addresses';
import { translated } from './errors';
import { toGrid } from './read-grid';

/** Cells per sync when reading in bands: 500 rows of 8 columns; long Cyrillic texts stay below 5 MB. */
const BAND_CELLS = 4000;

const refusedForSize = (error: unknown) => (error as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';

/**
 * Reads the used ranges of `names` (sheets known to exist). `alongside` queues other loads into the same
 * batch — it runs again if the batch is refused and its loads must be queued anew.
 */
export async function readSheets(context: Excel.RequestContext, names: readonly string[], alongside: () => void = () => undefined): Promise<Grid[]> {
  const sheets = context.workbook.worksheets;
  const whole = names.map((name) => {
    const used = sheets.getItem(name).getUsedRange(true);
    used.load('values,rowIndex,columnIndex');
    return { name, used };
  });
  alongside();
  try {
    await context.sync();
    return whole.map(({ name, used }) => toGrid(name, used));
  } catch (error) {
    if (!refusedForSize(error)) throw error;
  }

  const shapes = names.map((name) => {
    const used = sheets.getItem(name).getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name, used, values: [] as unknown[][] };
  });
  alongside();
  await context.sync();
  // Bands of rows, several per sync up to `budget` cells; a sync Excel still refuses is split in halves.
  type Band = { shape: (typeof shapes)[number]; at: number; rows: number };
  const queue: Band[] = [];
  for (const shape of shapes) {
    const rowsPerBand = Math.max(1, Math.floor(BAND_CELLS / shape.used.columnCount));
    for (let at = 0; at < shape.used.rowCount; at += rowsPerBand) queue.push({ shape, at, rows: Math.min(rowsPerBand, shape.used.rowCount - at) });
  }
  let budget = BAND_CELLS;
  while (queue.length > 0) {
    const batch: Band[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + queue[0].rows * queue[0].shape.used.columnCount <= budget)) {
      const band = queue.shift()!;
      batch.push(band);
      cells += band.rows * band.shape.used.columnCount;
    }
    const ranges = batch.map(({ shape, at, rows }) => {
      const { rowIndex, columnIndex, columnCount } = shape.used;
      const range = sheets.getItem(shape.name).getRange(areaAddress({ top: rowIndex + 1 + at, bottom: rowIndex + at + rows, left: columnIndex + 1, right: columnIndex + columnCount }));
      range.load('values');
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      if (!refusedForSize(error) || batch.every((band) => band.rows === 1)) throw error;
      budget = Math.max(1, Math.floor(cells / 2));
      // Every band still to read is cut to the new budget, so no later band is refused for the same reason.
      const cut = [...batch, ...queue].flatMap((band) => {
        const rowsPerBand = Math.max(1, Math.floor(budget / band.shape.used.columnCount));
        const pieces: Band[] = [];
        for (let at = 0; at < band.rows; at += rowsPerBand) pieces.push({ ...band, at: band.at + at, rows: Math.min(rowsPerBand, band.rows - at) });
        return pieces;
      });
      queue.splice(0, queue.length, ...cut);
      continue;
    }
    batch.forEach(({ shape, at }, i) => ranges[i].values.forEach((row, r) => (shape.values[at + r] = row)));
  }
  return shapes.map(({ name, used, values }) => toGrid(name, { values, rowIndex: used.rowIndex, columnIndex: used.columnIndex }));
}

/** The open workbook's registers: the sheet names, then `readSheets`. Two syncs when the answer fits. */
export function readWorkbookRegisters(context: Excel.RequestContext): Promise<Register[]> {
  return translated('check', async () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const names = worksheets.items.map((s) => s.name).filter((name) => name !== LISTS_SHEET_NAME);
    return readRegisters(await readSheets(context, names));
  });
}
