/**
 * Wires a responder into a loaded Excel client library — in jsdom (client.ts) or in a real browser page
 * for the task pane's end-to-end tests. Pure TypeScript, no Node APIs. In a page:
 *
 *   <script src="excel-web-16.00.js"></script>          // from node_modules/@microsoft/office-js/dist
 *   const host = installExcelHost(window, createWorkbook(['Sheet1']));
 *   window.__TOBOKEL_TEST_HOST__ = { run: host.run };    // see src/taskpane/host.ts
 *   … later: host.workbook, host.responder.syncs, host.responder.failures
 */
import { DEFAULT_EXCEL_API, hasApiSet } from './api-sets';
import { Workbook, createWorkbook } from './model';
import { ExcelHostResponder, HostOptions } from './responder';

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
    /** The library's utilities; the API-set check reads its flag on their static prototype. */
    Utility: object;
  };
}

export interface InstalledHost {
  workbook: Workbook;
  responder: ExcelHostResponder;
  /** The ExcelApi version this host plays. */
  excelApi: string;
  /** Office's `isSetSupported` as this Excel answers it: what the pane and the adapter are told. */
  isSetSupported(name: string, version: string): boolean;
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

/** The version the client library's own check holds calls to: that of the host whose batch is being built. */
const playing = new WeakMap<object, { excelApi: string }>();

/**
 * Switches on the client library's own API-set check, which the shipped library leaves off (it sets the
 * flag on `Utility`, the check reads it on `Utility`'s static prototype), and answers its
 * `Office.context.requirements.isSetSupported` for the ExcelApi version being played. Other requirement
 * sets the library asks about for itself keep the answer they had without Office: yes.
 */
function switchOnApiCheck(win: ClientLibraryWindow): { excelApi: string } {
  const known = playing.get(win);
  if (known) return known;
  const current = { excelApi: DEFAULT_EXCEL_API };
  playing.set(win, current);
  (Object.getPrototypeOf(win.OfficeExtension.Utility) as { _doApiNotSupportedCheck: boolean })._doApiNotSupportedCheck = true;
  const requirements = { isSetSupported: (name: string, version?: string) => (name === 'ExcelApi' ? hasApiSet(current.excelApi, version ?? '1.1') : true) };
  // Office.context is a fixed getter in the library; an Office in front of it answers for the context.
  const w = win as unknown as { Office?: object };
  w.Office = Object.create(w.Office ?? null, { context: { value: { requirements }, enumerable: true } }) as object;
  return current;
}

export function installExcelHost(win: ClientLibraryWindow, workbook: Workbook = createWorkbook(), options: HostOptions = {}): InstalledHost {
  if (!win.Excel?.RequestContext || !win.OfficeExtension?.HttpUtility) throw new Error('the Excel client library is not loaded in this window');
  const url = `http://tobokel.test/host-${nextHost++}`;
  const responder = new ExcelHostResponder(workbook, options);
  const excelApi = responder.excelApi;
  const state = switchOnApiCheck(win);
  routesFor(win).set(url, responder);
  const context = () => {
    state.excelApi = excelApi;
    return new win.Excel.RequestContext(url);
  };
  const isSetSupported = (name: string, version: string) => name === 'ExcelApi' && hasApiSet(excelApi, version);
  return {
    workbook,
    responder,
    excelApi,
    isSetSupported,
    context,
    // Batches of two hosts in one window never interleave in a test: the version is the running host's.
    run: (batch) => win.Excel.run(context(), batch),
  };
}
