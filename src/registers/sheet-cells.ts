/**
 * Random access to a grid's cells by sheet coordinates, with vertically merged values spread down so a
 * function written once over several risk rows belongs to each of them.
 */
import { cellAddress, isCellError, type CellValue, type Grid } from './grid';
import type { CellText } from './model';

/** Excel's last column is XFD, the 16,384th. */
const EXCEL_COLUMNS = 16384 + 1;

export class SheetCells {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /**
   * Merged values by cell (`key`). Keyed by a number, not a «row:column» string: on a sheet with merges
   * every empty cell of every row is looked up, and a string built for each made such a sheet read about
   * twice as slowly as one without.
   */
  private readonly spread = new Map<number, CellValue>();
  /** The right edge of each merged area, by its top left cell. */
  private readonly mergedTo = new Map<number, number>();

  constructor(private readonly grid: Grid) {
    this.firstRow = grid.firstRow;
    this.firstColumn = grid.firstColumn;
    this.lastRow = grid.firstRow + grid.values.length - 1;
    const width = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
    this.lastColumn = grid.firstColumn + width - 1;
    for (const area of grid.merges ?? []) {
      if (area.right > area.left) this.mergedTo.set(this.key(area.top, area.left), area.right);
      const top = this.rawAt(area.top, area.left);
      if (top === null || area.bottom <= area.top) continue;
      for (let row = area.top + 1; row <= Math.min(area.bottom, this.lastRow); row++) this.spread.set(this.key(row, area.left), top);
    }
  }

  /**
   * One number per cell of the sheet, distinct for every row and column Excel has (columns run to 16,384),
   * and exact: it stays below 2^53.
   */
  private key(row: number, column: number): number {
    return row * EXCEL_COLUMNS + column;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  private rawAt(row: number, column: number): CellValue {
    const value = this.grid.values[row - this.firstRow]?.[column - this.firstColumn];
    return value === undefined ? null : value;
  }

  value(row: number, column: number): CellValue {
    const own = this.rawAt(row, column);
    if ((own !== null && own !== '') || this.spread.size === 0) return own;
    return this.spread.get(this.key(row, column)) ?? own;
  }

  cell(row: number, column: number): CellText {
    const value = this.value(row, column);
    return isCellError(value) ? new ErrorCell('', row, column, value.error) : new SheetCell(valueText(value), row, column);
  }

  /** Whether the cell holds nothing of its own, only the value of an area merged down from above. */
  isSpread(row: number, column: number): boolean {
    if (this.spread.size === 0) return false;
    const own = this.rawAt(row, column);
    return (own === null || own === '') && this.spread.has(this.key(row, column));
  }

  /** Whether the cell starts a merged area more than one column wide, as a heading line does. */
  isMergedAcross(row: number, column: number): boolean {
    return this.mergedTo.has(this.key(row, column));
  }

  /** The last column the cell's merged area spans: its own column when it starts none. */
  mergedRight(row: number, column: number): number {
    return this.mergedTo.get(this.key(row, column)) ?? column;
  }

  /** The non-empty cells of a row, in column order. */
  rowCells(row: number): CellText[] {
    const cells: CellText[] = [];
    const values = this.grid.values[row - this.firstRow] ?? [];
    const width = Math.max(values.length, this.spread.size > 0 ? this.lastColumn - this.firstColumn + 1 : 0);
    const spread = this.spread.size > 0;
    // Most rows have empty cells: no cell object is made for them.
    for (let i = 0; i < width; i++) {
      const column = this.firstColumn + i;
      const own = values[i];
      const value = spread ? this.value(row, column) : own === undefined ? null : own;
      if (value === null || value === '') continue;
      if (isCellError(value)) {
        cells.push(new ErrorCell('', row, column, value.error));
        continue;
      }
      const text = valueText(value);
      if (text !== '') cells.push(new SheetCell(text, row, column));
    }
    return cells;
  }
}

/**
 * A cell as the reader hands it on. Its A1 address is worked out only when something asks for it: a
 * long register has hundreds of thousands of cells and only the few with findings ever need one. A check
 * keeps every cell to its end, so a cell holds only what every cell needs: an error lives on ErrorCell,
 * and `words`, rarely wanted, is added to the few cells that want it.
 */
class SheetCell implements CellText {
  words?: CellText['words'];
  wordHash?: number;
  readonly error?: string;

  constructor(
    readonly text: string,
    readonly row: number,
    readonly column: number,
  ) {
    // Set here, though empty, so the checks filling it in later find room in the cell itself.
    this.wordHash = undefined;
  }

  get address(): string {
    return cellAddress(this.row, this.column);
  }
}

/** A cell holding an Excel error (`#N/A`). */
class ErrorCell extends SheetCell {
  override readonly error: string;

  constructor(text: string, row: number, column: number, error: string) {
    super(text, row, column);
    this.error = error;
  }
}

/** The same cell with other text (a long text joined from the rows it was typed over). */
export function withText(cell: CellText, text: string): CellText {
  return cell.error === undefined ? new SheetCell(text, cell.row, cell.column) : new ErrorCell(text, cell.row, cell.column, cell.error);
}

export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return '';
}
