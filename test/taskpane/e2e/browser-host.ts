/**
 * Browser entry for the end-to-end test: the Excel test host (test/support/excel-host) bundled for a
 * page, exposed as `window.__TOBOKEL_E2E__`. The page loads Microsoft's excel-web-16.00.js first.
 */
import { installExcelHost } from '../../support/excel-host/install';
import { createWorkbook, findSheet, cellValue } from '../../support/excel-host/model';

(window as unknown as Record<string, unknown>).__TOBOKEL_E2E__ = { installExcelHost, createWorkbook, findSheet, cellValue };
