/**
 * The summary and the comparison through the pane's service, the real wiring, the Office.js adapter and
 * the Excel test host: the same path the pane runs. Last year's file is read by src/xlsx from its bytes.
 */
import { createExcelHost } from '../support/excel-host/client';
import { findSheet, workbookOfGrids } from '../support/excel-host/model';
import { hostFromTestHook } from '../../src/taskpane/host';
import { createExcelActions } from '../../src/taskpane/services/excel-actions';
import { describeError } from '../../src/taskpane/services/errors';
import { SUMMARY_SHEET_NAMES } from '../../src/checks/summary-plan';
import { riskGrid } from '../fixtures/grids';
import { gridsToXlsx } from '../summary/grid-files';
import { RISKS, riskRow } from '../diff/fixtures';


/** What a browser's file picker hands over: a name and the bytes. */
function pickedFile(name: string, bytes: Buffer): File {
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } as unknown as File;
}

const thisYear = riskGrid(['Уруксат берүү функциясы', riskRow(1, RISKS[0], 'Потенциалдуу', 'Жогорку'), riskRow(2, RISKS[2], 'Системалуу (реалдуу)', 'Жогорку')], { sheet: '2026' });
const lastYear = riskGrid(['Уруксат берүү функциясы', riskRow(1, RISKS[2], 'Системалуу (реалдуу)', 'Орточо'), riskRow(2, RISKS[0], 'Потенциалдуу', 'Жогорку'), riskRow(3, RISKS[4], 'Кырдаалдык', 'Төмөнкү')], { sheet: '2025' });

function setup() {
  const excel = createExcelHost(workbookOfGrids([thisYear]));
  const host = hostFromTestHook({ run: excel.run, isSetSupported: () => true });
  return { excel, actions: createExcelActions(host) };
}

describe('the pane service: summary and comparison', () => {
  it('writes the summary sheet in the pane\'s language', async () => {
    const { excel, actions } = setup();
    await expect(actions.summary('ru')).resolves.toMatchObject({ sheetName: SUMMARY_SHEET_NAMES.ru });
    expect(findSheet(excel.workbook, SUMMARY_SHEET_NAMES.ru)).toBeDefined();
    expect(excel.responder.failures).toEqual([]);
  });

  it('compares last year\'s file with the open workbook, worded in every language', async () => {
    const { excel, actions } = setup();
    const views = await actions.compareWithLastYear(pickedFile('2025.xlsx', await gridsToXlsx([lastYear])));
    expect(views.en.heading).toBe('Last year (2025.xlsx) against this year (this workbook)');
    expect(views.en.counts).toEqual(['Corruption risks (Appendix 1): 3 → 2: 0 added, 1 removed, 1 re-rated, 0 reworded only, 1 unchanged.']);
    expect(views.en.tables.map((t) => [t.change, t.rows.map((r) => r[0])])).toEqual([['removed', ['2025, row 8']], ['rerated', ['2025, row 6']]]);
    expect(views.ky.tables[1].rows[0][3]).toBe('орточо → жогорку');
    expect(views.ru.notes[0]).toContain('Пункт 13');
    // Only read: the workbook still has its one sheet.
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(['2026']);
  });

  it('says plainly when last year\'s file is not a workbook, without a round trip to Excel', async () => {
    const { excel, actions } = setup();
    const error = await actions.compareWithLastYear(pickedFile('notes.xlsx', Buffer.from('not a zip'))).catch((e: unknown) => e);
    expect(excel.responder.syncs).toBe(0);
    const problem = describeError(error);
    expect(problem.message.en).toMatch(/notes\.xlsx|xlsx|read/i);
    expect(problem.message.ky).not.toBe(problem.message.en);
  });
});
