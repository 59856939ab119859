/**
 * No text becomes a formula, a number or anything else: whatever string Tobokel writes, Excel (the strict
 * host, which reads a leading =, + or - as a formula and a plain number as a number, as Excel does) holds
 * exactly that string.
 */
import fc from 'fast-check';
import { createExcelHost } from '../support/excel-host/client';
import { cellValue, createWorkbook, findSheet, getCell } from '../support/excel-host/model';
import { cellInput } from '../../src/excel/cell-text';
import { insertTemplate } from '../../src/excel/insert-template';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { buildSheetPlan } from '../../src/registers/plans';

/** Excel's limit on a cell's text. */
const MAX_CELL_TEXT = 32767;

/** Strings as they come, and strings made to start with what Excel would read as something else. */
const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", "''", ' =', '#', '1', '-1', '0.5', 'TRUE', 'false', '(1)', '$5', '1/2'), fc.string({ unit: 'binary', maxLength: 20 })).map(([head, tail]) => head + tail),
  fc.constantFrom('- жогорку;', '- высокий;', '=SUM(A1:A2)', "'", '', '12', '1e5', ' 7 ', 'TRUE'),
  fc.tuple(fc.constantFrom('=', '-', "'", 'ж'), fc.integer({ min: MAX_CELL_TEXT - 5, max: MAX_CELL_TEXT })).map(([head, length]) => head.padEnd(length, 'ж')),
);

describe('text written to Excel', () => {
  it('reads back unchanged, whatever it starts with, up to 32,767 characters', async () => {
    const host = createExcelHost(createWorkbook(['Sheet1']));
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: 1, maxLength: 8 }), async (row) => {
        const read = await host.run(async (context) => {
          const range = context.workbook.worksheets.getItem('Sheet1').getRange(`A1:${String.fromCharCode(64 + row.length)}1`);
          range.values = [row.map(cellInput)];
          range.load('values');
          await context.sync();
          return range.values[0];
        });
        expect(read).toEqual(row);
      }),
      { numRuns: 150 },
    );
    expect(host.responder.failures).toEqual([]);
  });

  it('holds for the cells of an inserted form, sample rows included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(texts, { minLength: 3, maxLength: 3 }), async (typed) => {
        const plan = buildSheetPlan({ kind: 'positions', language: 'ru', withSample: true, rowsPerHeading: 1, headings: [], year: 2026 });
        // What a person might have typed, in place of three of the form's texts.
        const cells = plan.cells.filter((c) => typeof c.value === 'string').slice(-3);
        cells.forEach((cell, i) => (cell.value = typed[i]));
        const host = createExcelHost(createWorkbook(['Sheet1']));
        const { sheetName } = await host.run((context) => insertTemplate(context, plan, ALL_CAPABILITIES));
        const sheet = findSheet(host.workbook, sheetName)!;
        for (const cell of plan.cells) {
          expect(getCell(sheet, cell.row, cell.column)?.formula).toBeUndefined();
          expect(cellValue(sheet, cell.row, cell.column)).toBe(cell.value);
        }
      }),
      { numRuns: 25 },
    );
  });
});
