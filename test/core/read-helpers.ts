/** What the reader's tests ask of a sheet: a bare grid, and the rows and headings its first register reads. */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { GOOD_RISK } from '../fixtures/grids';
import { risk } from '../checks/rules/helpers';

export const KY_HEADER = TEMPLATE_TEXT.risks.ky.header;

/** A sheet holding `values` from A1, nothing added. */
export const sheetOf = (values: CellValue[][], sheet = 'S'): Grid => ({ sheet, firstRow: 1, firstColumn: 1, values });
export const registerOf = (grid: Grid) => readRegisters([grid])[0];
export const rowsOf = (grid: Grid) => registerOf(grid).rows.map((r) => r.row);
export const headingsOf = (grid: Grid) => registerOf(grid).headings.map((h) => h.text);
/** A good risk row told apart from the others by `tag`, so that it is no duplicate of them. */
export const other = (n: number, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });
