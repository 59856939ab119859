/**
 * A grid is what an adapter hands the core: the values of a sheet's used range, with where they sit.
 * Both adapters (Office.js and ExcelJS) produce it, so the core reads a register the same way in each.
 */

/** An Excel error value such as `#N/A` or `#REF!`, kept apart from text so no check mistakes it for content. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area in sheet coordinates (1-based, inclusive). */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** Sheet row (1-based) of `values[0]`. */
  firstRow: number;
  /** Sheet column (1-based) of `values[r][0]`. */
  firstColumn: number;
  /** Row-major values; rows may be ragged, a missing cell is `null`. */
  values: CellValue[][];
  /**
   * Merged areas, when the adapter knows them. The reader spreads a merged value over its area only
   * where it needs to (headings, header cells); a grid without merges is read just as well.
   */
  merges?: MergedArea[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && 'error' in value;
}

/** `3` -> `C`, `28` -> `AB`. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `C` -> 3, `AB` -> 28: the inverse of columnLetter. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
