/**
 * writeSummarySheet through Microsoft's Excel client library and the in-memory host: the summary sheet
 * written from the core's plan, its heat map and chart, the registers untouched, refreshing replacing only
 * Tobokel's own summary, and at most 3 syncs for 5,000 rows.
 */
import { createExcelHost } from '../support/excel-host/client';
import { chartsOf } from '../support/excel-host/charts';
import { cellValue, createSheet, findSheet, formatCellAt, getCell, putValues, Sheet, snapshotSheet, workbookOfGrids } from '../support/excel-host/model';
import { riskRegister } from '../support/excel-host/registers';
import { writeSummarySheet } from '../../src/excel/summary-sheet';
import { ALL_CAPABILITIES, capabilitiesUpTo } from '../../src/excel/capabilities';
import { LEVEL_COLORS, SUMMARY_SHEET_NAMES, SUMMARY_TITLES, heatColor } from '../../src/checks/summary-plan';
import { summaryGrids } from '../summary/fixtures';

const TODAY = new Date('2026-06-01T00:00:00Z');


/** The row (1-based) whose first cell is `label`. */
function rowOf(sheet: Sheet, label: string): number {
  for (let r = 1; r < 200; r++) if (cellValue(sheet, r, 1) === label) return r;
  throw new Error(`no row ${label}`);
}

describe('the summary sheet in Excel', () => {
  it('writes the plan, heat map and chart on a new sheet and leaves the registers as they were', async () => {
    const workbook = workbookOfGrids(summaryGrids());
    const before = workbook.sheets.map(snapshotSheet);
    const host = createExcelHost(workbook);
    const result = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));
    expect(host.responder.failures).toEqual([]);
    expect(result.sheetName).toBe(SUMMARY_SHEET_NAMES.en);
    expect(workbook.sheets.slice(0, 2).map(snapshotSheet)).toEqual(before);

    const sheet = findSheet(workbook, SUMMARY_SHEET_NAMES.en)!;
    expect(cellValue(sheet, 1, 1)).toBe(SUMMARY_TITLES.en);
    const potential = rowOf(sheet, 'potential');
    expect([2, 3, 4, 5, 6].map((c) => cellValue(sheet, potential, c))).toEqual([0, 0, 0, 2, 2]);
    expect(formatCellAt(sheet, potential, 5).fill).toBe(LEVEL_COLORS.high);
    expect(formatCellAt(sheet, rowOf(sheet, 'situational'), 3).fill).toBe(heatColor('low', 1, 2));
    expect(formatCellAt(sheet, potential, 2).fill).toBeUndefined();

    const [chart] = chartsOf(sheet);
    expect(chart).toMatchObject({ type: 'ColumnStacked', seriesBy: 'Columns', title: 'Risk levels by function type', legendPosition: 'Bottom' });
    expect(chart.series.map((s) => [s.name, s.fill])).toEqual([['zero', LEVEL_COLORS.zero], ['low', LEVEL_COLORS.low], ['medium', LEVEL_COLORS.medium], ['high', LEVEL_COLORS.high]]);
    expect(chart.series[3].categories).toEqual(['provision of state services', 'permitting and registration']);
    expect(chart.series[3].values).toEqual([1, 2]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const grids = summaryGrids();
    // A unit typed with a leading dash, as people list things.
    grids[0].values[5][2] = '- Жер ресурстары бөлүмү';
    const workbook = workbookOfGrids(grids);
    const host = createExcelHost(workbook);
    await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));
    const sheet = findSheet(workbook, SUMMARY_SHEET_NAMES.en)!;
    const text = '- Жер ресурстары бөлүмү';
    const unitsHeader = rowOf(sheet, 'Structural unit');
    const cell = getCell(sheet, unitsHeader + 1, 1) as { value: unknown; formula?: string };
    // Sent with the apostrophe that keeps it text; a host that plays Excel's reading stores the text itself and no formula.
    expect(cell.value === `'${text}` || (cell.value === text && cell.formula === undefined)).toBe(true);
  });

  it('replaces only its own summary: a sheet of the same name without its title is left alone', async () => {
    const workbook = workbookOfGrids(summaryGrids());
    const host = createExcelHost(workbook);
    const first = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'ky', capabilities: ALL_CAPABILITIES }));
    const second = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'ky', capabilities: ALL_CAPABILITIES }));
    expect(second).toMatchObject({ sheetName: first.sheetName, replaced: first.sheetName });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Risks', 'Positions', SUMMARY_SHEET_NAMES.ky]);
    expect(chartsOf(findSheet(workbook, SUMMARY_SHEET_NAMES.ky)!)).toHaveLength(1);

    // A user's own sheet that happens to bear the English name: kept, and the new summary goes beside it.
    const mine = createSheet(workbook, SUMMARY_SHEET_NAMES.en);
    putValues(mine, 1, 1, [['My own notes']]);
    const third = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));
    // Tobokel's Kyrgyz summary is replaced by the English one; the user's sheet is not touched.
    expect(third.replaced).toBe(SUMMARY_SHEET_NAMES.ky);
    expect(third.sheetName).toBe(`${SUMMARY_SHEET_NAMES.en} (2)`);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Risks', 'Positions', SUMMARY_SHEET_NAMES.en, `${SUMMARY_SHEET_NAMES.en} (2)`]);
    expect(cellValue(findSheet(workbook, SUMMARY_SHEET_NAMES.en)!, 1, 1)).toBe('My own notes');
    expect(host.responder.failures).toEqual([]);
  });

  it('works on Excel 2016 (ExcelApi 1.1): everything but column widths', async () => {
    const workbook = workbookOfGrids(summaryGrids());
    const host = createExcelHost(workbook);
    await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'ru', capabilities: capabilitiesUpTo('1.1') }));
    expect(host.responder.failures).toEqual([]);
    expect(chartsOf(findSheet(workbook, SUMMARY_SHEET_NAMES.ru)!)).toHaveLength(1);
  });

  /** A register of `rows` rows with short texts: its values fit in one answer however Excel counts it. */
  function shortRegister(rows: number) {
    const register = riskRegister({ rows, errorEvery: 10 });
    putValues(register.sheet, register.firstDataRow, 2, Array.from({ length: rows }, (_, i) => [`Уруксат №${i + 1}`]));
    putValues(register.sheet, register.firstDataRow, 4, Array.from({ length: rows }, (_, i) => [`Кечиктирүү №${i + 1}`]));
    putValues(register.sheet, register.firstDataRow, 7, Array.from({ length: rows }, () => ['Бир орган']));
    return register;
  }

  // The check's own read (read-workbook.ts): up to a thousand rows in the sync after the sheet names, the
  // rest in bands sized from the bytes those rows took; then one sync writes the summary.
  it.each([
    [10, 3],
    [500, 3],
    [5000, 4],
  ])('costs at most its syncs for %i rows of short texts (%i), with requests far below 5 MB', async (rows, syncs) => {
    const { workbook, sheet } = shortRegister(rows);
    const before = snapshotSheet(sheet);
    const host = createExcelHost(workbook);
    const result = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));
    expect(host.responder.syncs).toBeLessThanOrEqual(syncs);
    expect(host.responder.maxRequestBytes).toBeLessThan(512 * 1024);
    expect(result.report.registers[0].rows).toBe(rows);
    expect(snapshotSheet(sheet)).toEqual(before);
    expect(host.responder.failures).toEqual([]);
  });

  it('reads 5,000 rows of long Kyrgyz texts in bands planned under 5 MB, never refused, and writes what an unlimited Excel would', async () => {
    const unlimited = riskRegister({ rows: 5000, errorEvery: 10 });
    const unlimitedHost = createExcelHost(unlimited.workbook);
    unlimitedHost.responder.limits.responseBytes = Number.POSITIVE_INFINITY;
    await unlimitedHost.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));

    const { workbook, sheet } = riskRegister({ rows: 5000, errorEvery: 10 });
    const before = snapshotSheet(sheet);
    const host = createExcelHost(workbook);
    const result = await host.run((context) => writeSummarySheet(context, { today: TODAY, language: 'en', capabilities: ALL_CAPABILITIES }));
    expect(result.report.registers[0].rows).toBe(5000);
    expect(host.responder.failures).toEqual([]);
    // The sheet names, the first thousand rows, a handful of bands, the write: as many as the check takes, plus none.
    expect(host.responder.syncs).toBeLessThanOrEqual(7);
    expect(host.responder.maxRequestBytes).toBeLessThan(512 * 1024);
    expect(snapshotSheet(sheet)).toEqual(before);
    const written = (book: typeof workbook) => snapshotSheet(findSheet(book, SUMMARY_SHEET_NAMES.en)!);
    expect(written(workbook)).toEqual(written(unlimited.workbook));
    // Every row is flagged under one unit: one line, its cells cut well below Excel's 32,767 characters a cell.
    const summary = findSheet(workbook, SUMMARY_SHEET_NAMES.en)!;
    const longest = Math.max(...[...summary.cells.values()].map((c) => String(c.value).length));
    expect(longest).toBeLessThan(1000);
  });
});
