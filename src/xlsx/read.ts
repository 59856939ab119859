/**
 * Reads a workbook into the core's grids. Bad files become a WorkbookReadError naming the file; a good
 * file yields one grid per sheet (the hidden lists sheet excepted) holding what Excel would show: cached
 * formula results, merged areas' value in their top-left cell, rich text and hyperlinks as plain text.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { CellValue, Grid, MergedArea } from '../registers/grid';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { toCellValue } from './cells';
import { WorkbookReadError } from './errors';
import { inspectPackage, oneLine } from './inspect';
import { type ReadLimits, withDefaults } from './limits';
import { REASONS } from './reasons';

export interface ReadOptions {
  /** The name to report, when `input` is a buffer (defaults to the path for a path). */
  file?: string;
  limits?: Partial<ReadLimits>;
}

// Parts the checks never look at; skipping them makes ExcelJS's load measurably cheaper.
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'pageMargins', 'pageSetup', 'printOptions', 'headerFooter', 'drawing', 'picture', 'tableParts', 'extLst'];

export async function readWorkbook(input: Buffer | string, options: ReadOptions = {}): Promise<Grid[]> {
  const file = options.file ?? (typeof input === 'string' ? input : 'workbook.xlsx');
  const limits = withDefaults(options.limits);
  const buffer = typeof input === 'string' ? await readFileBounded(input, file, limits) : input;
  const workbook = await loadWorkbook(buffer, file, limits);
  return workbookToGrids(workbook, file, limits);
}

async function loadWorkbook(buffer: Buffer, file: string, limits: ReadLimits): Promise<ExcelJS.Workbook> {
  await inspectPackage(buffer, file, limits);
  try {
    return await excelJsLoad(buffer, limits);
  } catch (error) {
    // ExcelJS's own row and column backstops, reached when a small package hid a big sheet.
    const message = oneLine(error);
    if (/^Max (row|column) count/.test(message)) {
      throw new WorkbookReadError('too-many-rows', file, REASONS.sheetTooBig(limits.maxRowsPerSheet, limits.maxColumns));
    }
    // JSZip's own refusal of a part whose size is not what the directory says: one the inspection left
    // uninflated, as deflate's ceiling kept it within the limits and its stated size held too few rows to
    // count. Inflating every part now names it.
    if (/uncompressed data size mismatch/.test(message)) await inspectPackage(buffer, file, limits, { everyPart: true });
    throw new WorkbookReadError('unreadable', file, REASONS.excelUnreadable(message));
  }
}

/** ExcelJS's own load, exactly as the reader calls it and nothing else: the benchmark's baseline. */
export async function excelJsLoad(buffer: Buffer, limits: ReadLimits = withDefaults()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // maxRows/maxCols are ExcelJS's own backstops; the inspection has already counted both.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES, maxRows: limits.maxRowsPerSheet, maxCols: limits.maxColumns } as never);
  return workbook;
}

async function readFileBounded(path: string, file: string, limits: ReadLimits): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new WorkbookReadError('not-xlsx', file, REASONS.notAFile());
    if (stat.size > limits.maxFileBytes) {
      throw new WorkbookReadError('too-large', file, REASONS.fileTooLarge(stat.size, limits.maxFileBytes));
    }
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new WorkbookReadError('not-found', file, REASONS.notFound());
    throw new WorkbookReadError('unreadable', file, REASONS.cannotOpen(oneLine(error)));
  }
}

function workbookToGrids(workbook: ExcelJS.Workbook, file: string, limits: ReadLimits): Grid[] {
  const grids: Grid[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.name === LISTS_SHEET_NAME) return;
    grids.push(sheetToGrid(sheet, file, limits));
  });
  return grids;
}

const MERGE = ExcelJS.ValueType.Merge;

function sheetToGrid(sheet: ExcelJS.Worksheet, file: string, limits: ReadLimits): Grid {
  const rows: { row: number; cells: CellValue[]; first: number }[] = [];
  let firstColumn = Number.POSITIVE_INFINITY;
  sheet.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    let first = 0;
    row.eachCell((cell, column) => {
      // A merged area's other cells echo its value in ExcelJS; Excel (and Office.js) show it once.
      if (cell.type === MERGE) return;
      const value = toCellValue(cell.value);
      if (value === null || value === '') return;
      if (first === 0) first = column;
      cells[column] = value;
    });
    if (first === 0) return;
    firstColumn = Math.min(firstColumn, first);
    rows.push({ row: rowNumber, cells, first });
  });
  const merges = readMerges(sheet);
  if (rows.length === 0) return { sheet: sheet.name, firstRow: 1, firstColumn: 1, values: [], merges };

  const firstRow = rows[0].row;
  const lastRow = rows[rows.length - 1].row;
  // Two values a million rows apart would make a million-row grid from a tiny file.
  if (lastRow - firstRow + 1 > limits.maxRowsPerSheet) {
    throw new WorkbookReadError('too-many-rows', file, REASONS.sheetSpansTooManyRows(sheet.name, lastRow - firstRow + 1, limits.maxRowsPerSheet));
  }
  const values: CellValue[][] = [];
  for (let r = firstRow; r <= lastRow; r += 1) values.push([]);
  for (const { row, cells } of rows) {
    const target = values[row - firstRow];
    for (let c = firstColumn; c < cells.length; c += 1) target.push(cells[c] ?? null);
  }
  return { sheet: sheet.name, firstRow, firstColumn, values, merges };
}

function readMerges(sheet: ExcelJS.Worksheet): MergedArea[] {
  // ExcelJS keeps merges only in this private map; `sheet.model` would serialise the whole sheet to get them.
  const ranges = (sheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(ranges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}
