/**
 * What Tobokel's Excel operations cost, measured through Microsoft's own Excel client library against the
 * in-memory workbook host: round trips (syncs) and the largest request built. For `npm run bench`.
 * Node-only (it loads the client library into jsdom).
 */
import { createExcelHost } from './client';
import { createWorkbook } from './model';
import { riskRegister } from './registers';
import { buildSheetPlan } from '../../../src/registers/plans';
import { insertTemplate } from '../../../src/excel/insert-template';
import { checkWorkbook } from '../../../src/excel/check-workbook';
import { clearMarks, lastCheckOf } from '../../../src/excel/clear-marks';
import { ALL_CAPABILITIES } from '../../../src/excel/capabilities';

export interface ExcelCosts {
  /** Inserting the Appendix 1 form (Kyrgyz, the Order's sample rows, two headings). */
  syncs_insert: number;
  /** Checking and marking a 10-row register with an error in every tenth row. */
  syncs_check_10: number;
  syncs_check_500: number;
  /** 5,000 rows of long Kyrgyz texts (the Order's sample risk, about 900 bytes a row in UTF-8, 2.5 KB escaped). */
  syncs_check_5000: number;
  /** Clearing the marks of the 5,000-row check, given the sheets it marked (as the pane does). */
  syncs_clear_5000: number;
  /** The largest request (KB) built while checking and marking 5,000 rows with an error every tenth row. */
  max_request_kb_check_5000: number;
  /** The largest answer (KB) of that check, counted the larger way: UTF-8 or non-ASCII escaped. Excel on the web refuses 5,120. */
  max_response_kb_check_5000: number;
}

const TODAY = new Date('2026-06-01T00:00:00Z');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function measureInsert() {
  const host = createExcelHost(createWorkbook(['Sheet1']));
  const plan = buildSheetPlan({ kind: 'risks', language: 'ky', withSample: true, rowsPerHeading: 5, headings: ['permitting', 'services'], year: 2026 });
  await host.run((context) => insertTemplate(context, plan, ALL_CAPABILITIES));
  assertClean(host.responder.failures);
  return host.responder.syncs;
}

async function measureCheck(rows: number) {
  const { workbook } = riskRegister({ rows, errorEvery: 10 });
  const host = createExcelHost(workbook);
  const report = await host.run((context) => checkWorkbook(context, { today: TODAY, capabilities: ALL_CAPABILITIES }));
  const check = { syncs: host.responder.syncs, maxRequestBytes: host.responder.maxRequestBytes, maxResponseBytes: host.responder.maxResponseBytes };
  host.responder.resetStats();
  await host.run((context) => clearMarks(context, { lastCheck: lastCheckOf(report) }));
  const clear = host.responder.syncs;
  assertClean(host.responder.failures);
  return { check, clear };
}

function assertClean(failures: readonly string[]): void {
  if (failures.length) throw new Error(`Excel test host met unknown calls: ${failures.join('; ')}`);
}

/**
 * The figures `npm run bench -- --json` reports for the Excel adapter. The larger cases (a 3,000-row
 * insert, clearing without the sheet names, the banded read) are held by test/excel instead.
 */
export async function measureExcelCosts(): Promise<ExcelCosts> {
  const syncsInsert = await measureInsert();
  const small = await measureCheck(10);
  const medium = await measureCheck(500);
  const large = await measureCheck(5000);
  return {
    syncs_insert: syncsInsert,
    syncs_check_10: small.check.syncs,
    syncs_check_500: medium.check.syncs,
    syncs_check_5000: large.check.syncs,
    syncs_clear_5000: large.clear,
    max_request_kb_check_5000: kb(large.check.maxRequestBytes),
    max_response_kb_check_5000: kb(large.check.maxResponseBytes),
  };
}
