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
 * Two sessions share one build, one server and one browser:
 * - a current Excel (every ExcelApi set), Office in Kyrgyz: the person's whole session above;
 * - Excel 2019 (no ExcelApi 1.8) in Office's dark theme, Office in Russian: the pane says what is missing,
 *   offers the template workbooks (served from the same origin), still inserts the form — without
 *   dropdown lists — and checks it (a fresh form: one empty-rows warning per run of rows).
 *
 * Screenshots go to test-output/screenshots/: pane-{ky,ru,en}.png and pane-excel2019-dark-ru.png. Each
 * one is taken at the narrowest pane Excel allows after checking that nothing sticks out, is clipped or
 * overlaps (`layoutProblems`).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { UiLanguage } from '../../src/order281/text';
import { buildTemplates } from '../../scripts/build-templates';
import { SAMPLE_RISKS } from '../../src/registers/samples';
import { format } from '../../src/taskpane/language';
import { STRINGS, type StringKey } from '../../src/taskpane/strings';
import type { E2EHostApi, E2EHostConfig, E2ESheetSummary } from '../support/browser-host/api';
import { excelApiSets } from '../support/excel-host/client';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** The narrowest task pane Excel allows (it opens wider): the layout must hold at this width. */
const PANE_VIEWPORT = { width: 320, height: 900 };
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

/**
 * A static server for the build on 127.0.0.1 (plain HTTP: the dev server's certificate is not needed
 * here). `/templates/` comes from its own folder, as `npm run build` puts it beside the pane.
 */
function serve(dir: string, templates: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const pathname = path.normalize(decodeURIComponent(url.pathname));
    const [root, relative] = pathname.startsWith('/templates/') ? [templates, pathname.slice('/templates'.length)] : [dir, pathname];
    const file = path.join(root, relative);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
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

/** Whether `b` comes after `a` in reading (document) order. */
async function follows(a: Locator, b: Locator): Promise<boolean> {
  return a.evaluate((x, y) => Boolean(y && x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), await b.elementHandle());
}

async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent({ timeout: STEP_MS }))?.trim() ?? '';
}

/**
 * What a person would call broken at this width, read from the laid-out page: the page scrolling
 * sideways, something sticking out of the pane, text clipped by its box, two texts on top of each other.
 * Cheap (one pass over the visible elements, pairs only among those holding text), so every screenshot
 * gets it.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element) => {
      const classes = [...el.classList].filter((c) => c.startsWith('tobokel') || c.startsWith('fui-')).join('.');
      return `${el.tagName.toLowerCase()}${classes ? `.${classes}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    };
    if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width})`);
    const pane = document.querySelector('.tobokel-pane');
    if (!pane) return ['no pane on the page'];
    for (const el of pane.querySelectorAll('*')) {
      // Screen-reader-only text is clipped on purpose.
      if (el.closest('.tobokel-visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 0.5 || r.left < -0.5) problems.push(`${name(el)} sticks out of the pane (${Math.round(r.left)}…${Math.round(r.right)} px)`);
      if (getComputedStyle(el).overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') problems.push(`${name(el)} is clipped (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    // Overlap is judged on the glyphs' own line boxes, not on element boxes (Fluent's labels overlap their
    // neighbours' padding on purpose, to enlarge the click target).
    const lines: { el: Element; node: Text; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement;
      if (!el || (node.textContent ?? '').trim() === '' || el.closest('.tobokel-visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) lines.push({ el, node, r });
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i];
        const b = lines[j];
        if (a.node === b.node) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 2 && y > 2) problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    }
    return [...new Set(problems)];
  });
}

/** Checks the layout, then saves a full-page screenshot for people to look at. */
async function screenshot(page: Page, file: string): Promise<void> {
  expect(await layoutProblems(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
}

/**
 * How the focused element looks, in the properties focus indicators use (Fluent draws its ring with
 * border, outline or box shadow on the element or its ::after; the shell's own controls use outline).
 */
function focusLook(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const look = (style: CSSStyleDeclaration) => [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.borderColor, style.content].join(' ');
    return `${look(getComputedStyle(el))} | ${look(getComputedStyle(el, '::after'))}`;
  });
}

let out: string;
let server: http.Server | undefined;
let browser: Browser | undefined;
let origin: string;
/** What the page gets for Office.js: Microsoft's Excel client library, then our host on top of it. */
let officeJs: string;

/** One browser context (its own storage, so its own remembered language) on one configuration of Excel. */
interface Session {
  /** For failure screenshots: failure-<label>.png. */
  label: string;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make off 127.0.0.1 (other than Office.js): each one is a failure. */
  blocked: string[];
  /** Uncaught exceptions and unhandled rejections in the page: the pane must have none (checked after each step). */
  pageErrors: string[];
  /** console.error in the page (React's warnings land here too): none by the end of the session. */
  consoleErrors: string[];
  /** Times the page asked for Office.js: once per load, or the host was not what the pane ran on. */
  officeJsLoads: number;
}

async function openSession(label: string, config: E2EHostConfig): Promise<Session> {
  if (!browser) throw new Error('the browser did not start');
  const context = await browser.newContext({ viewport: PANE_VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  const session: Session = { label, context, page, blocked: [], pageErrors: [], consoleErrors: [], officeJsLoads: 0 };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === OFFICE_JS) {
      session.officeJsLoads++;
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: officeJs });
    }
    session.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  // Strict by default: the host refuses every member newer than the ExcelApi version it plays.
  await context.addInitScript((c: E2EHostConfig) => (window.__TOBOKEL_E2E_CONFIG__ = c), { apiSets: excelApiSets(), ...config });
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (error) => session.pageErrors.push(error.stack ?? error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') session.consoleErrors.push(message.text());
  });
  return session;
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the pane's end-to-end test needs Debian's chromium package (apt-get install --no-install-recommends chromium; .ci/run installs it).`);
  }
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-e2e-'));
  const templates = path.join(out, 'templates');
  // Webpack runs in a child process; the workbooks (ExcelJS, in this one) are written meanwhile.
  const [built] = await Promise.all([build(out), buildTemplates(templates)]);

  const clientLibrary = fs.readFileSync(path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'excel-web-16.00.js'), 'utf8');
  officeJs = `${clientLibrary}\n;\n${fs.readFileSync(built.host, 'utf8')}`;

  server = await serve(built.pane, templates);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // A failure shot from an earlier run would mislead whoever looks at the folder.
  for (const file of fs.readdirSync(SCREENSHOTS)) if (/^failure.*\.png$/.test(file)) fs.rmSync(path.join(SCREENSHOTS, file));
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/** Whatever a step did, it must not have made a call real Excel would refuse, nor crashed the page. */
async function expectHealthy(session: Session | undefined): Promise<void> {
  if (!session) return;
  expect(session.pageErrors).toEqual([]);
  expect(session.blocked).toEqual([]);
  // (When the host never started, the step has already failed saying so.)
  const failures = session.page.isClosed() ? [] : await session.page.evaluate(() => window.__TOBOKEL_E2E__?.failures() ?? []);
  expect(failures).toEqual([]);
}

/**
 * The steps of one session. The steps are one person's session, so after the first one that fails the
 * rest stop at once. On failure a step keeps a screenshot and adds what the pane shows and what the page
 * logged to the error, since a headless browser is otherwise a black box.
 */
function stepsOf(current: () => Session | undefined): (name: string, body: (session: Session) => Promise<void>) => void {
  let failedStep: string | undefined;
  return (name, body) =>
    test(name, async () => {
      if (failedStep) throw new Error(`not run: the earlier step “${failedStep}” failed`);
      const session = current();
      if (!session) throw new Error('the browser session did not start');
      try {
        await body(session);
      } catch (error) {
        failedStep = name;
        const { page } = session;
        const shot = path.join(SCREENSHOTS, `failure-${session.label}.png`);
        const shown = await page
          .screenshot({ path: shot, fullPage: true })
          .then(() => page.locator('body').innerText({ timeout: 2_000 }))
          .catch((e: unknown) => `(the page could not be read: ${String(e)})`);
        const detail = [
          `Screenshot: ${shot}`,
          `The pane shows:\n${shown}`,
          `Page errors: ${JSON.stringify(session.pageErrors)}`,
          `Console errors: ${JSON.stringify(session.consoleErrors)}`,
          `Blocked requests: ${JSON.stringify(session.blocked)}`,
        ].join('\n');
        // A new error, since Jest prints the stack, which was written with the original message.
        throw new Error(`${error instanceof Error ? error.message : String(error)}\n\n${detail}`, { cause: error });
      }
    });
}

describe('the task pane in a browser, on Microsoft’s Excel client library', () => {
  let session: Session | undefined;
  const step = stepsOf(() => session);
  beforeAll(async () => {
    session = await openSession('current-excel', { displayLanguage: DISPLAY_LANGUAGE });
  });
  afterEach(() => expectHealthy(session));
  afterAll(async () => {
    await session?.context.close();
  });

  /** The sheet the template went onto: the adapter names it (in the form's language). */
  let sheet: string;
  /** The planted error: a category the Order does not know, typed into the sample row. */
  let planted: { cell: string; value: string };
  /** The whole workbook just before the check, to show that check + clear leave it as it was. */
  let beforeCheck: unknown;
  let formatsBeforeCheck: E2ESheetSummary['conditionalFormats'];
  let marks = 0;

  step('opens in Kyrgyz, from Office’s display language, ready to act on the workbook', async (s) => {
    const { page } = s;
    await page.goto(`${origin}/taskpane.html`);
    // Office.js is a parser-blocking script: by the load event the host is there, or it never will be.
    expect(await host(page, 'syncs')).toBe(0);
    await page.getByRole('heading', { level: 1, name: say('appTitle', 'ky') }).waitFor();
    // Read now, not destructured above: the count is the session's, as of this line.
    expect(s.officeJsLoads).toBe(1);
    expect(await page.evaluate(() => window.__TOBOKEL_E2E__?.displayLanguage)).toBe(DISPLAY_LANGUAGE);
    await expect(page.locator('.tobokel-pane').getAttribute('lang')).resolves.toBe('ky');
    expect(await page.getByRole('tab', { name: say('tabTemplates', 'ky') }).getAttribute('aria-selected')).toBe('true');
    // On the test hook the pane is "in Excel": the insert button is live, no "not available" notice.
    expect(await page.getByRole('button', { name: say('insertForm', 'ky') }).isEnabled()).toBe(true);
    expect(await page.getByTestId('capability-notice').count()).toBe(0);
    // The Forms tab holds at 320 px too (the Check tab is looked at before each screenshot).
    expect(await layoutProblems(page)).toEqual([]);
  });

  step('inserts Appendix 1 in Kyrgyz with the Order’s sample rows on a new sheet', async ({ page }) => {
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
    // A current Excel gets the form's dropdown lists.
    expect(added[0].dataValidations).toBeGreaterThan(0);
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

  step('checks: the verdict first, counts by severity, then the findings; marks appear in the workbook', async ({ page }) => {
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
    expect(await follows(verdict, first)).toBe(true);

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
    return session!.page
      .locator('li.tobokel-finding[data-severity="error"]')
      .filter({ has: session!.page.locator('.tobokel-cell', { hasText: exact(planted.cell) }) })
      .first();
  }

  /** Its button, which goes to the cell. */
  function plantedFinding(): Locator {
    return plantedItem().locator('.tobokel-finding-button');
  }

  step('a finding, reached and activated from the keyboard, shows its focus and selects its cell in the workbook', async ({ page }) => {
    const before = await host(page, 'selection');
    expect(before).not.toEqual({ activeSheet: sheet, sheet, address: planted.cell });
    const button = plantedFinding();
    const unfocused = await focusLook(button);
    // Reached with Tab (not only focused by script), as keyboard users get there.
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusLook(button)).not.toBe(unfocused);
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

  step('the parts loaded on demand arrive over HTTP: the Order’s words, the Positions tab', async ({ page }) => {
    const item = plantedItem();
    await item.getByRole('button', { name: say('showOrderWords', 'ky') }).click();
    const words = item.locator('blockquote.tobokel-order-words');
    expect(await textOf(words)).toContain(say('orderWordsSource', 'ky'));
    expect((await textOf(words)).length).toBeGreaterThan(say('orderWordsSource', 'ky').length + 20);
    await item.getByRole('button', { name: say('hideOrderWords', 'ky') }).click();
    await words.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: say('tabFlags', 'ky') }).click();
    await page.getByText(say('flagsIntro', 'ky')).waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    // Back on Check, the report is still there: the tabs share it.
    await page.getByRole('tab', { name: say('tabCheck', 'ky') }).click();
    expect(await textOf(page.getByTestId('verdict'))).toBe(say('notReady', 'ky'));
  });

  step('clearing the marks leaves the workbook exactly as it was before the check; the pane says so by the button, the verdict stays first', async ({ page }) => {
    const findings = await page.locator('li.tobokel-finding').count();
    const clear = page.getByRole('button', { name: say('clearMarks', 'ky') });
    await clear.click();
    const status = page.getByTestId('clear-status');
    await status.getByText(say('cleared', 'ky', { n: marks })).waitFor();
    expect(await textOf(status)).toBe(`${say('cleared', 'ky', { n: marks })} ${say('clearedFindingsKept', 'ky')}`);
    // Reading order: the button, its status line, the verdict; the findings are still there.
    expect(await follows(clear, status)).toBe(true);
    expect(await follows(status, page.getByTestId('verdict'))).toBe(true);
    expect(await textOf(page.getByTestId('verdict'))).toBe(say('notReady', 'ky'));
    expect(await page.locator('li.tobokel-finding').count()).toBe(findings);
    expect(sheetSummary(await host(page, 'sheets'), sheet).conditionalFormats).toEqual(formatsBeforeCheck);
    // Values, cell formats, validations, merges, widths and conditional formats: all as before the check.
    expect(await host(page, 'snapshot')).toEqual(beforeCheck);
  });

  step('switches Kyrgyz → Russian → English: the visible text follows, nothing overflows at 320 px; a screenshot of each', async ({ page }) => {
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
      await screenshot(page, `pane-${language}.png`);
    }
    // The finding's own message is translated too, not only the pane's chrome.
    expect(new Set(messages).size).toBe(3);
    expect(messages.every((m) => m.length > 0)).toBe(true);
  });

  step('remembers the chosen language over Office’s on the next start', async ({ page, consoleErrors }) => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: say('appTitle', 'en') }).waitFor();
    await page.getByRole('tab', { name: say('tabTemplates', 'en'), selected: true }).waitFor();
    expect(await page.evaluate(() => window.__TOBOKEL_E2E__?.displayLanguage)).toBe(DISPLAY_LANGUAGE);
    expect(await layoutProblems(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the task pane on Excel 2019 (no ExcelApi 1.8) in Office’s dark theme', () => {
  let session: Session | undefined;
  const step = stepsOf(() => session);
  beforeAll(async () => {
    session = await openSession('excel2019', { displayLanguage: 'ru-RU', excelApiUpTo: 7, themeBackground: '#1f1f1f' });
  });
  afterEach(() => expectHealthy(session));
  afterAll(async () => {
    await session?.context.close();
  });

  step('says what is missing, in Russian, on a dark pane, and offers the template workbooks', async ({ page }) => {
    await page.goto(`${origin}/taskpane.html`);
    // The host plays Excel 2019 strictly: it refuses every member newer than ExcelApi 1.7.
    const strictness = await page.evaluate(() => window.__TOBOKEL_E2E__!.strictness());
    expect(strictness.excelApi).toBe('1.7');
    expect(strictness.members).toBeGreaterThan(100);
    const notice = page.getByTestId('capability-notice');
    await notice.waitFor();
    expect(await textOf(notice)).toContain(say('noDropdownsTitle', 'ru'));
    expect(await textOf(notice)).toContain('ExcelApi 1.8');
    // Office's dark theme reaches Fluent: a dark background, light text.
    const colours = await page.locator('.fui-FluentProvider').first().evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const brightness = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(brightness(colours[0])).toBeLessThan(200);
    expect(brightness(colours[1])).toBeGreaterThan(500);
    // Every offered workbook downloads from the pane's own origin, and is one (an .xlsx is a zip: "PK").
    const links = notice.getByRole('navigation', { name: say('downloadTemplates', 'ru') }).getByRole('link');
    expect(await links.count()).toBe(4);
    expect(await layoutProblems(page)).toEqual([]);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const got = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, magic: String.fromCharCode(bytes[0], bytes[1]), size: bytes.length };
      }, href);
      expect({ href, status: got.status, magic: got.magic }).toEqual({ href, status: 200, magic: 'PK' });
      expect(got.size).toBeGreaterThan(2_000);
    }
  });

  step('still inserts a fresh form — without dropdown lists — and names what it could not do', async ({ page }) => {
    const before = (await host(page, 'sheets')).map((s) => s.name);
    await page.getByRole('button', { name: say('insertForm', 'ru') }).click();
    await page.waitForFunction((count) => window.__TOBOKEL_E2E__!.sheets().length > count, before.length);
    const added = (await host(page, 'sheets')).filter((s) => !before.includes(s.name));
    expect(added).toHaveLength(1);
    await page.getByText(say('inserted', 'ru', { sheet: added[0].name })).waitFor();
    expect(added[0].dataValidations).toBe(0);
    // The list of what this Excel could not do names the missing set.
    await page.getByText(say('skippedTitle', 'ru')).waitFor();
    expect(await page.getByText(/ExcelApi 1\.8/).count()).toBeGreaterThan(1);
  });

  step('checks the fresh form: one warning per run of empty rows, naming the rows; a screenshot', async ({ page, consoleErrors }) => {
    await page.getByRole('tab', { name: say('tabCheck', 'ru') }).click();
    await page.getByRole('button', { name: say('runCheck', 'ru'), exact: true }).click();
    await page.getByTestId('verdict').waitFor();
    const runs = page.locator('li.tobokel-finding[data-rule="row.empty-numbered"]');
    await runs.first().waitFor();
    const shown = await runs.evaluateAll((items) =>
      items.map((li) => ({ cell: li.querySelector('.tobokel-cell')?.textContent ?? '', message: li.querySelector('.tobokel-message')?.textContent ?? '' })),
    );
    // A run shows its range (A9:A13) where a finding shows its cell.
    const ranges = shown.map((f) => /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(f.cell));
    expect(ranges.every(Boolean)).toBe(true);
    const rows = ranges.map((m) => Number(m![1]));
    // A run, not a row: no two of them on neighbouring rows, and each message names its first and last rows.
    expect(rows.some((row, i) => i > 0 && row === rows[i - 1] + 1)).toBe(false);
    for (const [i, f] of shown.entries()) expect(f.message).toMatch(new RegExp(`\\b${ranges[i]![1]}–${ranges[i]![2]}\\b`));
    await screenshot(page, 'pane-excel2019-dark-ru.png');
    expect(consoleErrors).toEqual([]);
  });
});
