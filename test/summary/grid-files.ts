/** Register grids as .xlsx files, as a person's Excel would save them: one sheet per grid, values only. */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/registers/grid';

export async function gridsToXlsx(grids: readonly Grid[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.sheet);
    grid.values.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && typeof value !== 'object') sheet.getCell(grid.firstRow + r, grid.firstColumn + c).value = value;
    }));
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function writeGrids(dir: string, name: string, grids: readonly Grid[]): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await gridsToXlsx(grids));
  return file;
}
