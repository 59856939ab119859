/**
 * Node-only part of the test host: loads Microsoft's Excel client library (`excel-web-16.00.js` from
 * `@microsoft/office-js`) into a jsdom window; `install.ts` then routes every `context.sync()` to our
 * responder through `OfficeExtension.HttpUtility.setCustomSendRequestFunc`. A browser page loads the same
 * library with a <script> tag and uses install.ts directly; everything else here is shared with it.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import type { JSDOM as JSDOMType } from 'jsdom';
import { Workbook, createWorkbook } from './model';
import { ClientLibraryWindow, InstalledHost, installExcelHost } from './install';
import { ApiSetTable, parseApiSets } from './api-sets';
import type { HostOptions } from './responder';

/**
 * jsdom 29 (the project's) pulls in ES modules that Jest's CommonJS module registry refuses to load
 * (Node 20's own `require` loads them, so the bench under tsx is fine). Under Jest we fall back to the
 * CommonJS jsdom 26 that `jest-environment-jsdom` ships — the same DOM the pane's Jest tests run in.
 */
function loadJsdom(): typeof JSDOMType {
  try {
    return (createRequire(__filename)('jsdom') as { JSDOM: typeof JSDOMType }).JSDOM;
  } catch (error) {
    const fromJestEnvironment = createRequire(require.resolve('jest-environment-jsdom'));
    try {
      return (fromJestEnvironment('jsdom') as { JSDOM: typeof JSDOMType }).JSDOM;
    } catch {
      throw error;
    }
  }
}

let client: ClientLibraryWindow | undefined;
let apiSets: ApiSetTable | undefined;

function libraryFile(name: string): string {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', name);
}

/** Which ExcelApi version each member needs, read from the client library's own guards (api-sets.ts). */
export function excelApiSets(): ApiSetTable {
  apiSets ??= parseApiSets(fs.readFileSync(libraryFile('excel-web-16.00.debug.js'), 'utf8'));
  return apiSets;
}

/** The real client library in a jsdom window, loaded once per test file (about 0.1 s). */
export function loadExcelClient(): ClientLibraryWindow {
  if (client) return client;
  const file = libraryFile('excel-web-16.00.js');
  const dom = new (loadJsdom())('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  const win = dom.window as unknown as ClientLibraryWindow & { eval(code: string): unknown };
  win.eval(fs.readFileSync(file, 'utf8'));
  if (!win.Excel?.RequestContext || !win.OfficeExtension?.HttpUtility) throw new Error(`${file} did not define Excel and OfficeExtension`);
  client = win;
  return client;
}

export interface ExcelHost extends InstalledHost {
  /** The client library's `Excel` namespace (enums, `Excel.run`). */
  Excel: typeof Excel;
}

/**
 * A workbook host behind the real client library: `host.run(batch)` is `Excel.run` as the add-in sees it.
 * Strict by default: it plays Excel at `excelApi` (the newest the adapter uses unless told otherwise) and
 * refuses, on both sides of the wire, every member that Excel lacks.
 */
export function createExcelHost(workbook: Workbook = createWorkbook(), options: Omit<HostOptions, 'apiSets'> = {}): ExcelHost {
  const win = loadExcelClient();
  return { ...installExcelHost(win, workbook, { ...options, apiSets: excelApiSets() }), Excel: win.Excel };
}
