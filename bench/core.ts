/**
 * The core benchmark of issue 2: check a generated 10,000-row Appendix 1 and a 2,000-row Appendix 2, and
 * compare with JSON.parse of the same grids, a floor any reader of the data must pay anyway.
 */
import { performance } from 'perf_hooks';
import { checkGrids, clearTextCaches } from './shipped';
import { middleMean } from './stats';
import { positionRegisterGrid, riskRegisterGrid } from './registers';

export interface CoreResult {
  check_ms: number;
  parse_ms: number;
  check_vs_parse: number;
  risk_rows: number;
  position_rows: number;
  findings: number;
  flags: number;
}

function time(runs: number, work: () => unknown): number {
  work(); // Warm the JIT so the first run's compilation is not counted.
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return middleMean(samples);
}

export function measureCore(riskRows = 10000, positionRows = 2000, runs = 12): CoreResult {
  const grids = [riskRegisterGrid(riskRows), positionRegisterGrid(positionRows)];
  const json = JSON.stringify(grids);
  const today = new Date();
  const report = checkGrids(grids, { today });
  // Cold caches each run: a reviewer's first check of a file pays for reading every text.
  const checkMs = time(runs, () => {
    clearTextCaches();
    checkGrids(grids, { today });
  });
  // Every other parse pays for a scavenge (stats.ts): a parse is short, and more runs give both kinds their shares.
  const parseMs = time(runs * 4, () => JSON.parse(json));
  return {
    check_ms: round(checkMs),
    parse_ms: round(parseMs),
    check_vs_parse: round(checkMs / parseMs),
    risk_rows: riskRows,
    position_rows: positionRows,
    findings: report.findings.length,
    flags: report.flags.length,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
