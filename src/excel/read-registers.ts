/**
 * The open workbook's registers, read and nothing else: for comparing this year's register with last
 * year's file. Two syncs whatever the size (the sheet names; every sheet's used range at once).
 */
import type { Register } from '../registers/model';
import { readRegisters } from '../registers/read';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { translated } from './errors';
import { toGrid } from './read-grid';

export function readWorkbookRegisters(context: Excel.RequestContext): Promise<Register[]> {
  return translated('check', async () => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const reads = worksheets.items.map((s) => s.name).filter((name) => name !== LISTS_SHEET_NAME).map((name) => {
      const used = worksheets.getItem(name).getUsedRange(true);
      used.load('values,rowIndex,columnIndex');
      return { name, used };
    });
    await context.sync();
    return readRegisters(reads.map(({ name, used }) => toGrid(name, used)));
  });
}
