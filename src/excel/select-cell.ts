/** Shows a finding's cell: activates its sheet and selects the cell, in one sync (the pane's click on a finding). */
import { translated } from './errors';

export function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  return translated('select', async () => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
