/**
 * The one seam between the pane and whatever runs it: Excel (through Office.js), a test host, or a plain
 * browser tab. Everything else in the pane takes a `TobokelHost` and never looks at `window.Office`.
 *
 * Test hook (for the browser end-to-end test): before the bundle runs, set
 *
 *   window.__TOBOKEL_TEST_HOST__ = {
 *     run: (batch) => Excel.run(context, batch),   // an Excel.run over the test workbook host
 *     displayLanguage: 'ky-KG',                    // optional, default 'en-US'
 *     isSetSupported: (name, version) => true,     // optional, default: every ExcelApi set
 *     themeBackground: '#ffffff',                  // optional, like Office.context.officeTheme
 *   };
 *
 * and the pane uses it instead of waiting for Office.onReady.
 */

export interface TobokelHost {
  /** Whether a workbook is there to act on; false in a plain browser tab or a host that is not Excel. */
  inExcel: boolean;
  /** Runs a batch against the workbook: `Excel.run` in Office, the test host's runner in tests. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** BCP 47 language of the Office UI, e.g. `ky-KG`, `ru-RU`, `en-US`. */
  displayLanguage: string;
  isSetSupported(name: string, version: string): boolean;
  /** Office's body background colour, when the host has a theme; decides light or dark. */
  themeBackground?: string;
}

export interface TestHostHook {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  displayLanguage?: string;
  isSetSupported?(name: string, version: string): boolean;
  themeBackground?: string;
}

declare global {
  interface Window {
    __TOBOKEL_TEST_HOST__?: TestHostHook;
  }
}

function notInExcel(): Promise<never> {
  return Promise.reject(new Error('Tobokel is not running inside Excel.'));
}

export function hostFromTestHook(hook: TestHostHook): TobokelHost {
  return {
    inExcel: true,
    run: (batch) => hook.run(batch),
    displayLanguage: hook.displayLanguage ?? 'en-US',
    isSetSupported: hook.isSetSupported ?? ((name) => name === 'ExcelApi'),
    themeBackground: hook.themeBackground,
  };
}

/** A browser tab outside Office: the pane still renders, says where it works and offers the workbooks. */
export function browserHost(displayLanguage: string): TobokelHost {
  return { inExcel: false, run: notInExcel, displayLanguage, isSetSupported: () => false };
}

/** The host after `Office.onReady`, given what it reported. */
export function officeHost(info: { host: Office.HostType | null }): TobokelHost {
  const context = Office.context;
  const displayLanguage = context?.displayLanguage ?? navigator.language;
  if (info.host !== Office.HostType.Excel) return browserHost(displayLanguage);
  return {
    inExcel: true,
    run: (batch) => Excel.run(batch),
    displayLanguage,
    isSetSupported: (name, version) => Boolean(context.requirements?.isSetSupported(name, version)),
    themeBackground: context.officeTheme?.bodyBackgroundColor,
  };
}

/** Finds the host: the test hook first, then Office.js (waiting for it), else a plain browser tab. */
export async function resolveHost(win: Window = window): Promise<TobokelHost> {
  if (win.__TOBOKEL_TEST_HOST__) return hostFromTestHook(win.__TOBOKEL_TEST_HOST__);
  if (!('Office' in win) || typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return browserHost(navigator.language);
  }
  const info = await Office.onReady();
  return officeHost(info);
}
