/**
 * Checks every register in the open workbook in place and marks what it found. Never changes a value and
 * never touches a cell format: marks are conditional formats carrying Tobokel's marker.
 *
 * Syncs: (1) the sheets and the defined names (which sheets are Tobokel's lists); (2) every sheet's used
 * range — its size, its conditional formats (the last check's marks), its merged areas where Excel can
 * give them, and the values of its first rows; (3…) the rest of the values, if any, in bands sized from
 * the used range's size and the bytes its first rows took; (last) old marks out, new marks in. A register
 * of up to a thousand rows (750 each for two sheets, fewer for more) is read whole in sync 2: three syncs. Larger ones stay under Excel on the
 * web's 5 MB answer (payload.ts) by the bands, planned before they are read; a band Excel still refuses
 * is halved and read again.
 */
import { checkGrids } from '../checks/check';
import type { Report } from '../checks/report';
import type { Grid } from '../registers/grid';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { areaAddress, parseAreasAddress } from './addresses';
import { ExcelCapabilities, REQUIREMENTS } from './capabilities';
import { loadConditionalFormats, queueAddMarks, queueDeleteMarks, tobokelMarkIds } from './conditional-formats';
import { toExcelActionError, translated } from './errors';
import { listsSheets } from './lists-sheet';
import { planMarks } from './marks';
import { skipped } from './messages';
import { RESPONSE_LIMIT, valuesBytes } from './payload';
import { toGrid } from './read-grid';
import { rememberSheets } from './sheet-ids';

export interface CheckWorkbookOptions {
  today: Date;
  capabilities: ExcelCapabilities;
  /** The workbook's file name for the report, when the caller knows it. */
  file?: string;
}

/**
 * Rows read with the used range's size in sync 2: a register of up to this many rows takes three syncs.
 * Several sheets share a budget, so their first rows together stay under the 5 MB answer (1,000 rows of
 * long Kyrgyz texts are about 2.4 MB escaped).
 */
const HEAD_ROWS = 1000;
const HEAD_ROWS_ALL_SHEETS = 1500;
const MIN_HEAD_ROWS = 100;

/** Rows each sheet reads in sync 2 when `sheets` sheets are read. */
function headRows(sheets: number): number {
  return Math.min(HEAD_ROWS, Math.max(MIN_HEAD_ROWS, Math.floor(HEAD_ROWS_ALL_SHEETS / Math.max(1, sheets))));
}
/** What one sync of bands may answer: 75 % of the limit, room for a band denser than the first rows. */
const BAND_BYTES = Math.floor(RESPONSE_LIMIT * 0.75);
/** Excel refuses a read of more than five million cells; bands stay far below. */
const BAND_CELLS = 1_000_000;
/** Bytes a cell is assumed to take when no rows were read to measure: a 200-letter Cyrillic text, escaped. */
const UNMEASURED_CELL_BYTES = 1200;
/**
 * Syncs of bands a check may take before it gives up with a plain message: a used range stretched by a
 * stray cell far right or far down would otherwise cost thousands of round trips.
 */
const MAX_BAND_SYNCS = 40;

const isRefusedForSize = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'PayloadTooLarge';
};

/** One sheet's used range: where it is and, row by row, the values read so far. */
interface SheetRead {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  /** Rows read so far, from the top of the used range. */
  rowsRead: number;
  /** Bytes those rows took, for sizing the bands. */
  bytesRead: number;
  merges?: string;
  markIds: string[];
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
    const lists = listsSheets(names.items.map((n) => ({ name: n.name, type: '', value: n.value as unknown })));
    const sheets = worksheets.items.filter((s) => !lists.has(s.name) && !(s.name === LISTS_SHEET_NAME && s.visibility !== 'Visible'));

    // Sync 2: every sheet's size, marks, merges and first rows; then the rest in bands.
    let reads: SheetRead[];
    try {
      reads = await readSheets(context, sheets.map((s) => s.name), capabilities, true);
    } catch (error) {
      if (!isRefusedForSize(error)) throw error;
      reads = await readSheets(context, sheets.map((s) => s.name), capabilities, false);
    }
    await readBands(context, reads);

    const grids: Grid[] = reads.map((r) => toGrid(r.name, r, r.merges ? parseAreasAddress(r.merges) : undefined));
    const checked = checkGrids(grids, { today: options.today, file: options.file });
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

/**
 * One sync: each sheet's used range size, conditional formats and merged areas, and — with `head` —
 * the values of its first rows (`headRows`). Below ExcelApi 1.4 there is no way to ask for "the used
 * range's first rows" that cannot fail on a sheet whose used range starts lower, so there the whole used
 * range is read (Excel 2016 is desktop Excel, which has no 5 MB answer limit).
 */
async function readSheets(context: Excel.RequestContext, names: string[], capabilities: ExcelCapabilities, head: boolean): Promise<SheetRead[]> {
  const rows = headRows(names.length);
  const queued = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    const whole = head && !capabilities.intersections;
    used.load(whole ? 'values,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex,columnIndex,rowCount,columnCount');
    let first: Excel.Range | undefined;
    if (head && capabilities.intersections) {
      first = used.getIntersectionOrNullObject(sheet.getRange(`1:${rows}`));
      first.load('values,rowCount');
    }
    let merges: Excel.RangeAreas | undefined;
    if (capabilities.mergedAreas) {
      merges = used.getMergedAreasOrNullObject();
      merges.load('address');
    }
    const formats = capabilities.conditionalFormats ? loadConditionalFormats(sheet) : undefined;
    return { name, used, whole, first, merges, formats };
  });
  await context.sync();
  return queued.map(({ name, used, whole, first, merges, formats }) => {
    const values: unknown[][] = whole ? used.values : first && !first.isNullObject ? first.values : [];
    return {
      name,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      values,
      rowsRead: values.length,
      bytesRead: valuesBytes(values),
      merges: merges && !merges.isNullObject ? merges.address : undefined,
      markIds: formats ? tobokelMarkIds(formats) : [],
    };
  });
}

interface Band {
  read: SheetRead;
  /** First row of the band, counted from the top of the used range (0-based), and how many rows. */
  at: number;
  rows: number;
  bytes: number;
}

/** Plans the bands for the rows not yet read, each sized from what the sheet's first rows took. */
function planBands(reads: readonly SheetRead[]): Band[] {
  const bands: Band[] = [];
  for (const read of reads) {
    const remaining = read.rowCount - read.rowsRead;
    if (remaining <= 0) continue;
    const cellsRead = read.rowsRead * read.columnCount;
    const perCell = cellsRead > 0 ? Math.max(4, read.bytesRead / cellsRead) : UNMEASURED_CELL_BYTES;
    const perRow = perCell * read.columnCount;
    const rowsPerBand = Math.max(1, Math.min(Math.floor(BAND_BYTES / perRow), Math.floor(BAND_CELLS / read.columnCount)));
    // Equal bands rather than full ones and a stub: the same syncs, each further from the limit.
    const count = Math.ceil(remaining / rowsPerBand);
    const size = Math.ceil(remaining / count);
    for (let at = read.rowsRead; at < read.rowCount; at += size) {
      const rows = Math.min(size, read.rowCount - at);
      bands.push({ read, at, rows, bytes: rows * perRow });
    }
  }
  return bands;
}

/** Reads the planned bands, as many per sync as fit; a sync Excel refuses for size is retried with its bands halved. */
async function readBands(context: Excel.RequestContext, reads: readonly SheetRead[]): Promise<void> {
  let pending = planBands(reads);
  let syncs = 0;
  while (pending.length) {
    if (++syncs > MAX_BAND_SYNCS) {
      throw toExcelActionError('check', { code: 'ResponsePayloadSizeLimitExceeded', message: `The used ranges would take more than ${MAX_BAND_SYNCS} reads.` });
    }
    const batch: Band[] = [];
    let bytes = 0;
    while (pending.length && (batch.length === 0 || bytes + pending[0].bytes <= BAND_BYTES)) {
      bytes += pending[0].bytes;
      batch.push(pending.shift()!);
    }
    const ranges = batch.map(({ read, at, rows }) => {
      const area = { top: read.rowIndex + 1 + at, bottom: read.rowIndex + at + rows, left: read.columnIndex + 1, right: read.columnIndex + read.columnCount };
      const range = context.workbook.worksheets.getItem(read.name).getRange(areaAddress(area));
      range.load('values');
      return range;
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isRefusedForSize(error) || batch.every((b) => b.rows === 1)) throw error;
      pending = [...batch.flatMap(halve), ...pending];
      continue;
    }
    batch.forEach(({ read, at }, i) => ranges[i].values.forEach((row, r) => (read.values[at + r] = row)));
  }
}

function halve(band: Band): Band[] {
  if (band.rows === 1) return [band];
  const first = Math.ceil(band.rows / 2);
  return [
    { ...band, rows: first, bytes: band.bytes / 2 },
    { ...band, at: band.at + first, rows: band.rows - first, bytes: band.bytes / 2 },
  ];
}
