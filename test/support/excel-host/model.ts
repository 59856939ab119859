/**
 * The in-memory workbook the responder plays. It holds what Tobokel reads and writes — values, a format
 * record per cell, merges, column widths, conditional formats, data validations, freeze panes, page
 * layout, visibility, selection — and nothing else. Pure TypeScript, no Node APIs (see address.ts).
 */
import type { Grid } from '../../../src/registers/grid';
import { Rect, cellKey, contains, intersects } from './address';

export type HostValue = string | number | boolean;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  numberFormat?: string;
  /** Border style per edge: `EdgeTop`, `EdgeBottom`, `EdgeLeft`, `EdgeRight`. */
  borders?: Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', string>>;
}

export interface Cell {
  value: HostValue;
  format: CellFormat;
  /** Set when a write was read as a formula (a text starting with `=`, `+` or `-`): what Excel stored. */
  formula?: string;
}

/** A workbook-scoped defined name referring to a range; it follows its sheet's renames, as Excel's do. */
export interface NameRecord {
  name: string;
  sheetId: string;
  rect: Rect;
  comment?: string;
}

export interface ConditionalFormatRecord {
  id: string;
  type: string;
  rects: Rect[];
  /** The rule formula of a `Custom` format. */
  formula?: string;
  format: { fill?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  priority: number;
  stopIfTrue: boolean;
}

export interface DataValidationRecord {
  rect: Rect;
  rule: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface PageLayoutRecord {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  /** In points, as Office.js gives them. */
  margins: Partial<Record<MarginName, number>>;
  centerHorizontally?: boolean;
  /** The footer for all pages: Excel's header and footer codes, by section. */
  footer: { left?: string; center?: string; right?: string };
}

export type MarginName = 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer';

export interface Sheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Keyed by `row,column`. A cell exists once it has a value or a format. */
  cells: Map<string, Cell>;
  merges: Rect[];
  /** Column width in points, by column number. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  conditionalFormats: ConditionalFormatRecord[];
  dataValidations: DataValidationRecord[];
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutRecord;
  /** A protected sheet refuses every change (Excel answers `InvalidOperation`). */
  protected: boolean;
}

export interface Workbook {
  sheets: Sheet[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  /** While a user edits a cell, Excel refuses every request with `InvalidOperationInCellEditMode`. */
  cellEditMode: boolean;
  /** Review › Protect Workbook: sheets cannot be added, deleted or renamed. */
  structureProtected: boolean;
  names: NameRecord[];
  nextId: number;
}

/** Excel's own default column width (8.43 characters) in points. */
export const DEFAULT_COLUMN_WIDTH = 48;

export function createSheet(workbook: Workbook, name: string): Sheet {
  const sheet: Sheet = {
    id: `{${String(workbook.nextId++).padStart(8, '0')}-SHEET}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    dataValidations: [],
    freeze: { rows: 0, columns: 0 },
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, margins: {}, footer: {} },
    protected: false,
  };
  workbook.sheets.push(sheet);
  return sheet;
}

/** A workbook with the named sheets (default: one `Sheet1`), the first one active. */
export function createWorkbook(sheetNames: string[] = ['Sheet1']): Workbook {
  const workbook: Workbook = { sheets: [], activeSheetId: '', selection: { sheetId: '', rect: { top: 1, left: 1, bottom: 1, right: 1 } }, cellEditMode: false, structureProtected: false, names: [], nextId: 1 };
  for (const name of sheetNames) createSheet(workbook, name);
  workbook.activeSheetId = workbook.sheets[0]?.id ?? '';
  workbook.selection.sheetId = workbook.activeSheetId;
  return workbook;
}

export function findSheet(workbook: Workbook, nameOrId: string): Sheet | undefined {
  const lower = nameOrId.toLowerCase();
  return workbook.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
}

export function getCell(sheet: Sheet, row: number, column: number): Cell | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function cellValue(sheet: Sheet, row: number, column: number): HostValue {
  return getCell(sheet, row, column)?.value ?? '';
}

/** The cell's record, created on first write. */
export function touchCell(sheet: Sheet, row: number, column: number): Cell {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: '', format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Convenience for tests: writes a 2-D block of values from a top-left cell. */
export function putValues(sheet: Sheet, top: number, left: number, rows: HostValue[][]): void {
  rows.forEach((row, r) => row.forEach((value, c) => (touchCell(sheet, top + r, left + c).value = value)));
}

/** The smallest rectangle holding every cell with a value (or, unless valuesOnly, a format); null if none. */
export function usedRect(sheet: Sheet, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const hasFormat = Object.keys(cell.format).length > 0;
    if (cell.value === '' && (valuesOnly || !hasFormat)) continue;
    const [row, column] = key.split(',').map(Number);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, column), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return rect;
}

export function mergesIn(sheet: Sheet, rect: Rect): Rect[] {
  return sheet.merges.filter((m) => intersects(m, rect));
}

export function conditionalFormatsOn(sheet: Sheet, rects: Rect[]): ConditionalFormatRecord[] {
  return sheet.conditionalFormats.filter((cf) => cf.rects.some((a) => rects.some((b) => intersects(a, b))));
}

export function validationAt(sheet: Sheet, row: number, column: number): DataValidationRecord | undefined {
  const here = { top: row, left: column, bottom: row, right: column };
  return [...sheet.dataValidations].reverse().find((dv) => contains(dv.rect, here));
}

/**
 * A deep, comparable picture of a sheet: what a test compares before and after an operation to show that
 * nothing but the intended marks changed.
 */
export function snapshotSheet(sheet: Sheet): unknown {
  const cells = [...sheet.cells.entries()]
    .filter(([, c]) => c.value !== '' || Object.keys(c.format).length > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, c]) => [key, c.value, JSON.stringify(c.format, Object.keys(c.format).sort()), ...(c.formula !== undefined ? [c.formula] : [])]);
  return JSON.parse(
    JSON.stringify({
      name: sheet.name,
      visibility: sheet.visibility,
      cells,
      merges: sheet.merges,
      columnWidths: [...sheet.columnWidths.entries()],
      rowHeights: [...sheet.rowHeights.entries()],
      conditionalFormats: sheet.conditionalFormats,
      dataValidations: sheet.dataValidations,
      freeze: sheet.freeze,
      pageLayout: sheet.pageLayout,
    }),
  );
}

/** A cell's format record (created if missing), for seeding a user's own formatting or reading ours. */
export function formatCellAt(sheet: Sheet, row: number, column: number): CellFormat {
  return touchCell(sheet, row, column).format;
}

/** A workbook holding the core's grids, one sheet each, the first one active: a register as a test opens it. */
export function workbookOfGrids(grids: readonly Grid[]): Workbook {
  const workbook = createWorkbook([]);
  for (const grid of grids) {
    const sheet = createSheet(workbook, grid.sheet);
    putValues(sheet, grid.firstRow, grid.firstColumn, grid.values.map((row) => row.map((v) => (v === null || typeof v === 'object' ? '' : v))));
  }
  workbook.activeSheetId = workbook.selection.sheetId = workbook.sheets[0].id;
  return workbook;
}
