/**
 * Node-only part of the test host: loads Microsoft's Excel client library (`excel-web-16.00.js` from
 * `@microsoft/office-js`) into a jsdom window and routes every `context.sync()` to our responder through
 * `OfficeExtension.HttpUtility.setCustomSendRequestFunc`. A browser page would load the same library with
 * a <script> tag and register the same responder; everything else in this folder is shared with it.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import type { JSDOM as JSDOMType } from 'jsdom';
import { Workbook, createWorkbook } from './model';
import { ExcelHostResponder } from './responder';

export interface ExcelClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

interface SendRequest {
  url: string;
  body: unknown;
}

/** The client library's request hook; public in the library, absent from `@types/office-js`. */
interface ClientInternals {
  HttpUtility: {
    setCustomSendRequestFunc(fn: (request: SendRequest) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>): void;
  };
}

let client: ExcelClient | undefined;
const responders = new Map<string, ExcelHostResponder>();
let nextHost = 1;

/**
 * jsdom 29 (the project's) pulls in ES modules that Jest's CommonJS module registry refuses to load
 * (Node 20's own `require` loads them, so the bench under tsx is fine). Under Jest we fall back to the
 * CommonJS jsdom 26 that `jest-environment-jsdom` ships — the same DOM the pane's Jest tests run in.
 */
function loadJsdom(): typeof JSDOMType {
  try {
    return (require('jsdom') as { JSDOM: typeof JSDOMType }).JSDOM;
  } catch (error) {
    const fromJestEnvironment = createRequire(require.resolve('jest-environment-jsdom'));
    try {
      return (fromJestEnvironment('jsdom') as { JSDOM: typeof JSDOMType }).JSDOM;
    } catch {
      throw error;
    }
  }
}

/** The real client library, loaded once per test file (about 0.1 s). */
export function loadExcelClient(): ExcelClient {
  if (client) return client;
  const file = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js');
  const dom = new (loadJsdom())('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost/' });
  const win = dom.window as unknown as { eval(code: string): unknown; Excel: typeof Excel; OfficeExtension: typeof OfficeExtension & ClientInternals };
  win.eval(fs.readFileSync(file, 'utf8'));
  if (!win.Excel?.RequestContext || !win.OfficeExtension?.HttpUtility) throw new Error(`${file} did not define Excel and OfficeExtension`);
  // Each host has its own URL, so several workbooks can live in one test file.
  win.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request: SendRequest) => {
    const base = request.url.replace(/\/ProcessQuery.*$/, '');
    const responder = responders.get(base);
    if (!responder) throw new Error(`no Excel test host at ${request.url}`);
    const response = responder.respond(request.body);
    return { statusCode: 200, headers: {}, body: JSON.stringify(response) };
  });
  client = { Excel: win.Excel, OfficeExtension: win.OfficeExtension };
  return client;
}

export interface ExcelHost {
  workbook: Workbook;
  responder: ExcelHostResponder;
  Excel: typeof Excel;
  /** A fresh request context, as `Excel.run` would give the add-in. */
  context(): Excel.RequestContext;
  /** `Excel.run` over this host, exactly as the add-in calls it. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function createExcelHost(workbook: Workbook = createWorkbook()): ExcelHost {
  const { Excel: excel } = loadExcelClient();
  const url = `http://tobokel.test/host-${nextHost++}`;
  const responder = new ExcelHostResponder(workbook);
  responders.set(url, responder);
  const context = () => new excel.RequestContext(url);
  return {
    workbook,
    responder,
    Excel: excel,
    context,
    run: (batch) => excel.run(context(), batch),
  };
}
