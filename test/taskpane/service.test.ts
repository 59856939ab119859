/**
 * The pane's service layer through the real wiring, the real adapter and Microsoft's Excel client
 * library with the in-memory workbook host: the same code path the pane runs in Excel.
 */
import { createExcelHost } from '../support/excel-host/client';
import { createWorkbook, findSheet } from '../support/excel-host/model';
import { hostFromTestHook, browserHost } from '../../src/taskpane/host';
import { createExcelActions, paneCapabilities } from '../../src/taskpane/services/excel-actions';
import { describeError } from '../../src/taskpane/services/errors';
import { STRINGS } from '../../src/taskpane/strings';

const upTo = (minor: number) => (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= minor;

function setup(isSetSupported = upTo(99)) {
  const excel = createExcelHost(createWorkbook(['Sheet1']));
  const host = hostFromTestHook({ run: excel.run, isSetSupported });
  return { excel, actions: createExcelActions(host) };
}

describe('ExcelActions over the Excel test host', () => {
  test('insert, check, go to a finding, clear: one path, no unknown calls', async () => {
    const { excel, actions } = setup();
    const inserted = await actions.insertTemplate({ kind: 'risks', language: 'ky', withSample: true, rowsPerHeading: 2, headings: ['permitting', 'services'] });
    expect(inserted.skipped).toEqual([]);
    expect(findSheet(excel.workbook, inserted.sheetName)).toBeDefined();

    const report = await actions.check();
    expect(report.registers.map((r) => [r.sheet, r.kind])).toEqual([[inserted.sheetName, 'risks']]);
    expect(report.findings.length).toBeGreaterThan(0);

    const target = report.findings[0];
    await actions.selectCell(target.sheet, target.cell);
    const sheet = findSheet(excel.workbook, target.sheet)!;
    expect(excel.workbook.selection.sheetId).toBe(sheet.id);
    expect(excel.workbook.selection.rect.top).toBe(target.row);

    const marksBefore = sheet.conditionalFormats.length;
    expect(marksBefore).toBeGreaterThan(0);
    const { cleared } = await actions.clearMarks();
    expect(cleared).toBeGreaterThan(0);
    expect(sheet.conditionalFormats.length).toBe(0);
    expect(excel.responder.failures).toEqual([]);
  });

  test('an older Excel (ExcelApi 1.7) inserts without dropdowns and says so', async () => {
    const { actions } = setup(upTo(7));
    expect(actions.capabilities).toEqual({ inExcel: true, basic: true, dropdowns: false, conditionalFormats: true });
    const inserted = await actions.insertTemplate({ kind: 'positions', language: 'ru', withSample: false, rowsPerHeading: 3, headings: [] });
    expect(inserted.skipped.map((s) => s.feature)).toContain('dropdowns');
  });

  test('a cell in edit mode rejects with a message that says what to do', async () => {
    const { excel, actions } = setup();
    excel.workbook.cellEditMode = true;
    const error = await actions.check().then(
      () => undefined,
      (e: unknown) => e,
    );
    const problem = describeError(error);
    expect(problem.message.en).toMatch(/edit/i);
    expect(problem.message.ky).not.toBe('');
  });
});

describe('capabilities and hosts', () => {
  test('a plain browser tab can do nothing and its run rejects', async () => {
    const host = browserHost('ru-RU');
    expect(paneCapabilities(host)).toEqual({ inExcel: false, basic: false, dropdowns: false, conditionalFormats: false });
    const problem = describeError(await host.run(async () => 1).catch((e: unknown) => e));
    expect(problem.message).toEqual(STRINGS.errorNotInExcel);
  });

  test('the test hook defaults to a current Excel in English', () => {
    const host = hostFromTestHook({ run: async (batch) => batch({} as Excel.RequestContext) });
    expect(host.displayLanguage).toBe('en-US');
    expect(paneCapabilities(host)).toEqual({ inExcel: true, basic: true, dropdowns: true, conditionalFormats: true });
  });
});
