/**
 * Reading every register sheet of the open workbook, whatever its size, in as few syncs as Excel's limits
 * allow: (1) each sheet's used range — its size, its conditional formats (the last check's marks) and
 * merged areas where wanted and possible, and the values of its first rows; (2…) the rest of the values,
 * if any, in bands sized from the used range's size and the bytes its first rows took. A register of up
 * to a thousand rows (750 each for two sheets, fewer for more) is read whole in the first sync. Larger ones
 * stay under Excel on the web's 5 MB answer (payload.ts) by the bands, planned before they are read; a band
 * Excel still refuses is halved and read again. The check, the summary and the comparison all read here.
 */
import type { Grid } from '../registers/grid';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { listsSheets } from './lists-sheet';
import { areaAddress, parseAreasAddress } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { loadConditionalFormats, tobokelMarkIds } from './conditional-formats';
import { toExcelActionError } from './errors';
import { RESPONSE_LIMIT, valuesBytes } from './payload';
import { toGrid } from './read-grid';

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
export interface SheetRead {
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

export interface ReadOptions {
  /** Read each sheet's conditional formats too, for the ids of Tobokel's marks (`SheetRead.markIds`). */
  marks: boolean;
  /** Queues other loads into the first sync; called again if that sync must be sent anew. */
  alongside?: () => void;
}

/** Reads the used ranges of `names` (sheets known to exist) whole. */
export async function readUsedRanges(context: Excel.RequestContext, names: readonly string[], capabilities: ExcelCapabilities, options: ReadOptions): Promise<SheetRead[]> {
  let reads: SheetRead[];
  try {
    reads = await readSheets(context, names, capabilities, options, true);
  } catch (error) {
    if (!isRefusedForSize(error)) throw error;
    reads = await readSheets(context, names, capabilities, options, false);
  }
  await readBands(context, reads);
  return reads;
}

/**
 * The sheets that may hold a register: all but Tobokel's lists sheets, known by the defined names that
 * point at them (and a hidden `Tobokel_lists` left by versions that named no lists). Takes what the first
 * sync loaded: the sheets' `name,visibility` and the defined names' `name,value`.
 */
export function registerSheets<S extends { name: string; visibility: string }>(sheets: readonly S[], names: readonly { name: string; value: unknown }[]): S[] {
  const lists = listsSheets(names.map((n) => ({ name: n.name, type: '', value: n.value })));
  return sheets.filter((s) => !lists.has(s.name) && !(s.name === LISTS_SHEET_NAME && s.visibility !== 'Visible'));
}

/** The reads as the core's grids, with their merged areas. */
export function gridsOf(reads: readonly SheetRead[]): Grid[] {
  return reads.map((r) => toGrid(r.name, r, r.merges ? parseAreasAddress(r.merges) : undefined));
}

/**
 * One sync: each sheet's used range size, conditional formats and merged areas, and — with `head` —
 * the values of its first rows (`headRows`). Below ExcelApi 1.4 there is no way to ask for "the used
 * range's first rows" that cannot fail on a sheet whose used range starts lower, so there the whole used
 * range is read (Excel 2016 is desktop Excel, which has no 5 MB answer limit).
 */
async function readSheets(context: Excel.RequestContext, names: readonly string[], capabilities: ExcelCapabilities, options: ReadOptions, head: boolean): Promise<SheetRead[]> {
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
    const formats = options.marks && capabilities.conditionalFormats ? loadConditionalFormats(sheet) : undefined;
    return { name, used, whole, first, merges, formats };
  });
  options.alongside?.();
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
