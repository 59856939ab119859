/**
 * checkWorkbook and clearMarks through Microsoft's Excel client library and the in-memory workbook host:
 * the right cells marked with the right kind, flags apart, nothing else touched, clean clearing, and the
 * round trips and request sizes for 10 and 5,000 rows.
 */
import { createExcelHost } from '../support/excel-host/client';
import { contains, parseArea } from '../support/excel-host/address';
import { ConditionalFormatRecord, Sheet, createSheet, createWorkbook, findSheet, formatCellAt, putValues, snapshotSheet } from '../support/excel-host/model';
import { riskRegister } from '../support/excel-host/registers';
import { checkWorkbook } from '../../src/excel/check-workbook';
import { clearMarks, lastCheckOf } from '../../src/excel/clear-marks';
import { insertTemplate } from '../../src/excel/insert-template';
import { ALL_CAPABILITIES, ExcelCapabilities, capabilitiesUpTo } from '../../src/excel/capabilities';
import { ExcelActionError } from '../../src/excel/errors';
import { MarkKind, markKindOf } from '../../src/excel/marks';
import { buildSheetPlan } from '../../src/registers/plans';
import { LISTS_SHEET_NAME } from '../../src/registers/sheet-plan';
import type { Report, Severity } from '../../src/checks/report';
import { cellAddress } from '../../src/registers/grid';

const TODAY = new Date('2026-06-01T00:00:00Z');

function check(host: ReturnType<typeof createExcelHost>, capabilities: ExcelCapabilities = ALL_CAPABILITIES): Promise<Report> {
  return host.run((context) => checkWorkbook(context, { today: TODAY, capabilities }));
}

function marksOf(sheet: Sheet): ConditionalFormatRecord[] {
  return sheet.conditionalFormats.filter((cf) => markKindOf(cf.formula));
}

/** Which mark kinds cover a cell. */
function kindsAt(sheet: Sheet, address: string): MarkKind[] {
  const cell = parseArea(address);
  return marksOf(sheet).filter((cf) => cf.rects.some((r) => contains(r, cell))).map((cf) => markKindOf(cf.formula)!).sort();
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Every marked cell of a sheet as `A1 -> kinds`. */
function markedCells(sheet: Sheet): Map<string, MarkKind[]> {
  const out = new Map<string, MarkKind[]>();
  for (const cf of marksOf(sheet)) {
    for (const r of cf.rects) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const key = cellAddress(row, col);
          out.set(key, [...(out.get(key) ?? []), markKindOf(cf.formula)!].sort());
        }
      }
    }
  }
  return out;
}

describe('checkWorkbook', () => {
  it('marks each finding’s cell with its worst severity and each flagged position as a flag, nothing else', async () => {
    const { workbook, sheet } = riskRegister({ rows: 30, errorEvery: 10 });
    const host = createExcelHost(workbook);
    const report = await check(host);

    expect(report.registers).toEqual([expect.objectContaining({ sheet: sheet.name, kind: 'risks', rows: 30 })]);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(expect.arrayContaining(['C18', 'C28', 'C38']));
    expect(report.flags.length).toBeGreaterThan(0);

    // The expected picture, built from the report alone.
    const expected = new Map<string, MarkKind[]>();
    const worst = new Map<string, Severity>();
    for (const f of report.findings) if (!worst.has(f.cell) || RANK[f.severity] > RANK[worst.get(f.cell)!]) worst.set(f.cell, f.severity);
    for (const [cell, severity] of worst) expected.set(cell, [severity]);
    for (const flag of report.flags) expected.set(flag.cell, [...(expected.get(flag.cell) ?? []), 'flag' as MarkKind].sort());
    expect(markedCells(sheet)).toEqual(expected);

    expect(kindsAt(sheet, 'C18')).toEqual(['error', 'flag']);
    // Errors lie on top of flags (Excel's first rule wins a conflict).
    const error = marksOf(sheet).find((cf) => markKindOf(cf.formula) === 'error')!;
    const flag = marksOf(sheet).find((cf) => markKindOf(cf.formula) === 'flag')!;
    expect(error.priority).toBeLessThan(flag.priority);
    expect(error.format.fill).toBe('#FFC7CE');
    expect(flag.format).toMatchObject({ fill: '#E4DFEC', bold: true });
    expect(host.responder.failures).toEqual([]);
  });

  it('writes marks per run of cells: the three errors share one conditional format over a RangeAreas', async () => {
    const { workbook, sheet } = riskRegister({ rows: 30, errorEvery: 10 });
    const host = createExcelHost(workbook);
    await check(host);
    const errors = marksOf(sheet).filter((cf) => markKindOf(cf.formula) === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].rects).toEqual([18, 28, 38].map((row) => ({ top: row, bottom: row, left: 3, right: 3 })));
    // Without RangeAreas (ExcelApi 1.8): one conditional format per run, same cells.
    const older = riskRegister({ rows: 30, errorEvery: 10 });
    const olderHost = createExcelHost(older.workbook);
    await check(olderHost, capabilitiesUpTo('1.8'));
    expect(marksOf(older.sheet).filter((cf) => markKindOf(cf.formula) === 'error')).toHaveLength(3);
    expect(markedCells(older.sheet)).toEqual(markedCells(sheet));
  });

  it('never changes a value or a cell format, and does not pile marks up when run again', async () => {
    const { workbook, sheet } = riskRegister({ rows: 20, errorEvery: 7 });
    const host = createExcelHost(workbook);
    const before = snapshotSheet(sheet) as { cells: unknown };
    await check(host);
    const count = marksOf(sheet).length;
    await check(host);
    expect(marksOf(sheet)).toHaveLength(count);
    expect((snapshotSheet(sheet) as { cells: unknown }).cells).toEqual(before.cells);
  });

  it('check then clear leaves every value and format as it was, the user’s own conditional format included', async () => {
    const workbook = createWorkbook(['Notes']);
    putValues(workbook.sheets[0], 1, 1, [['unrelated', 42]]);
    const { sheet } = riskRegister({ rows: 25, errorEvery: 5 }, workbook);
    // The user's own formatting on cells Tobokel will mark: a fill, a bold font, and a conditional format.
    formatCellAt(sheet, 14, 3).fill = '#00B050';
    formatCellAt(sheet, 15, 4).bold = true;
    sheet.conditionalFormats.push({ id: '{USER-CF}', type: 'Custom', rects: [{ top: 9, left: 3, bottom: 40, right: 4 }], formula: '=LEN(C9)>200', format: { fontColor: '#FF0000' }, priority: 0, stopIfTrue: false });
    const host = createExcelHost(workbook);
    const before = workbook.sheets.map(snapshotSheet);

    const report = await check(host);
    expect(marksOf(sheet).length).toBeGreaterThan(0);
    expect(sheet.conditionalFormats.find((cf) => cf.id === '{USER-CF}')).toBeDefined();

    host.responder.resetStats();
    const { cleared } = await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(report) }));
    expect(cleared).toBeGreaterThan(0);
    expect(host.responder.syncs).toBeLessThanOrEqual(2);
    // Every sheet exactly as before: values, cell formats, merges, widths, the user's rule and its priority.
    expect(workbook.sheets.map(snapshotSheet)).toEqual(before);
    expect(host.responder.failures).toEqual([]);
  });

  it('clears every mark: on a sheet renamed since the check, on a copy the check never saw, and with no check to go by', async () => {
    const { workbook, sheet } = riskRegister({ rows: 12, errorEvery: 4 });
    const host = createExcelHost(workbook);
    const report = await check(host);
    const marks = marksOf(sheet).length;
    expect(marks).toBeGreaterThan(0);

    // Renamed after the check: found by id, still two syncs.
    sheet.name = 'Renamed';
    host.responder.resetStats();
    expect(await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(report) }))).toEqual({ cleared: marks });
    expect(marksOf(sheet)).toEqual([]);
    expect(host.responder.syncs).toBe(2);

    // A copy of a marked sheet made after the check carries the marks too: one sync more reads it.
    const again = await check(host);
    const copy = createSheet(workbook, 'Copy');
    copy.conditionalFormats = sheet.conditionalFormats.map((cf) => ({ ...cf, id: `${cf.id}-copy` }));
    host.responder.resetStats();
    expect(await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(again) }))).toEqual({ cleared: 2 * marks });
    expect([...marksOf(sheet), ...marksOf(copy)]).toEqual([]);
    expect(host.responder.syncs).toBe(3);

    // A sheet the check saw is gone: Excel refuses the lookup, and the clear reads the workbook as it is.
    const third = await check(host);
    workbook.sheets = workbook.sheets.filter((s) => s !== copy);
    expect(await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(third) }))).toEqual({ cleared: marks });

    // No check in this session (the pane was reloaded): every sheet is read.
    await check(host);
    host.responder.resetStats();
    expect(await host.run((context) => clearMarks(context))).toEqual({ cleared: marks });
    expect(marksOf(sheet)).toEqual([]);
    expect(host.responder.syncs).toBe(3);
    expect(host.responder.failures).toEqual([]);
  });

  it('reads registers it did not create, and skips the hidden lists sheet', async () => {
    const host = createExcelHost(createWorkbook(['Sheet1']));
    const plan = buildSheetPlan({ kind: 'positions', language: 'ky', withSample: true, rowsPerHeading: 0, headings: [], year: 2026 });
    await host.run((context) => insertTemplate(context, plan, ALL_CAPABILITIES));
    const report = await check(host);
    expect(report.registers.map((r) => r.sheet)).toEqual([plan.sheetName]);
    expect(report.findings.some((f) => f.sheet === LISTS_SHEET_NAME)).toBe(false);
    // Both of the Order's own Appendix 2 samples are corruption-prone positions.
    expect(report.flags.filter((f) => f.sheet === plan.sheetName)).toHaveLength(2);
    const sheet = findSheet(host.workbook, plan.sheetName)!;
    for (const flag of report.flags) expect(kindsAt(sheet, flag.cell)).toContain('flag');
  });

  it('marks nothing in a workbook without a register, and reports that', async () => {
    const workbook = createWorkbook(['Budget']);
    putValues(workbook.sheets[0], 1, 1, [['Item', 'Sum'], ['Paper', 120]]);
    const host = createExcelHost(workbook);
    const report = await check(host);
    expect(report.registers).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toEqual(['workbook.no-register']);
    expect(workbook.sheets[0].conditionalFormats).toEqual([]);
    expect(host.responder.syncs).toBe(2);
  });

  it('on an Excel without conditional formats (ExcelApi 1.5) reports without marking, and says so', async () => {
    const { workbook, sheet } = riskRegister({ rows: 10, errorEvery: 5 });
    const host = createExcelHost(workbook);
    const report = await check(host, capabilitiesUpTo('1.5'));
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.skipped).toEqual([expect.objectContaining({ feature: 'marks', requirement: 'ExcelApi 1.6' })]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(host.responder.syncs).toBe(2);
    await expect(host.run((context) => clearMarks(context, { capabilities: capabilitiesUpTo('1.5') }))).resolves.toEqual({ cleared: 0 });
    expect(host.responder.failures).toEqual([]);
  });

  it('turns a protected register sheet into a readable ExcelActionError and changes nothing', async () => {
    const { workbook, sheet } = riskRegister({ rows: 10, errorEvery: 5 });
    sheet.protected = true;
    const host = createExcelHost(workbook);
    const error = await check(host).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ action: 'check', problem: 'protected', code: 'InvalidOperation' });
    expect((error as ExcelActionError).messages.en).toMatch(/protected/);
    expect(sheet.conditionalFormats).toEqual([]);
    // The findings were made before Excel refused the marks: they come with the error.
    expect((error as ExcelActionError).report?.summary.errors).toBe(2);
  });

  it.each([
    [10, 3],
    [500, 3],
    [5000, 6],
  ])('checks %i rows of long Kyrgyz texts in at most %i syncs and clears in 2, every answer under 5 MB both ways', async (rows, syncs) => {
    const { workbook, sheet } = riskRegister({ rows, errorEvery: 10 });
    const host = createExcelHost(workbook);
    const report = await check(host);
    expect(report.summary.errors).toBe(rows / 10);
    expect(host.responder.syncs).toBeLessThanOrEqual(syncs);
    // The host counts each answer the larger way (UTF-8 or non-ASCII escaped) and refuses over 5 MB.
    expect(host.responder.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    // Bands are planned from the used range's size and the first rows read, not found by a refused read.
    expect(host.responder.refusals).toEqual([]);
    // Far below Excel on the web's 5 MB request limit: marks go per run, not per cell.
    expect(host.responder.maxRequestBytes).toBeLessThan(64 * 1024);
    expect(marksOf(sheet).length).toBeLessThan(20);
    host.responder.resetStats();
    await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(report) }));
    expect(host.responder.syncs).toBeLessThanOrEqual(2);
    expect(marksOf(sheet)).toEqual([]);
    expect(host.responder.failures).toEqual([]);
  });

  it('stays far below 5 MB per request for 5,000 rows even without RangeAreas (one format per run)', async () => {
    const { workbook } = riskRegister({ rows: 5000, errorEvery: 10 });
    const host = createExcelHost(workbook, { excelApi: '1.8' });
    await check(host, capabilitiesUpTo('1.8'));
    expect(host.responder.syncs).toBeLessThanOrEqual(6);
    expect(host.responder.maxRequestBytes).toBeLessThan(1024 * 1024);
  });

  it('reads two large registers without a refused answer: their first rows share the first read', async () => {
    const workbook = createWorkbook([]);
    const one = riskRegister({ rows: 2000, errorEvery: 10, sheetName: 'Бир' }, workbook);
    const two = riskRegister({ rows: 2000, errorEvery: 10, sheetName: 'Эки' }, workbook);
    const host = createExcelHost(workbook);
    const report = await check(host);
    expect(report.registers.map((r) => r.rows)).toEqual([2000, 2000]);
    expect(report.summary.errors).toBe(400);
    expect(host.responder.refusals).toEqual([]);
    expect(host.responder.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.responder.syncs).toBeLessThanOrEqual(6);
    expect(marksOf(one.sheet).length).toBeGreaterThan(0);
    expect(marksOf(two.sheet).length).toBeGreaterThan(0);
  });
});

describe('checkWorkbook when Excel on the web refuses a large answer', () => {
  it('gives up with a plain message, not thousands of round trips, when a stray cell stretches the used range', async () => {
    const { workbook, sheet } = riskRegister({ rows: 100, errorEvery: 10 });
    // A note in the last column, far below: 3,000 rows of 16,384 columns, mostly empty.
    putValues(sheet, 3000, 16384, [['x']]);
    const host = createExcelHost(workbook);
    const error = await check(host).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ExcelActionError', action: 'check', problem: 'too-large' });
    expect((error as ExcelActionError).messages.ky).toMatch(/бөлүп/);
    expect(host.responder.syncs).toBeLessThanOrEqual(45);
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it('halves what it reads until Excel accepts it, and still checks and marks everything', async () => {
    const { workbook, sheet } = riskRegister({ rows: 3000, errorEvery: 10 });
    const reference = riskRegister({ rows: 3000, errorEvery: 10 });
    const host = createExcelHost(workbook);
    // A 1 MB limit refuses the first thousand rows (about 2.4 MB escaped) and the planned bands.
    host.responder.limits.responseBytes = 1024 * 1024;
    const report = await check(host);
    const expected = await check(createExcelHost(reference.workbook));
    expect(report).toEqual(expected);
    expect(markedCells(sheet)).toEqual(markedCells(reference.sheet));
    // Refused, then read in halves until every answer fits.
    expect(host.responder.refusals.length).toBeGreaterThan(0);
    expect(host.responder.requests.filter((r) => r.responseBytes < 1024 * 1024).length).toBeGreaterThan(3);
    expect(host.responder.failures).toEqual([]);
  });
});
