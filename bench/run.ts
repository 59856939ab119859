/**
 * `npm run bench`: every speed and size figure of the project, readable by default and as one JSON object
 * with `--json`. Benchmarks measure; tests never assert on time.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { measureCore } from './core';
import { measureBatch } from './batch';
import { measureCorpus } from './corpus';
import { measureExcelCosts } from '../test/support/excel-host/measure';

type Figures = Record<string, number | string>;

const ROOT = path.join(__dirname, '..');

/**
 * A page's first-load size, as the production build reports it in dist/ (the pane in size.json, the
 * checker page in check-size.json); built here when dist/ has none.
 */
function firstLoadKb(file: string, key: string, log: (line: string) => void): number {
  const sizeFile = path.join(ROOT, 'dist', file);
  if (!fs.existsSync(sizeFile)) {
    log('building the pages to measure them (npm run build)…');
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'ignore' });
  }
  return (JSON.parse(fs.readFileSync(sizeFile, 'utf8')) as Record<string, number>)[key];
}

/** The benchmarks by name; `--only NAME` runs one and prints its figures as JSON. */
const MEASURES = {
  core: () => measureCore(),
  excel: () => measureExcelCosts(),
  batch: () => measureBatch(),
  corpus: () => measureCorpus(),
};
type MeasureName = keyof typeof MEASURES;
type FiguresOf<N extends MeasureName> = Awaited<ReturnType<(typeof MEASURES)[N]>>;

/**
 * One benchmark in a process of its own, as `tobokel check` runs: what one leaves in the heap (the core's
 * 12,000-row grids, the Excel client library) would otherwise be collected inside the next one's timings.
 */
function measureApart<N extends MeasureName>(name: N): FiguresOf<N> {
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--only', name], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as FiguresOf<N>;
}

function collect(log: (line: string) => void): Figures {
  log('core: checking a 10,000-row Appendix 1 and a 2,000-row Appendix 2…');
  const core = measureApart('core');
  log('excel: syncs and request sizes through Microsoft\'s Excel client library…');
  const excel = measureApart('excel');
  log('batch: checking 100 workbooks of 500 rows…');
  const batch = measureApart('batch');
  log('corpus: the factor matcher and the flags against the labelled corpus…');
  const corpus = measureApart('corpus');
  return {
    ...core,
    ...corpus,
    ...excel,
    batch_files_per_s: batch.batch_files_per_s,
    batch_overhead: batch.batch_overhead,
    batch_adds_to_loading: batch.adds_to_loading,
    taskpane_kb: firstLoadKb('size.json', 'taskpane_kb', log),
    checker_page_kb: firstLoadKb('check-size.json', 'checker_page_kb', log),
  };
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--only');
  if (only >= 0) {
    const name = process.argv[only + 1];
    if (!(name in MEASURES)) throw new Error(`--only takes one of ${Object.keys(MEASURES).join(', ')}, not ${name}`);
    process.stdout.write(`${JSON.stringify(await MEASURES[name as MeasureName]())}\n`);
    return;
  }
  const json = process.argv.includes('--json');
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const figures = collect(log);
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key.padEnd(width)}  ${value}\n`);
  process.stdout.write('\nTargets: check_ms < 500 and check_vs_parse < 20; syncs_insert <= 2, syncs_check_10 and _500 <= 3, syncs_check_5000 <= 6,\n'
    + 'syncs_clear_5000 <= 2, max_response_kb_check_5000 < 5120; batch_overhead < 0.25; taskpane_kb < 400; checker_page_kb < 400;\n'
    + 'factor_precision and flag_precision >= 0.95, factor_recall and flag_recall >= 0.90.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
