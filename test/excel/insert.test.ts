/**
 * insertTemplate through Microsoft's Excel client library and the in-memory workbook host: what lands
 * where, the dropdowns and their sources, what an existing workbook keeps, and what it costs.
 */
import { createExcelHost } from '../support/excel-host/client';
import { cellValue, createWorkbook, findSheet, formatCellAt, getCell, putValues, snapshotSheet, usedRect, validationAt } from '../support/excel-host/model';
import { HostError } from '../support/excel-host/protocol';
import type { HostCall } from '../support/excel-host/responder';
import { buildSheetPlan } from '../../src/registers/plans';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { LISTS_SHEET_NAME } from '../../src/registers/sheet-plan';
import { insertTemplate, widthInPoints } from '../../src/excel/insert-template';
import { ALL_CAPABILITIES, capabilitiesUpTo } from '../../src/excel/capabilities';
import { ExcelActionError } from '../../src/excel/errors';
import { parseArea, splitSheet } from '../support/excel-host/address';

/** How many sheets the insert under test has added so far (for faults that hit the second). */
const seen = { sheets: 0 };

function plan(overrides: Partial<Parameters<typeof buildSheetPlan>[0]> = {}): SheetPlan {
  return buildSheetPlan({ kind: 'risks', language: 'ky', withSample: true, rowsPerHeading: 3, headings: ['permitting', 'services'], year: 2026, ...overrides });
}

/** The values a list validation's source range holds on the lists sheet. */
function listValues(workbook: ReturnType<typeof createWorkbook>, source: string): string[] {
  const { sheet, local } = splitSheet(source.replace(/^=/, ''));
  const lists = findSheet(workbook, sheet!)!;
  const area = parseArea(local);
  const out: string[] = [];
  for (let r = area.top; r <= area.bottom; r++) out.push(String(cellValue(lists, r, area.left)));
  return out;
}

describe('insertTemplate', () => {
  it('writes every planned cell verbatim into a new sheet named for the register, with its layout', async () => {
    const host = createExcelHost(createWorkbook(['Sheet1']));
    const p = plan();
    const result = await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));

    expect(result).toEqual({ sheetName: p.sheetName, skipped: [] });
    const sheet = findSheet(host.workbook, p.sheetName)!;
    expect(sheet).toBeDefined();
    for (const cell of p.cells) expect([cell.row, cell.column, cellValue(sheet, cell.row, cell.column)]).toEqual([cell.row, cell.column, cell.value]);
    // The header row is the Order's, verbatim.
    const header = p.cells.filter((c) => c.row === p.headerRow).map((c) => c.value);
    expect(header[1]).toBe('Мамлекеттик органдын функциялары/ кызматтык ыйгарым укуктары(*)');
    for (let c = 1; c <= p.lastColumn; c++) expect(cellValue(sheet, p.headerRow, c)).toBe(header[c - 1]);
    expect(sheet.merges).toEqual(p.merges);
    p.columnWidths.forEach((w, i) => expect(sheet.columnWidths.get(i + 1)).toBe(widthInPoints(w)));
    // Header style: bold, wrapped, bordered on every side.
    const headerFormat = formatCellAt(sheet, p.headerRow, 2);
    expect(headerFormat).toMatchObject({ bold: true, wrap: true, borders: { EdgeTop: 'Continuous', EdgeBottom: 'Continuous', EdgeLeft: 'Continuous', EdgeRight: 'Continuous' } });
    expect(sheet.freeze).toEqual({ rows: p.freezeRows, columns: 0 });
    // Wrapped rows get the heights the plan estimated; the header is among them.
    expect(p.rowHeights.map((h) => h.row)).toContain(p.headerRow);
    // …and the blank numbered rows are tall enough to write in by hand once printed.
    const writing = p.writingRows.flatMap(({ top, bottom, height }) => Array.from({ length: bottom - top + 1 }, (_, i) => [top + i, height]));
    expect(writing.length).toBeGreaterThan(0);
    expect([...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0])).toEqual([...p.rowHeights.map((h) => [h.row, h.height]), ...writing].sort((a, b) => a[0] - b[0]));
    const { margins, footer } = p.print;
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${p.headerRow}:$${p.headerRow}`,
      margins,
      centerHorizontally: true,
      footer,
    });
    expect(footer.center).toContain('&P');
    expect(host.workbook.activeSheetId).toBe(sheet.id);
    expect(host.responder.failures).toEqual([]);
  });

  it('formats per styled block, never per cell: the write batch hardly grows with the rows', async () => {
    const writeActions = async (rowsPerHeading: number) => {
      const host = createExcelHost();
      await host.run((context) => insertTemplate(context, plan({ rowsPerHeading }), ALL_CAPABILITIES));
      return host.responder.requests[1].actions;
    };
    const small = await writeActions(5);
    const large = await writeActions(400);
    // 790 more rows (6,000+ cells) cost only the client's own 1,500-cell chunking of the values, a handful of actions per chunk.
    expect(large - small).toBeLessThan(60);
  });

  it('adds dropdowns from the hidden lists sheet with the plan’s prompts and alert styles', async () => {
    const host = createExcelHost();
    const p = plan();
    await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));
    const sheet = findSheet(host.workbook, p.sheetName)!;
    const lists = findSheet(host.workbook, LISTS_SHEET_NAME)!;
    expect(lists.visibility).toBe('Hidden');
    expect(p.validations.length).toBeGreaterThan(0);
    for (const v of p.validations) {
      const dv = validationAt(sheet, v.area.top, v.area.left)!;
      expect(dv.rect).toEqual(v.area);
      const source = (dv.rule.list as { source: string }).source;
      expect(source).toMatch(/^='?Tobokel_lists'?!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
      expect(listValues(host.workbook, source)).toEqual(p.lists.find((l) => l.name === v.list)!.values);
      expect(dv.errorAlert).toMatchObject({ showAlert: true, style: v.alert === 'stop' ? 'Stop' : 'Warning', title: v.error.title.slice(0, 32) });
      expect(dv.prompt).toMatchObject({ showPrompt: true, title: v.prompt.title.slice(0, 32) });
    }
    // Category and level refuse other values; the function heading only warns (the list is open, p.6).
    const styles = new Map(p.validations.map((v) => [v.area.left, validationAt(sheet, v.area.top, v.area.left)!.errorAlert!.style]));
    expect(styles.get(5)).toBe('Stop');
    expect(styles.get(6)).toBe('Stop');
    expect(styles.get(1)).toBe('Warning');
    // The list names sit in row 1 of the lists sheet, one per column.
    expect(p.lists.map((_, i) => cellValue(lists, 1, i + 1))).toEqual(p.lists.map((l) => l.name));
  });

  it('leaves existing sheets untouched, and reuses Tobokel’s lists sheet without ever writing to it again', async () => {
    const workbook = createWorkbook(['Budget']);
    putValues(workbook.sheets[0], 1, 1, [['Item', 'Sum'], ['Paper', 120]]);
    formatCellAt(workbook.sheets[0], 1, 1).fill = '#00FF00';
    const host = createExcelHost(workbook);
    const budgetBefore = snapshotSheet(workbook.sheets[0]);

    await host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES));
    const lists = findSheet(workbook, LISTS_SHEET_NAME)!;
    // Someone writes a note beside the lists and renames the sheet; later forms must not touch either.
    const width = usedRect(lists, true)!.right;
    putValues(lists, 1, width + 1, [['my note']]);
    lists.name = 'Тизмелер';
    const listsBefore = snapshotSheet(lists);
    const names = workbook.names.length;

    await host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES));
    // The Russian form finds its lists on the same sheet: the first insert wrote both languages.
    const ru = plan({ language: 'ru' });
    await host.run((context) => insertTemplate(context, ru, ALL_CAPABILITIES));

    expect(snapshotSheet(lists)).toEqual(listsBefore);
    expect(snapshotSheet(workbook.sheets[0])).toEqual(budgetBefore);
    expect(workbook.names).toHaveLength(names);
    expect(workbook.sheets.filter((s) => s.visibility === 'Hidden')).toHaveLength(1);
    const ruSheet = findSheet(workbook, ru.sheetName)!;
    for (const v of ru.validations) {
      const source = (validationAt(ruSheet, v.area.top, v.area.left)!.rule.list as { source: string }).source;
      expect(source.startsWith('=Тизмелер!') || source.startsWith("='Тизмелер'!")).toBe(true);
      expect(listValues(workbook, source)).toEqual(ru.lists.find((l) => l.name === v.list)!.values);
    }
    expect(host.responder.failures).toEqual([]);
  });

  it('never writes a user’s own sheet called Tobokel_lists: its lists go to a sheet of another name', async () => {
    const workbook = createWorkbook(['Tobokel_lists']);
    // A visible sheet of the user's reaching column XFB: writing lists "right of it" would leave the grid.
    putValues(workbook.sheets[0], 1, 1, [['mine']]);
    putValues(workbook.sheets[0], 1, 16382, [['far right']]);
    const before = snapshotSheet(workbook.sheets[0]);
    const host = createExcelHost(workbook);
    const p = plan();
    await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));
    expect(snapshotSheet(workbook.sheets[0])).toEqual(before);
    const lists = findSheet(workbook, 'Tobokel_lists (2)')!;
    expect(lists.visibility).toBe('Hidden');
    expect(usedRect(lists, true)!.right).toBeLessThan(20);
    const sheet = findSheet(workbook, p.sheetName)!;
    for (const v of p.validations) {
      const source = (validationAt(sheet, v.area.top, v.area.left)!.rule.list as { source: string }).source;
      expect(source.startsWith("='Tobokel_lists (2)'!")).toBe(true);
      expect(listValues(workbook, source)).toEqual(p.lists.find((l) => l.name === v.list)!.values);
    }
  });

  it('keeps every text as text: Appendix 2’s footnotes «- жогорку;» are not formulas', async () => {
    for (const language of ['ky', 'ru'] as const) {
      const host = createExcelHost();
      const p = plan({ kind: 'positions', language, headings: [] });
      const dashed = p.cells.filter((c) => typeof c.value === 'string' && /^[-=+@]/.test(c.value));
      expect(dashed.length).toBeGreaterThan(0);
      await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));
      const sheet = findSheet(host.workbook, p.sheetName)!;
      for (const cell of p.cells) {
        expect(getCell(sheet, cell.row, cell.column)?.formula).toBeUndefined();
        expect(cellValue(sheet, cell.row, cell.column)).toBe(cell.value);
      }
    }
  });

  it('picks a unique sheet name when the register’s name is taken', async () => {
    const p = plan();
    const host = createExcelHost(createWorkbook([p.sheetName.toUpperCase(), `${p.sheetName} (2)`]));
    const first = await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));
    expect(first.sheetName).toBe(`${p.sheetName} (3)`);
    const long = { ...p, sheetName: 'Коррупциялык тобокелдиктердин тизмеси: 2026/1' };
    const second = await host.run((context) => insertTemplate(context, long, ALL_CAPABILITIES));
    expect(second.sheetName.length).toBeLessThanOrEqual(31);
    expect(second.sheetName).not.toMatch(/[:\\/?*[\]]/);
    expect(findSheet(host.workbook, second.sheetName)).toBeDefined();
  });

  it.each([
    ['1.7 (Office 2019)', '1.7', ['print', 'dropdowns']],
    ['1.5', '1.5', ['freeze', 'print', 'dropdowns']],
  ])('on ExcelApi %s inserts the form and says what it skipped', async (_label, version, features) => {
    const host = createExcelHost();
    const p = plan();
    const result = await host.run((context) => insertTemplate(context, p, capabilitiesUpTo(version)));
    expect(result.skipped.map((s) => s.feature).sort()).toEqual([...features].sort());
    for (const s of result.skipped) {
      expect(s.requirement).toMatch(/^ExcelApi 1\.\d+$/);
      expect(s.messages.ky && s.messages.ru && s.messages.en).toBeTruthy();
    }
    const sheet = findSheet(host.workbook, p.sheetName)!;
    expect(cellValue(sheet, p.headerRow, 4)).toBe(p.cells.find((c) => c.row === p.headerRow && c.column === 4)!.value);
    expect(sheet.dataValidations).toEqual([]);
    expect(findSheet(host.workbook, LISTS_SHEET_NAME)).toBeUndefined();
    expect(host.responder.failures).toEqual([]);
  });

  it('on a workbook whose structure is protected, says so in every language and adds nothing', async () => {
    const host = createExcelHost(createWorkbook(['Sheet1']));
    host.workbook.structureProtected = true;
    const error = await host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ action: 'insert', problem: 'protected', code: 'AccessDenied' });
    expect((error as ExcelActionError).messages.ky).toMatch(/корголгон/);
    expect((error as ExcelActionError).messages.ru).toMatch(/защищены/);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    // Read, refused write, and one look for anything to undo: nothing was added, so nothing to delete.
    expect(host.responder.syncs).toBe(3);
  });

  it.each([
    ['the lists sheet refuses its values', (call: HostCall) => call.type === 'Range' && call.name === 'Values' && seen.sheets >= 2],
    ['a dropdown is refused (a limit)', (call: HostCall) => call.type === 'DataValidation' && call.name === 'ErrorAlert'],
    ['activating the new sheet fails', (call: HostCall) => call.type === 'Worksheet' && call.name === 'Activate'],
  ])('is all or nothing: when %s, no sheet and no name it added remains, and the person reads why', async (_label, when) => {
    const workbook = createWorkbook(['Sheet1']);
    putValues(workbook.sheets[0], 1, 1, [['mine']]);
    const before = workbook.sheets.map(snapshotSheet);
    const host = createExcelHost(workbook);
    seen.sheets = 0;
    host.responder.failOn = (call) => {
      if (call.type === 'WorksheetCollection' && call.name === 'Add') seen.sheets++;
      return when(call) ? new HostError('GeneralException', 'Excel could not complete the operation.') : undefined;
    };
    const error = await host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ExcelActionError', action: 'insert', problem: 'general', code: 'GeneralException' });
    expect((error as ExcelActionError).messages.ru).toMatch(/повторите/);
    expect(workbook.sheets.map(snapshotSheet)).toEqual(before);
    expect(workbook.names).toEqual([]);
    // A retry that succeeds leaves exactly one form and one lists sheet.
    host.responder.failOn = undefined;
    await host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', plan().sheetName, LISTS_SHEET_NAME]);
  });

  it('turns cell-edit mode into a readable ExcelActionError', async () => {
    const host = createExcelHost();
    host.workbook.cellEditMode = true;
    await expect(host.run((context) => insertTemplate(context, plan(), ALL_CAPABILITIES))).rejects.toMatchObject({
      name: 'ExcelActionError',
      problem: 'edit-mode',
      code: 'InvalidOperationInCellEditMode',
    });
  });

  it.each([
    ['10 rows', 5, ['permitting', 'services']],
    ['3,000 rows (the largest form the plan builder makes)', 500, ['control', 'property', 'services', 'permitting', 'jurisdictional', 'normMaking']],
  ])('takes at most 2 syncs for %s', async (_label, rowsPerHeading, headings) => {
    const host = createExcelHost();
    const p = plan({ rowsPerHeading: rowsPerHeading as number, headings: headings as string[], withSample: false });
    await host.run((context) => insertTemplate(context, p, ALL_CAPABILITIES));
    expect(host.responder.syncs).toBeLessThanOrEqual(2);
    expect(host.responder.maxRequestBytes).toBeLessThan(1024 * 1024);
    expect(host.responder.failures).toEqual([]);
  });
});
