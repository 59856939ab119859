/**
 * The open workbook's registers, read without writing anything: this year's side of the comparison with
 * last year's register. Tobokel's lists sheets hold no register and are not read.
 */
import type { Register } from '../registers/model';
import { readRegisters } from '../registers/read';
import type { ExcelCapabilities } from './capabilities';
import { translated } from './errors';
import { gridsOf, readUsedRanges, registerSheets } from './read-workbook';

export function readWorkbookRegisters(context: Excel.RequestContext, capabilities: ExcelCapabilities): Promise<Register[]> {
  return translated('check', async () => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load('items/name,items/visibility');
    names.load('items/name,items/value');
    await context.sync();
    const sheets = registerSheets(worksheets.items, names.items).map((s) => s.name);
    return readRegisters(gridsOf(await readUsedRanges(context, sheets, capabilities, { marks: false })));
  });
}
