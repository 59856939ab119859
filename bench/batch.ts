/**
 * The batch benchmark of issue 5: 100 generated Appendix 1 workbooks of 500 rows, checked as
 * `tobokel check` does. It times ExcelJS's own load alone, then the whole path (inspection, load, grids,
 * registers, rules), and reports the share of the total spent beyond loading (`batch_overhead`, target
 * under 0.25 since issue 12) and what checking adds to loading (`adds_to_loading`, issue 5's figure).
 * `bench/run.ts` (the lead's) calls `measureBatch`.
 */
import { performance } from 'perf_hooks';
import { PLAN_STYLES } from '../src/registers/plans';
import { printSetup } from '../src/registers/print-setup';
import type { PlannedCell, SheetPlan } from '../src/registers/sheet-plan';
import { checkGrids, excelJsLoad, readWorkbook, writePlans } from './shipped';
import { riskRegisterGrid } from './registers';
import { middleMean } from './stats';

/** Rounds over the files; each file's first and last quarter of runs are dropped (stats.ts). */
const ROUNDS = 5;

export interface BatchResult {
  batch_files_per_s: number;
  /** Share of the whole check's time spent beyond ExcelJS's own loading, 0..1. */
  batch_overhead: number;
  /** Time to check all files, ms. */
  total_ms: number;
  /** ExcelJS's load alone for the same files, ms. */
  load_ms: number;
  /**
   * (total - load) / load: what checking adds to loading. Issue 5 asked for under 0.25; issue 12 set the
   * target on `batch_overhead` instead (under 0.25 of the total, so this under 0.33), and that is the one tracked.
   */
  adds_to_loading: number;
  files: number;
  rows_per_file: number;
}

export interface BatchOptions {
  files?: number;
  rows?: number;
}

/**
 * One Appendix 1 register of `rows` rows as a workbook plan: the core benchmark's own generated rows
 * (bench/registers.ts: varied texts, a mistake in every tenth row), so both benchmarks check the same
 * content; `seed` varies the function texts from file to file.
 */
export function generateRegister(seed: number, rows: number): SheetPlan {
  const grid = riskRegisterGrid(rows);
  const cells: PlannedCell[] = [];
  grid.values.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null || value === '' || typeof value === 'boolean' || typeof value === 'object') return;
      const text = c === 1 && typeof value === 'string' && r > HEADER_INDEX ? `${value} / ${seed}` : value;
      cells.push({ row: grid.firstRow + r, column: grid.firstColumn + c, value: text, style: r === HEADER_INDEX ? 'header' : 'cell' });
    });
  });
  const lastRow = grid.firstRow + grid.values.length - 1;
  const headerRow = grid.firstRow + HEADER_INDEX;
  const widths = [5, 30, 25, 50, 18, 15, 30, 15];
  return {
    kind: 'risks', language: 'ky', sheetName: grid.sheet, columnWidths: widths, cells,
    blocks: [{ top: headerRow, left: 1, bottom: lastRow, right: 8, style: 'cell' }], merges: [],
    validations: [], lists: [], headerRow, freezeRows: headerRow, lastRow, lastColumn: 8, rowHeights: [], writingRows: [],
    print: printSetup('risks', 'ky', widths, headerRow), styles: PLAN_STYLES,
  };
}

/** riskRegisterGrid puts the approval block in rows 1-2 and the header in row 4. */
const HEADER_INDEX = 3;

export async function measureBatch(options: BatchOptions = {}): Promise<BatchResult> {
  const files = options.files ?? 100;
  const rows = options.rows ?? 500;
  const buffers: Buffer[] = [];
  for (let i = 0; i < files; i += 1) buffers.push(await writePlans([generateRegister(i, rows)]));
  const today = new Date(Date.UTC(2026, 5, 1));

  const checkOne = async (buffer: Buffer, i: number) => {
    const grids = await readWorkbook(buffer, { file: `body-${i}.xlsx` });
    const report = checkGrids(grids, { today, file: `body-${i}.xlsx` });
    if (report.registers.length !== 1) throw new Error(`benchmark workbook ${i} was not read as one register`);
  };
  // Warm both paths (JIT, module init), then time each file both ways back to back, over several rounds:
  // pairing the two measurements of a file keeps a burst of someone else's work on the shared machine
  // from landing on one path only, and each file's middle runs (stats.ts) keep the collections each path
  // causes, which a batch pays.
  for (const [i, buffer] of buffers.slice(0, 5).entries()) {
    await excelJsLoad(buffer);
    await checkOne(buffer, i);
  }
  const loadRuns = buffers.map((): number[] => []);
  const checkRuns = buffers.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [i, buffer] of buffers.entries()) {
      loadRuns[i].push(await timed(() => excelJsLoad(buffer).then(() => undefined)));
      checkRuns[i].push(await timed(() => checkOne(buffer, i)));
    }
  }
  const loadMs = loadRuns.map(middleMean);
  const checkMs = checkRuns.map(middleMean);
  const load = loadMs.reduce((a, b) => a + b, 0);
  const total = checkMs.reduce((a, b) => a + b, 0);
  return {
    batch_files_per_s: round2(files / (total / 1000)),
    batch_overhead: round3(Math.max(0, total - load) / total),
    total_ms: Math.round(total),
    load_ms: Math.round(load),
    adds_to_loading: round3(Math.max(0, total - load) / load),
    files,
    rows_per_file: rows,
  };
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
