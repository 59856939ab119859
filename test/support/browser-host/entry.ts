/**
 * The browser side of the task pane's end-to-end test. The page loads it right after Microsoft's Excel
 * client library (`excel-web-16.00.js`), in place of Office.js from the CDN, and before the pane's bundle:
 * it installs the Excel test host (install.ts: every `context.sync()` of the real client library goes to
 * our responder over an in-memory workbook) and hands the pane its runner through the seam in
 * src/taskpane/host.ts. So the pane runs exactly the Office.js code it runs in Excel; only what answers
 * the requests differs.
 *
 * It also exposes `window.__TOBOKEL_E2E__` (api.ts) so the test can see what the pane did to the workbook.
 */
import type { TestHostHook } from '../../../src/taskpane/host';
import { areaAddress, columnName, parseArea } from '../excel-host/address';
import { DEFAULT_EXCEL_API } from '../excel-host/api-sets';
import { type ClientLibraryWindow, installExcelHost } from '../excel-host/install';
import { type HostValue, type Workbook, createWorkbook, findSheet, snapshotSheet, touchCell } from '../excel-host/model';
import type { E2EHostApi } from './api';

function sheetNamed(workbook: Workbook, name: string) {
  const sheet = findSheet(workbook, name);
  // A wrong name in the test must say so, not read as an empty sheet.
  if (!sheet) throw new Error(`no sheet “${name}” in the test workbook (sheets: ${workbook.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

function install(): void {
  const win = window as unknown as Window & ClientLibraryWindow;
  const config = window.__TOBOKEL_E2E_CONFIG__ ?? {};
  // A new workbook as Excel opens it: one empty sheet, the user's own, which the pane must leave alone.
  // Strict as in the unit tests: the played ExcelApi version holds both the client library's own check
  // and the responder, which refuses any member newer than it (the table comes from the test).
  const host = installExcelHost(win, createWorkbook(['Sheet1']), {
    excelApi: config.excelApiUpTo === undefined ? DEFAULT_EXCEL_API : `1.${config.excelApiUpTo}`,
    apiSets: config.apiSets,
  });
  const { workbook, responder } = host;
  const displayLanguage = config.displayLanguage ?? 'ky-KG';

  const hook: TestHostHook = {
    run: (batch) => host.run(batch),
    displayLanguage,
    isSetSupported: host.isSetSupported,
    themeBackground: config.themeBackground ?? '#ffffff',
  };
  window.__TOBOKEL_TEST_HOST__ = hook;

  const api: E2EHostApi = {
    displayLanguage,
    strictness: () => ({ excelApi: host.excelApi, members: Object.keys(config.apiSets ?? {}).length }),
    sheets: () =>
      workbook.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        conditionalFormats: sheet.conditionalFormats.map((cf) => ({ id: cf.id, formula: cf.formula, rects: cf.rects.map(areaAddress) })),
        dataValidations: sheet.dataValidations.length,
      })),
    values: (name) => {
      const out: Record<string, HostValue> = {};
      for (const [key, cell] of sheetNamed(workbook, name).cells) {
        if (cell.value === '') continue;
        // The model keys cells `row,column` (address.ts cellKey).
        const [row, column] = key.split(',').map(Number);
        out[`${columnName(column)}${row}`] = cell.value;
      }
      return out;
    },
    snapshot: () => workbook.sheets.map(snapshotSheet),
    selection: () => ({
      activeSheet: workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? '',
      sheet: workbook.sheets.find((s) => s.id === workbook.selection.sheetId)?.name ?? '',
      address: areaAddress(workbook.selection.rect),
    }),
    setValue: (name, address, value) => {
      const rect = parseArea(address);
      touchCell(sheetNamed(workbook, name), rect.top, rect.left).value = value;
    },
    failures: () => [...responder.failures],
    syncs: () => responder.syncs,
  };
  window.__TOBOKEL_E2E__ = api;
}

install();
