import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import path from 'path';
import { checkCommand } from '../../src/cli/commands/check';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

it('a formula that evaluates to an error in a register cell becomes a finding at that cell, not a crash', async () => {
  const dir = await scratchDir();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await positionsWorkbook(GOOD_ROWS)) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Тизме 2')!;
  sheet.getCell('E4').value = { formula: 'VLOOKUP(B4,Levels!A:B,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
  sheet.getCell('D5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  await fs.writeFile(path.join(dir, 'errors.xlsx'), Buffer.from(await book.xlsx.writeBuffer()));

  const result = await run(checkCommand, ['errors.xlsx', '--format', 'json', '--today', '2026-11-26'], dir);
  const report = JSON.parse(result.stdout);
  const cells = report.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { cell: string }) => f.cell);
  expect(cells).toEqual(expect.arrayContaining(['E4', 'D5']));
  expect(result.code).toBe(1);
  await fs.rm(dir, { recursive: true, force: true });
});
