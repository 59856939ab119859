/**
 * Every operation at every ExcelApi version Tobokel meets — Excel 2016 (1.1) to Office 2021-era Excel
 * (1.13) — through the strict host, which refuses on both sides of the wire any member the played Excel
 * lacks. What a version lacks is skipped and named in the result, never an ApiNotFound.
 */
import { createExcelHost } from '../support/excel-host/client';
import { PLAYED_VERSIONS, hasApiSet } from '../support/excel-host/api-sets';
import { cellValue, createWorkbook, findSheet, getCell } from '../support/excel-host/model';
import { buildSheetPlan } from '../../src/registers/plans';
import { insertTemplate } from '../../src/excel/insert-template';
import { checkWorkbook } from '../../src/excel/check-workbook';
import { clearMarks, lastCheckOf } from '../../src/excel/clear-marks';
import { selectCell } from '../../src/excel/select-cell';
import { REQUIREMENTS, capabilitiesFrom } from '../../src/excel/capabilities';
import { markKindOf } from '../../src/excel/marks';
import type { SkippedFeature } from '../../src/checks/report';

/** Which feature each skip stands for, and the capability it needs. */
const SKIPS: Record<SkippedFeature['feature'], keyof typeof REQUIREMENTS> = {
  layout: 'layout',
  freeze: 'freezePanes',
  print: 'pageLayout',
  dropdowns: 'dataValidation',
  marks: 'conditionalFormats',
};

describe.each(PLAYED_VERSIONS)('at ExcelApi %s', (version) => {
  const expectedSkips = (features: SkippedFeature['feature'][]) => features.filter((f) => !hasApiSet(version, REQUIREMENTS[SKIPS[f]])).sort();

  it('inserts both appendices in Kyrgyz and Russian, with and without samples, then checks, goes to a finding and clears', async () => {
    const host = createExcelHost(createWorkbook(['Sheet1']), { excelApi: version });
    const capabilities = capabilitiesFrom(host.isSetSupported);
    const inserted: string[] = [];
    for (const kind of ['risks', 'positions'] as const) {
      for (const language of ['ky', 'ru'] as const) {
        for (const withSample of [true, false]) {
          const plan = buildSheetPlan({ kind, language, withSample, rowsPerHeading: 2, headings: kind === 'risks' ? ['permitting'] : [], year: 2026 });
          const result = await host.run((context) => insertTemplate(context, plan, capabilities));
          expect(result.skipped.map((s) => s.feature).sort()).toEqual(expectedSkips(['layout', 'freeze', 'print', 'dropdowns']));
          for (const s of result.skipped) expect(s.requirement).toBe(`ExcelApi ${REQUIREMENTS[SKIPS[s.feature]]}`);
          const sheet = findSheet(host.workbook, result.sheetName)!;
          // Every text as planned, none turned into a formula.
          for (const cell of plan.cells) {
            expect(getCell(sheet, cell.row, cell.column)?.formula).toBeUndefined();
            expect(cellValue(sheet, cell.row, cell.column)).toBe(cell.value);
          }
          expect(sheet.dataValidations.length > 0).toBe(capabilities.dataValidation);
          inserted.push(result.sheetName);
        }
      }
    }
    expect(new Set(inserted).size).toBe(8);

    const report = await host.run((context) => checkWorkbook(context, { today: new Date('2026-06-01T00:00:00Z'), capabilities }));
    expect(report.registers.map((r) => r.sheet).sort()).toEqual([...inserted].sort());
    expect((report.skipped ?? []).map((s) => s.feature)).toEqual(expectedSkips(['marks']));
    const marks = () => host.workbook.sheets.flatMap((s) => s.conditionalFormats.filter((cf) => markKindOf(cf.formula)));
    // The Order's own Appendix 2 samples are flagged positions: there is always something to mark.
    expect(report.flags.length).toBeGreaterThan(0);
    expect(marks().length > 0).toBe(capabilities.conditionalFormats);

    const flag = report.flags[0];
    await host.run((context) => selectCell(context, flag.sheet, flag.cell));
    expect(host.workbook.sheets.find((s) => s.id === host.workbook.activeSheetId)!.name).toBe(flag.sheet);

    const before = marks().length;
    const { cleared } = await host.run((context) => clearMarks(context, { capabilities, lastCheck: lastCheckOf(report) }));
    expect(cleared).toBe(before);
    expect(marks()).toEqual([]);
    expect(host.responder.failures).toEqual([]);
  });
});
