/**
 * The open workbook's registers, read without writing anything: this year's side of the comparison with
 * last year's register. Tobokel's lists sheets hold no register and are not read.
 */
import type { Register } from '../registers/model';
import { readRegisters } from '../registers/read';
import type { ExcelCapabilities } from './capabilities';
import { translated } from './errors';
import { listsSheets } from './lists-sheet';
import { gridsOf, readUsedRanges } from './read-workbook';

export function readWorkbookRegisters(context: Excel.RequestContext, capabilities: ExcelCapabilities): Promise<Register[]> {
  return translated('check', async () => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load('items/name');
    names.load('items/name,items/value');
    await context.sync();
    const lists = listsSheets(names.items.map((n) => ({ name: n.name, type: '', value: n.value as unknown })));
    const sheets = worksheets.items.map((s) => s.name).filter((name) => !lists.has(name));
    return readRegisters(gridsOf(await readUsedRanges(context, sheets, capabilities, { marks: false })));
  });
}
