/**
 * A used range's values as the core's Grid. Excel hands back `''` for an empty cell and an error value as
 * text (`#N/A`); the grid wants `null` and `{ error }`, so no check mistakes either for content.
 */
import type { CellValue, Grid, MergedArea } from '../registers/grid';

const ERROR_VALUES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_VALUES.has(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function toGrid(sheet: string, range: { values: unknown[][]; rowIndex: number; columnIndex: number }, merges?: MergedArea[]): Grid {
  const grid: Grid = {
    sheet,
    firstRow: range.rowIndex + 1,
    firstColumn: range.columnIndex + 1,
    values: range.values.map((row) => row.map(toCellValue)),
  };
  if (merges && merges.length) grid.merges = merges;
  return grid;
}
