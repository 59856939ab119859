/** The real wiring: the core's plan builder and the Office.js adapter, with this host's capabilities. */
import { buildSheetPlan } from '../../registers/plans';
import { capabilitiesFrom, checkWorkbook, clearMarks, insertTemplate, lastCheckOf, readWorkbookRegisters, selectCell, toExcelActionError, writeSummarySheet } from '../../excel';
import { diffRegisters } from '../../checks/diff';
import { diffView } from '../../checks/diff-view';
import type { TobokelHost } from '../host';
import { readLastYear } from './last-year';
import type { Wiring } from './wiring';

/** From the host rather than `detectCapabilities()`, so the test host can play an older Excel. */
const capabilitiesOf = (host: TobokelHost) => capabilitiesFrom((name, version) => host.isSetSupported(name, version));

export const wiring: Wiring = {
  insertTemplate(context, options, host) {
    const plan = buildSheetPlan({ ...options, year: new Date().getFullYear() });
    return insertTemplate(context, plan, capabilitiesOf(host));
  },
  checkWorkbook(context, today, host) {
    return checkWorkbook(context, { today, capabilities: capabilitiesOf(host) });
  },
  clearMarks(context, host, lastReport) {
    const lastCheck = lastReport && lastCheckOf(lastReport);
    return clearMarks(context, { capabilities: capabilitiesOf(host), ...(lastCheck ? { lastCheck } : {}) });
  },
  selectCell(context, sheet, cell) {
    return selectCell(context, sheet, cell);
  },
  writeSummary(context, today, language, host) {
    return writeSummarySheet(context, { today, language, capabilities: capabilitiesOf(host) });
  },
  readRegisters(context, host) {
    return readWorkbookRegisters(context, capabilitiesOf(host));
  },
  readLastYear,
  compare(lastYear, thisYear, lastYearFile) {
    const diff = diffRegisters(lastYear, thisYear);
    const files = { old: lastYearFile };
    return { ky: diffView(diff, files, 'ky'), ru: diffView(diff, files, 'ru'), en: diffView(diff, files, 'en') };
  },
  translateError: toExcelActionError,
};
