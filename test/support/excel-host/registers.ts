/**
 * Register workbooks for the adapter tests and the cost measurements: an Appendix 1 register typed as
 * the guide describes it (approval block, title, the Order's header verbatim, a function heading, rows),
 * of any length, with an error planted every n-th row. Built from the core's own plan text so the header
 * is exactly what Tobokel recognises. Pure TypeScript, no Node APIs.
 */
import { buildSheetPlan } from '../../../src/registers/plans';
import { SAMPLE_RISKS } from '../../../src/registers/samples';
import { Sheet, Workbook, createSheet, createWorkbook, putValues } from './model';

export interface RiskRegisterOptions {
  rows: number;
  /** Leave the structural unit (column C, required) empty in every n-th row: one error each. */
  errorEvery?: number;
  sheetName?: string;
}

export interface RiskRegister {
  workbook: Workbook;
  sheet: Sheet;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
}

/** Fills `sheet` (or a new workbook's only sheet) with an Appendix 1 register in Kyrgyz. */
export function riskRegister(options: RiskRegisterOptions, workbook: Workbook = createWorkbook([])): RiskRegister {
  const plan = buildSheetPlan({ kind: 'risks', language: 'ky', withSample: false, rowsPerHeading: 0, headings: ['permitting'], year: 2026 });
  const sheet = createSheet(workbook, options.sheetName ?? 'Тизме 1');
  if (!workbook.activeSheetId) workbook.activeSheetId = workbook.selection.sheetId = sheet.id;
  // The approval block, the title, the header and the heading row, as the plan writes them.
  for (const cell of plan.cells) if (cell.row <= plan.headerRow + 1) putValues(sheet, cell.row, cell.column, [[cell.value]]);
  putValues(sheet, 2, 7, [['2026-ж. "12" март']]);
  const sample = SAMPLE_RISKS.ky[0];
  const firstDataRow = plan.headerRow + 2;
  const rows: (string | number)[][] = [];
  for (let i = 1; i <= options.rows; i++) {
    const planted = options.errorEvery !== undefined && i % options.errorEvery === 0;
    rows.push([i, `${sample.function} (${i})`, planted ? '' : sample.unit, `${sample.risk} Учур №${i}.`, sample.category, sample.level, sample.scope, '']);
  }
  putValues(sheet, firstDataRow, 1, rows);
  return { workbook, sheet, headerRow: plan.headerRow, firstDataRow, lastDataRow: firstDataRow + options.rows - 1 };
}
