/**
 * Wires a responder into a loaded Excel client library — in jsdom (client.ts) or in a real browser page
 * for the task pane's end-to-end tests. Pure TypeScript, no Node APIs. In a page:
 *
 *   <script src="excel-web-16.00.js"></script>          // from node_modules/@microsoft/office-js/dist
 *   const host = installExcelHost(window, createWorkbook(['Sheet1']));
 *   window.__TOBOKEL_TEST_HOST__ = { run: host.run };    // see src/taskpane/host.ts
 *   … later: host.workbook, host.responder.syncs, host.responder.failures
 */
import { Workbook, createWorkbook } from './model';
import { ExcelHostResponder } from './responder';

export interface SendRequest {
  url: string;
  body: unknown;
}

export interface SendResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The parts of the loaded library the host needs; `HttpUtility` is public in it, absent from `@types/office-js`. */
export interface ClientLibraryWindow {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(fn: (request: SendRequest) => Promise<SendResponse>): void };
  };
}

export interface InstalledHost {
  workbook: Workbook;
  responder: ExcelHostResponder;
  context(): Excel.RequestContext;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const routes = new WeakMap<object, Map<string, ExcelHostResponder>>();
let nextHost = 1;

/**
 * Registers one request hook per window, routing each request by its URL to that host's responder, so
 * several workbooks can live side by side.
 */
function routesFor(win: ClientLibraryWindow): Map<string, ExcelHostResponder> {
  let table = routes.get(win);
  if (!table) {
    const created = new Map<string, ExcelHostResponder>();
    table = created;
    routes.set(win, created);
    win.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
      const base = request.url.replace(/\/ProcessQuery.*$/, '');
      const responder = created.get(base);
      if (!responder) throw new Error(`no Excel test host at ${request.url}`);
      return { statusCode: 200, headers: {}, body: JSON.stringify(responder.respond(request.body)) };
    });
  }
  return table;
}

export function installExcelHost(win: ClientLibraryWindow, workbook: Workbook = createWorkbook()): InstalledHost {
  if (!win.Excel?.RequestContext || !win.OfficeExtension?.HttpUtility) throw new Error('the Excel client library is not loaded in this window');
  const url = `http://tobokel.test/host-${nextHost++}`;
  const responder = new ExcelHostResponder(workbook);
  routesFor(win).set(url, responder);
  const context = () => new win.Excel.RequestContext(url);
  return { workbook, responder, context, run: (batch) => win.Excel.run(context(), batch) };
}
