/**
 * End to end: the built task pane, served on 127.0.0.1, driven in headless Chromium against the Excel test
 * host — Microsoft's own Excel client library (`excel-web-16.00.js`) with our responder behind it — so the
 * pane runs the same Office.js code path it runs in Excel. A person's session: insert a template, check,
 * read the verdict and findings, go to a finding's cell, clear the marks, switch the language.
 *
 * How the page gets its Excel: taskpane.html loads Office.js from Microsoft's CDN with a plain <script>.
 * The test answers that URL with the Excel client library followed by test/support/browser-host (which
 * installs the responder over an in-memory workbook and sets `window.__TOBOKEL_TEST_HOST__`), so the host
 * is in place before the pane's deferred bundle runs. Every other request off 127.0.0.1 is refused and
 * recorded: a task pane that fetches from elsewhere fails here.
 *
 * Screenshots of the pane in each language go to test-output/screenshots/pane-{ky,ru,en}.png.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { UiLanguage } from '../../src/order281/text';
import { SAMPLE_RISKS } from '../../src/registers/samples';
import { format } from '../../src/taskpane/language';
import { STRINGS, type StringKey } from '../../src/taskpane/strings';
import type { E2EHostApi, E2EHostConfig, E2ESheetSummary } from '../support/browser-host/api';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** What Excel opens an add-in's pane at, give or take: the layout must hold at this width. */
const PANE_VIEWPORT = { width: 360, height: 900 };
/** Office reports Kyrgyz; the pane must start in Kyrgyz without being told anything else. */
const DISPLAY_LANGUAGE = 'ky-KG';
/** Per step: a cold chunk load plus a few round trips, on a loaded two-core machine. */
const STEP_MS = 20_000;

/** The pane's own words, so the test reads what a person reads and follows wording changes. */
function say(key: StringKey, language: UiLanguage, values?: Record<string, string | number>): string {
  return format(STRINGS[key][language], values);
}

function exact(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Runs test/support/browser-host/build.js (webpack) in a child process; resolves to its output paths. */
function build(out: string): Promise<{ pane: string; host: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'test/support/browser-host/build.js'), out], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`building the pane for the e2e test failed (exit ${code}):\n${stderr || stdout}`));
      // The size plugin prints its report first; our answer is the last line.
      resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { pane: string; host: string });
    });
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static server for the build on 127.0.0.1 (plain HTTP: the dev server's certificate is not needed here). */
function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type HostMethod = { [K in keyof E2EHostApi]: E2EHostApi[K] extends (...args: never[]) => unknown ? K : never }[keyof E2EHostApi];

/** Calls the browser host's API on the page (api.ts) by name; only JSON crosses. */
function host<K extends HostMethod>(page: Page, method: K, ...args: Parameters<E2EHostApi[K]>): Promise<ReturnType<E2EHostApi[K]>> {
  return page.evaluate(
    ({ method, args }) => {
      const api = window.__TOBOKEL_E2E__;
      if (!api) throw new Error('the browser host did not start: window.__TOBOKEL_E2E__ is missing');
      return (api[method] as (...a: unknown[]) => unknown)(...args);
    },
    { method, args: args as unknown[] },
  ) as Promise<ReturnType<E2EHostApi[K]>>;
}

function sheetSummary(sheets: E2ESheetSummary[], name: string): E2ESheetSummary {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet “${name}” in the workbook; sheets: ${sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent({ timeout: STEP_MS }))?.trim() ?? '';
}

let out: string;
let server: http.Server | undefined;
let context: BrowserContext | undefined;
let page: Page;
let origin: string;
/** Requests the page tried to make off 127.0.0.1 (other than Office.js): each one is a failure. */
const blocked: string[] = [];
/** Uncaught exceptions and unhandled rejections in the page: the pane must have none (checked after each step). */
const pageErrors: string[] = [];
/** console.error in the page (React's warnings land here too): none by the end of the session. */
const consoleErrors: string[] = [];
/** Times the page asked for Office.js: once per load, or the host was not what the pane ran on. */
let officeJsLoads = 0;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the pane's end-to-end test needs Debian's chromium package (apt-get install --no-install-recommends chromium; .ci/run installs it).`);
  }
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-e2e-'));
  const built = await build(out);

  // Office.js, as far as this page knows: Microsoft's Excel client library, then our host on top of it.
  const clientLibrary = fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js'), 'utf8');
  const officeJs = `${clientLibrary}\n;\n${fs.readFileSync(built.host, 'utf8')}`;

  server = await serve(built.pane);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  context = await chromium.launchPersistentContext(path.join(out, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: PANE_VIEWPORT,
    locale: 'en-US',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === OFFICE_JS) {
      officeJsLoads++;
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const config: E2EHostConfig = { displayLanguage: DISPLAY_LANGUAGE };
  await context.addInitScript((c: E2EHostConfig) => (window.__TOBOKEL_E2E_CONFIG__ = c), config);
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // A failure shot from an earlier run would mislead whoever looks at the folder.
  fs.rmSync(path.join(SCREENSHOTS, 'failure.png'), { force: true });
}, 150_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

afterEach(async () => {
  // Whatever a step did, it must not have made a call real Excel would refuse, nor crashed the page.
  expect(pageErrors).toEqual([]);
  expect(blocked).toEqual([]);
  // (When the host never started, the step has already failed saying so.)
  const failures = page && !page.isClosed() ? await page.evaluate(() => window.__TOBOKEL_E2E__?.failures() ?? []) : [];
  expect(failures).toEqual([]);
});

/** The first step that failed: the steps are one session, so the ones after it stop at once. */
let failedStep: string | undefined;

/**
 * One step of the session. On failure it keeps a screenshot and adds what the pane shows and what the
 * page logged to the error, since a headless browser is otherwise a black box.
 */
function step(name: string, body: () => Promise<void>): void {
  test(name, async () => {
    if (failedStep) throw new Error(`not run: the earlier step “${failedStep}” failed`);
    try {
      await body();
    } catch (error) {
      failedStep = name;
      const shot = path.join(SCREENSHOTS, 'failure.png');
      const shown = await page
        .screenshot({ path: shot, fullPage: true })
        .then(() => page.locator('body').innerText({ timeout: 2_000 }))
        .catch((e: unknown) => `(the page could not be read: ${String(e)})`);
      const detail = [
        `Screenshot: ${shot}`,
        `The pane shows:\n${shown}`,
        `Page errors: ${JSON.stringify(pageErrors)}`,
        `Console errors: ${JSON.stringify(consoleErrors)}`,
        `Blocked requests: ${JSON.stringify(blocked)}`,
      ].join('\n');
      // A new error, since Jest prints the stack, which was written with the original message.
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${detail}`, { cause: error });
    }
  });
}

describe('the task pane in a browser, on Microsoft’s Excel client library', () => {
  /** The sheet the template went onto: the adapter names it (in the form's language). */
  let sheet: string;
  /** The planted error: a category the Order does not know, typed into the sample row. */
  let planted: { cell: string; value: string };
  /** The whole workbook just before the check, to show that check + clear leave it as it was. */
  let beforeCheck: unknown;
  let formatsBeforeCheck: E2ESheetSummary['conditionalFormats'];
  let marks = 0;

  step('opens in Kyrgyz, from Office’s display language, ready to act on the workbook', async () => {
    await page.goto(`${origin}/taskpane.html`);
    // Office.js is a parser-blocking script: by the load event the host is there, or it never will be.
    expect(await host(page, 'syncs')).toBe(0);
    await page.getByRole('heading', { level: 1, name: say('appTitle', 'ky') }).waitFor();
    expect(officeJsLoads).toBe(1);
    expect(await page.evaluate(() => window.__TOBOKEL_E2E__?.displayLanguage)).toBe(DISPLAY_LANGUAGE);
    await expect(page.locator('.tobokel-pane').getAttribute('lang')).resolves.toBe('ky');
    expect(await page.getByRole('tab', { name: say('tabTemplates', 'ky') }).getAttribute('aria-selected')).toBe('true');
    // On the test hook the pane is "in Excel": the insert button is live, no "not available" notice.
    expect(await page.getByRole('button', { name: say('insertForm', 'ky') }).isEnabled()).toBe(true);
  });

  step('inserts Appendix 1 in Kyrgyz with the Order’s sample rows on a new sheet', async () => {
    await page.getByRole('radio', { name: say('appendix1', 'ky') }).check();
    await page.getByRole('radio', { name: say('languageKy', 'ky') }).check();
    await page.getByRole('checkbox', { name: say('withSample', 'ky') }).check();
    const rows = page.getByRole('spinbutton', { name: say('rowsPerHeading', 'ky') });
    await rows.fill('2');
    await rows.press('Tab');
    const before = (await host(page, 'sheets')).map((s) => s.name);
    await page.getByRole('button', { name: say('insertForm', 'ky') }).click();
    await page.waitForFunction((count) => window.__TOBOKEL_E2E__!.sheets().filter((s) => s.visibility === 'Visible').length > count, before.length);
    const added = (await host(page, 'sheets')).filter((s) => s.visibility === 'Visible' && !before.includes(s.name));
    expect(added).toHaveLength(1);
    sheet = added[0].name;
    // The pane names the sheet it added, as Excel has it.
    await page.getByText(say('inserted', 'ky', { sheet })).waitFor();
    // The user's own sheet is left alone.
    expect(await host(page, 'values', 'Sheet1')).toEqual({});
    const values = await host(page, 'values', sheet);
    const sample = SAMPLE_RISKS.ky[0];
    const riskCell = Object.keys(values).find((address) => values[address] === sample.risk);
    expect(riskCell).toBeDefined();
    const row = Number(riskCell!.replace(/^[A-Z]+/, ''));
    const categoryCell = Object.keys(values).find((address) => values[address] === sample.category && address.endsWith(String(row)));
    expect(categoryCell).toBeDefined();
    // As a person would between two clicks in the pane: type a category the Order does not have.
    planted = { cell: categoryCell!, value: 'Белгисиз категория' };
  });

  step('checks: the verdict first, counts by severity, then the findings; marks appear in the workbook', async () => {
    await host(page, 'setValue', sheet, planted.cell, planted.value);
    beforeCheck = await host(page, 'snapshot');
    formatsBeforeCheck = sheetSummary(await host(page, 'sheets'), sheet).conditionalFormats;

    // To the Check tab from the keyboard, as the tab list promises (arrow keys move and select).
    await page.getByRole('tab', { name: say('tabTemplates', 'ky') }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: say('tabCheck', 'ky') }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: say('runCheck', 'ky'), exact: true }).click();

    const verdict = page.getByTestId('verdict');
    expect(await textOf(verdict)).toBe(say('notReady', 'ky'));
    const errors = await textOf(page.getByTestId('count-error'));
    expect(errors).toMatch(new RegExp(`^${say('severityError', 'ky')}: [1-9]\\d*$`));
    // The verdict comes before the first finding in reading order.
    const first = page.locator('li.tobokel-finding').first();
    await first.waitFor();
    expect(await verdict.evaluate((v, f) => Boolean(v.compareDocumentPosition(f!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);

    await plantedFinding().waitFor();
    // Filtered to errors, only errors remain; then back to all.
    const findings = page.locator('li.tobokel-finding');
    const total = await findings.count();
    await page.getByRole('button', { name: new RegExp(`^${say('severityError', 'ky')} \\(\\d+\\)$`) }).click();
    await page.locator('li.tobokel-finding:not([data-severity="error"])').first().waitFor({ state: 'detached' });
    expect(await findings.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: new RegExp(`^${say('filterAll', 'ky')} \\(${total}\\)$`) }).click();
    await page.waitForFunction((n) => document.querySelectorAll('li.tobokel-finding').length === n, total);

    const formats = sheetSummary(await host(page, 'sheets'), sheet).conditionalFormats;
    marks = formats.length - formatsBeforeCheck.length;
    expect(marks).toBeGreaterThan(0);
  });

  /** The planted finding: an error on the planted cell. */
  function plantedItem(): Locator {
    return page
      .locator('li.tobokel-finding[data-severity="error"]')
      .filter({ has: page.locator('.tobokel-cell', { hasText: exact(planted.cell) }) })
      .first();
  }

  /** Its button, which goes to the cell. */
  function plantedFinding(): Locator {
    return plantedItem().locator('.tobokel-finding-button');
  }

  step('a finding, activated from the keyboard, selects its cell in the workbook', async () => {
    const before = await host(page, 'selection');
    expect(before).not.toEqual({ activeSheet: sheet, sheet, address: planted.cell });
    await plantedFinding().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ sheet, cell }) => {
        const s = window.__TOBOKEL_E2E__!.selection();
        return s.activeSheet === sheet && s.sheet === sheet && s.address === cell;
      },
      { sheet, cell: planted.cell },
      { timeout: STEP_MS },
    );
  });

  step('the parts loaded on demand arrive over HTTP: the Order’s words, the Positions tab', async () => {
    const item = plantedItem();
    await item.getByRole('button', { name: say('showOrderWords', 'ky') }).click();
    const words = item.locator('blockquote.tobokel-order-words');
    expect(await textOf(words)).toContain(say('orderWordsSource', 'ky'));
    expect((await textOf(words)).length).toBeGreaterThan(say('orderWordsSource', 'ky').length + 20);
    await item.getByRole('button', { name: say('hideOrderWords', 'ky') }).click();
    await words.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: say('tabFlags', 'ky') }).click();
    await page.getByText(say('flagsIntro', 'ky')).waitFor();
    // Back on Check, the report is still there: the tabs share it.
    await page.getByRole('tab', { name: say('tabCheck', 'ky') }).click();
    expect(await textOf(page.getByTestId('verdict'))).toBe(say('notReady', 'ky'));
  });

  step('clearing the marks leaves the workbook exactly as it was before the check', async () => {
    await page.getByRole('button', { name: say('clearMarks', 'ky') }).click();
    await page.getByText(say('cleared', 'ky', { n: marks })).waitFor();
    expect(sheetSummary(await host(page, 'sheets'), sheet).conditionalFormats).toEqual(formatsBeforeCheck);
    // Values, cell formats, validations, merges, widths and conditional formats: all as before the check.
    expect(await host(page, 'snapshot')).toEqual(beforeCheck);
  });

  step('switches Kyrgyz → Russian → English: the visible text follows; a screenshot of each', async () => {
    const switcher = (language: UiLanguage) => page.getByRole('combobox', { name: say('languageLabel', language) });
    const messages: string[] = [];
    let from: UiLanguage = 'ky';
    for (const language of ['ky', 'ru', 'en'] as const) {
      if (language !== from) {
        await switcher(from).selectOption(language);
        from = language;
      }
      await page.getByRole('tab', { name: say('tabCheck', language), selected: true }).waitFor();
      await expect(page.locator('.tobokel-pane').getAttribute('lang')).resolves.toBe(language);
      expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe(say('appTitle', language));
      expect(await textOf(page.getByTestId('verdict'))).toBe(say('notReady', language));
      expect(await page.getByRole('button', { name: say('clearMarks', language) }).isVisible()).toBe(true);
      await page.getByRole('heading', { level: 4, name: say('rowLabel', language, { row: Number(planted.cell.replace(/^[A-Z]+/, '')) }) }).waitFor();
      messages.push(await textOf(plantedFinding().locator('.tobokel-message')));
      await page.screenshot({ path: path.join(SCREENSHOTS, `pane-${language}.png`), fullPage: true });
    }
    // The finding's own message is translated too, not only the pane's chrome.
    expect(new Set(messages).size).toBe(3);
    expect(messages.every((m) => m.length > 0)).toBe(true);
  });

  step('remembers the chosen language over Office’s on the next start', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: say('appTitle', 'en') }).waitFor();
    await page.getByRole('tab', { name: say('tabTemplates', 'en'), selected: true }).waitFor();
    expect(await page.evaluate(() => window.__TOBOKEL_E2E__?.displayLanguage)).toBe(DISPLAY_LANGUAGE);
    expect(consoleErrors).toEqual([]);
  });
});
