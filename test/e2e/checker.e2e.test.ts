/**
 * End to end: the checker page (dist/check.html), built once with the pane (shared-build.ts), in headless
 * Chromium — served over HTTP as the add-in's server serves it, and opened from a folder (file://).
 *
 * What a clerk does: open the page (it speaks the browser's language), wait for it to say it is ready, drop
 * the Order's samples, then a register with mistakes, download the checked copy, check several files at
 * once with hostile ones among them, download a blank form. From the moment the page says it is ready,
 * every request is refused and recorded: the page must make none. Expected answers come from the project's
 * own reader and checks run here in Node, so the page is held to the command line.
 *
 * Screenshots go to test-output/screenshots/checker-*.png, each after `layoutProblems` found nothing
 * sticking out, clipped or overlapping at that width (320, 768 and 1280 px).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { deflateRawSync } from 'zlib';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type BrowserContext, type FileChooser, type Locator, type Page } from 'playwright-core';
import { checkGrids, checkRegisters } from '../../src/checks/check';
import { markKindOf, type MarkKind } from '../../src/checks/marks';
import type { Report } from '../../src/checks/report';
import { mistakesPlans } from '../../src/cli/demo-mistakes';
import { Consolidator, type Consolidation } from '../../src/cli/consolidate';
import { countsText } from '../../src/cli/format/labels';
import { readRegisters } from '../../src/registers/read';
import { templatePlans } from '../../src/cli/commands/template';
import { planMarks } from '../../src/excel/marks';
import { parseArea } from '../../src/excel/addresses';
import { FORM_HEADINGS } from '../../src/order281/function-types';
import type { Localized, UiLanguage } from '../../src/order281/text';
import { DEFAULT_ROWS_PER_HEADING } from '../../src/registers/template-options';
import { buildSheetPlan } from '../../src/registers/plans';
import { PAGE_STRINGS, type PageStringKey } from '../../src/checker/strings';
import { format } from '../../src/taskpane/language';
import { STRINGS, type StringKey } from '../../src/taskpane/strings';
import { FINDINGS_SHEET_WORDS, isWorkbookReadError, readWorkbook, writePlans } from '../../src/xlsx';
import { sharedBuild } from '../support/browser-host/shared-build';
import { layoutProblems } from '../support/browser-host/layout';
import { buildZip, deflateZeros } from '../xlsx/zip-tools';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
/** Per step: reading a workbook in the worker plus the page's answer, on a loaded two-core machine. */
const STEP_MS = 30_000;
const TODAY = new Date();

jest.setTimeout(180_000);

function say(key: PageStringKey, language: UiLanguage, values?: Record<string, string | number>): string {
  return format(PAGE_STRINGS[key][language], values);
}
function pane(key: StringKey, language: UiLanguage, values?: Record<string, string | number>): string {
  return format(STRINGS[key][language], values);
}

interface Workbook {
  name: string;
  bytes: Buffer;
}

/** What the command line says of a file: its report, or its one-line refusal. */
async function expected(file: Workbook): Promise<{ report?: Report; refusal?: Localized }> {
  try {
    const grids = await readWorkbook(file.bytes, { file: file.name });
    return { report: checkGrids(grids, { today: TODAY, file: file.name }) };
  } catch (error) {
    if (!isWorkbookReadError(error)) throw error;
    return { refusal: error.messages };
  }
}

/** What `tobokel check` sums up for these files. */
async function consolidationOf(files: Workbook[]): Promise<Consolidation> {
  const consolidator = new Consolidator((file) => file.replace(/\.xlsx$/i, ''));
  for (const file of files) {
    const grids = await readWorkbook(file.bytes, { file: file.name });
    const registers = readRegisters(grids);
    consolidator.add({ file: file.name, report: checkRegisters(registers, grids, { today: TODAY, file: file.name }), registers });
  }
  return consolidator.result();
}

/** The hostile files of test/xlsx, one of each refusal. */
async function hostileFiles(): Promise<Workbook[]> {
  const cfb = (streams: string[]) => {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    streams.forEach((name, i) => Buffer.from(name, 'utf16le').copy(bytes, 1024 + i * 128));
    return bytes;
  };
  const zeros = await deflateZeros(64 * 1024 * 1024);
  const workbookXml = { name: 'xl/workbook.xml', compressed: deflateRawSync('<workbook/>'), claimedSize: 11 };
  return [
    { name: 'notes.xlsx', bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)) },
    { name: 'old-register.xlsx', bytes: cfb(['Workbook']) },
    { name: 'protected.xlsx', bytes: cfb(['EncryptionInfo', 'EncryptedPackage']) },
    { name: 'bomb.xlsx', bytes: buildZip([workbookXml, { name: 'xl/worksheets/sheet1.xml', compressed: zeros, claimedSize: 64 * 1024 * 1024 }]) },
    // The directory lies: only inflating (pako, in the browser) finds the sheet far bigger than it says.
    { name: 'liar.xlsx', bytes: buildZip([workbookXml, { name: 'xl/worksheets/sheet1.xml', compressed: zeros, claimedSize: 1000 }]) },
    { name: 'huge.xlsx', bytes: Buffer.alloc(51 * 1024 * 1024, 7) },
  ];
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const pathname = path.normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = path.join(dir, pathname);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let out: string;
let built: string;
let server: http.Server | undefined;
let browser: Browser | undefined;
let origin: string;
let samples: Workbook;
let mistakes: Workbook;
let hostile: Workbook[];

interface Session {
  context: BrowserContext;
  page: Page;
  /** Once true, every request is refused and recorded in `blocked`. */
  offline: boolean;
  blocked: string[];
  pageErrors: string[];
}

async function openSession(viewport: { width: number; height: number }, locale: string): Promise<Session> {
  if (!browser) throw new Error('the browser did not start');
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  const session: Session = { context, page, offline: false, blocked: [], pageErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!session.offline && (url.startsWith(`${origin}/`) || url.startsWith('file://'))) return route.continue();
    session.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  page.setDefaultTimeout(STEP_MS);
  page.on('pageerror', (error) => session.pageErrors.push(error.stack ?? error.message));
  return session;
}

/** Waits until the page says it is ready, then cuts it off: from here on, any request fails the test. */
async function readyThenOffline(session: Session, mode: 'worker' | 'page'): Promise<void> {
  await session.page.locator(`[data-testid=engine-status][data-state=ready-${mode}]`).waitFor();
  session.offline = true;
}

/** Drops files on the drop zone as a person drags them from a folder. */
async function dropFiles(page: Page, files: Workbook[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, base64: f.bytes.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      transfer.items.add(new File([bytes], name));
    }
    return transfer;
  }, payload);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
}

async function shot(page: Page, file: string, width?: number): Promise<void> {
  if (width) await page.setViewportSize({ width, height: 900 });
  expect(await layoutProblems(page)).toEqual([]);
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
}

/** Cells per mark kind, from conditional formats read back from a workbook. */
function markedCells(formats: { ref: string; rules: { formulae?: string[] }[] }[]): Map<MarkKind, Set<string>> {
  const cells = new Map<MarkKind, Set<string>>();
  for (const cf of formats) {
    for (const rule of cf.rules) {
      const kind = markKindOf(rule.formulae?.[0]);
      if (!kind) continue;
      const set = cells.get(kind) ?? new Set<string>();
      for (const address of cf.ref.split(/\s+/)) {
        const area = parseArea(address)!;
        for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) set.add(`${r}:${c}`);
      }
      cells.set(kind, set);
    }
  }
  return cells;
}

function plannedCells(report: Report, sheet: string): Map<MarkKind, Set<string>> {
  const cells = new Map<MarkKind, Set<string>>();
  for (const [kind, areas] of planMarks(report).get(sheet) ?? []) {
    const set = new Set<string>();
    for (const area of areas) for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) set.add(`${r}:${c}`);
    cells.set(kind, set);
  }
  return cells;
}

async function loadFull(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

type Cf = { ref: string; rules: { formulae?: string[] }[] };
const formatsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { conditionalFormattings?: Cf[] }).conditionalFormattings ?? [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the checker page's end-to-end test needs Debian's chromium package.`);
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-checker-e2e-'));
  const year = TODAY.getFullYear();
  const sampleOptions = { language: 'ky' as const, withSample: true, rowsPerHeading: 0, headings: [...FORM_HEADINGS], year };
  const [build, sampleBytes, mistakeBytes, bad] = await Promise.all([
    sharedBuild(),
    writePlans([buildSheetPlan({ ...sampleOptions, kind: 'risks' }), buildSheetPlan({ ...sampleOptions, kind: 'positions' })]),
    writePlans(mistakesPlans(['risks', 'positions'], year)),
    hostileFiles(),
  ]);
  built = build.pane;
  samples = { name: 'order-281-samples.xlsx', bytes: sampleBytes };
  mistakes = { name: 'register-with-mistakes.xlsx', bytes: mistakeBytes };
  hostile = bad;
  server = await serve(built);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}, 320_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe('the checker page from the add-in’s server, in Russian, offline once ready', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 1280, height: 900 }, 'ru-RU');
  });
  afterEach(() => {
    expect(s.pageErrors).toEqual([]);
    expect(s.blocked).toEqual([]);
  });
  afterAll(() => s?.context.close());

  test('opens in the browser’s language, says nothing leaves the computer, and gets ready in a worker', async () => {
    await s.page.goto(`${origin}/check.html`);
    await s.page.getByRole('heading', { level: 1, name: say('pageTitle', 'ru') }).waitFor();
    expect(await s.page.title()).toBe(say('pageTitle', 'ru'));
    await expect(s.page.getByTestId('privacy').textContent()).resolves.toContain(say('privacyTitle', 'ru'));
    await readyThenOffline(s, 'worker');
    await expect(s.page.getByTestId('engine-status').textContent()).resolves.toBe(say('engineReady', 'ru'));
    await shot(s.page, 'checker-ready-ru-1280.png');
  });

  test('the Order’s samples: ready to submit, as the command line says', async () => {
    const want = (await expected(samples)).report!;
    expect(want.summary.ready).toBe(true);
    await dropFiles(s.page, [samples]);
    const report = s.page.getByTestId('file-report');
    await report.getByRole('heading', { name: say('reportFor', 'ru', { file: samples.name }) }).waitFor();
    await expect(report.getByTestId('verdict').textContent()).resolves.toBe(pane('ready', 'ru'));
    await expect(report.getByTestId('count-warning').textContent()).resolves.toBe(`${pane('severityWarning', 'ru')}: ${want.summary.warnings}`);
  });

  let copy: string;
  let mistakesReport: Report;
  test('a register with mistakes: the verdict first, every finding with its paragraph, the flagged posts', async () => {
    mistakesReport = (await expected(mistakes)).report!;
    await dropFiles(s.page, [mistakes]);
    const report = s.page.getByTestId('file-report');
    await report.getByRole('heading', { name: say('reportFor', 'ru', { file: mistakes.name }) }).waitFor();
    await expect(report.getByTestId('verdict').textContent()).resolves.toBe(pane('notReady', 'ru'));
    // The verdict comes before the findings, in reading order.
    const verdictFirst = await report.getByTestId('verdict').evaluate((v) => {
      const first = document.querySelector('.tobokel-finding');
      return Boolean(first && v.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(verdictFirst).toBe(true);
    expect(await report.locator('.tobokel-finding').count()).toBe(mistakesReport.findings.length);
    const messages = await report.locator('.tobokel-message').allTextContents();
    expect(messages).toEqual(expect.arrayContaining(mistakesReport.findings.map((f) => f.messages.ru)));
    await expect(report.textContent()).resolves.toContain(pane('flagsCount', 'ru', { n: mistakesReport.flags.length }));
    // The Order's own words, offline: fetched when the page got ready.
    await report.getByRole('button', { name: pane('showOrderWords', 'ru') }).first().click();
    await report.locator('.tobokel-order-words').first().waitFor();
    await shot(s.page, 'checker-mistakes-ru-1280.png');
  });

  test('downloads a checked copy under its own name: marks where the report says, values untouched', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: say('downloadCopy', 'ru') }).click()]);
    expect(download.suggestedFilename()).toBe('register-with-mistakes.checked.xlsx');
    copy = path.join(out, download.suggestedFilename());
    await download.saveAs(copy);
    await s.page.getByText(say('copySaved', 'ru', { name: download.suggestedFilename() })).waitFor();

    const workbook = await loadFull(copy);
    for (const register of mistakesReport.registers) {
      expect(markedCells(formatsOf(workbook.getWorksheet(register.sheet)!))).toEqual(plannedCells(mistakesReport, register.sheet));
    }
    const before = await readWorkbook(mistakes.bytes);
    const after = await readWorkbook(fs.readFileSync(copy));
    for (const grid of before) expect(after.find((g) => g.sheet === grid.sheet)).toEqual(grid);
    const findings = workbook.getWorksheet(FINDINGS_SHEET_WORDS.sheetName.ru);
    expect(findings).toBeDefined();
    const links: string[] = [];
    findings!.eachRow((row) => {
      const value = row.getCell(2).value as { hyperlink?: string } | null;
      if (value && typeof value === 'object' && value.hyperlink) links.push(value.hyperlink);
    });
    expect(links).toEqual(expect.arrayContaining(mistakesReport.findings.map((f) => `#'${f.sheet}'!${f.range ?? f.cell}`)));
  });

  test('LibreOffice opens the checked copy and keeps its marks on the same cells', () => {
    const soffice = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
    if (!soffice) throw new Error('LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tobokel-lo-profile-'));
    const converted = path.join(out, 'libreoffice');
    try {
      execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', converted, copy], { stdio: 'pipe', timeout: 120_000 });
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    return loadFull(path.join(converted, path.basename(copy))).then((workbook) => {
      for (const register of mistakesReport.registers) {
        expect(markedCells(formatsOf(workbook.getWorksheet(register.sheet)!))).toEqual(plannedCells(mistakesReport, register.sheet));
      }
      expect(workbook.getWorksheet(FINDINGS_SHEET_WORDS.sheetName.ru)).toBeDefined();
    });
  }, 150_000);

  test('several files at once, hostile ones among them: each refused with the command line’s reason, the rest summed up', async () => {
    const files = [samples, mistakes, ...hostile];
    const want = await Promise.all(files.map(expected));
    // Picked rather than dropped: a 51 MB file is handed over from disk, not through the page's script.
    const paths = files.map((file) => {
      const at = path.join(out, 'picked', file.name);
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.writeFileSync(at, file.bytes);
      return at;
    });
    await s.page.setInputFiles('#files', paths);
    await s.page.getByTestId('consolidation').waitFor({ timeout: 60_000 });
    const items = s.page.locator('#files-title + .tobokel-files > li');
    expect(await items.count()).toBe(files.length);
    for (const [index, file] of files.entries()) {
      const item = items.nth(index);
      await expect(item.locator('.tobokel-file-name').textContent()).resolves.toBe(file.name);
      const refusal = want[index].refusal;
      if (refusal) {
        expect(await item.getAttribute('data-state')).toBe('unreadable');
        // The reason as the command line gives it, without the file name the line already shows.
        await expect(item.locator('.tobokel-hint').textContent()).resolves.toBe(refusal.ru.replace(`${file.name}: `, ''));
      } else {
        expect(await item.getAttribute('data-state')).toBe(want[index].report!.summary.ready ? 'ready' : 'not-ready');
      }
    }
    expect(want.filter((w) => w.refusal)).toHaveLength(hostile.length);
    const bodies = await s.page.getByTestId('consolidation').locator('.tobokel-file-name').allTextContents();
    expect(bodies).toEqual(['order-281-samples', 'register-with-mistakes']);
    // Each body's breakdown is the command line's (its words and its counts).
    const breakdown = await s.page.getByTestId('consolidation').locator('.tobokel-breakdown').first().textContent();
    const summary = await consolidationOf([samples]);
    expect(breakdown).toContain(countsText(summary.bodies[0].byLevel, 'ru'));
    // A refused file's report says why, in full.
    await items.nth(2).getByRole('button', { name: say('showReport', 'ru') }).click();
    await expect(s.page.getByTestId('unreadable').textContent()).resolves.toContain(want[2].refusal!.ru);
    // …and the report asked for is where the focus went, so the person is taken to it.
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    for (const width of [1280, 768, 320]) await shot(s.page, `checker-several-ru-${width}.png`, width);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  test('blank forms: the workbook `tobokel template` writes', async () => {
    await s.page.getByRole('radio', { name: say('appendixBoth', 'ru') }).check();
    await s.page.getByRole('radio', { name: pane('languageRu', 'ru') }).check();
    await s.page.getByRole('checkbox', { name: pane('withSample', 'ru') }).check();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: say('downloadForm', 'ru') }).click()]);
    expect(download.suggestedFilename()).toBe('appendix-1-2-ru-sample.xlsx');
    const file = path.join(out, download.suggestedFilename());
    await download.saveAs(file);
    const cli = await writePlans(templatePlans({ kinds: ['risks', 'positions'], language: 'ru', withSample: true, rowsPerHeading: DEFAULT_ROWS_PER_HEADING, headings: [...FORM_HEADINGS], year: TODAY.getFullYear() }));
    expect(await readWorkbook(fs.readFileSync(file))).toEqual(await readWorkbook(cli));
  });
});

describe('the checker page by keyboard alone, at 320 px, in English', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 320, height: 800 }, 'en-US');
  });
  afterEach(() => {
    expect(s.pageErrors).toEqual([]);
    expect(s.blocked).toEqual([]);
  });
  afterAll(() => s?.context.close());

  /** Presses Tab (or Shift+Tab) until `target` has the focus; fails if it never does. */
  async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
    for (let i = 0; i < 120; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press(key);
    }
    throw new Error(`Tab never reached ${await target.textContent()}`);
  }

  test('chooses a file, reads the report and downloads the copy without a mouse', async () => {
    // Listening before the page loads: Playwright intercepts the picker only once someone listens, and
    // switching that on as Enter is pressed is a race.
    const chosen = new Promise<FileChooser>((resolve) => s.page.once('filechooser', resolve));
    await s.page.goto(`${origin}/check.html`);
    await readyThenOffline(s, 'worker');
    const choose = s.page.getByRole('button', { name: say('chooseFiles', 'en') });
    await tabTo(s.page, choose);
    await s.page.keyboard.press('Enter');
    let timer: NodeJS.Timeout | undefined;
    const chooser = await Promise.race([
      chosen,
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('Enter on “Choose files” opened no file picker')), STEP_MS))),
    ]).finally(() => clearTimeout(timer));
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles({ name: mistakes.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: mistakes.bytes });
    await s.page.getByTestId('verdict').waitFor();
    const copyButton = s.page.getByRole('button', { name: say('downloadCopy', 'en') });
    await tabTo(s.page, copyButton);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('register-with-mistakes.checked.xlsx');
    // The severity filter, from the keyboard too.
    const errorsOnly = s.page.getByRole('button', { name: new RegExp(`^${pane('severityError', 'en')} \\(`) });
    await tabTo(s.page, errorsOnly);
    await s.page.keyboard.press('Enter');
    const severities = await s.page.locator('.tobokel-finding').evaluateAll((items) => items.map((li) => li.getAttribute('data-severity')));
    expect(new Set(severities)).toEqual(new Set(['error']));
    await shot(s.page, 'checker-keyboard-en-320.png');
  });

  test('switches the language from the keyboard and remembers it', async () => {
    const select = s.page.getByRole('combobox', { name: pane('languageLabel', 'en') });
    await tabTo(s.page, select, 'Shift+Tab');
    await s.page.keyboard.press('ArrowUp');
    await s.page.keyboard.press('ArrowUp');
    await s.page.getByRole('heading', { level: 1, name: say('pageTitle', 'ky') }).waitFor();
    s.offline = false; // a reload fetches the page again
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1, name: say('pageTitle', 'ky') }).waitFor();
    await readyThenOffline(s, 'worker');
    await shot(s.page, 'checker-ready-ky-320.png');
  });
});

describe('the checker page opened from a folder (file://)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 768, height: 900 }, 'ky-KG');
  });
  afterEach(() => {
    expect(s.pageErrors).toEqual([]);
    expect(s.blocked).toEqual([]);
  });
  afterAll(() => s?.context.close());

  test('Chromium forbids a worker there: the page checks in the tab, and says so plainly', async () => {
    await s.page.goto(`file://${path.join(built, 'check.html')}`);
    await readyThenOffline(s, 'page');
    await s.page.getByText(say('engineInPage', 'ky')).waitFor();
    await dropFiles(s.page, [mistakes, hostile[0]]);
    await s.page.getByTestId('consolidation').waitFor();
    await expect(s.page.getByTestId('verdict').textContent()).resolves.toBe(pane('notReady', 'ky'));
    await shot(s.page, 'checker-file-ky-768.png');
  });
});

describe('a browser that allows neither a worker nor the page’s own engine', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 768, height: 900 }, 'ru-RU');
    // As a locked-down browser would: no Worker at all, and the engine's chunk refused.
    await s.context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await s.context.route(/checker-engine/, (route) => route.abort('blockedbyclient'));
  });
  afterEach(() => expect(s.pageErrors).toEqual([]));
  afterAll(() => s?.context.close());

  test('says plainly that this browser forbids it, and offers nothing that cannot work', async () => {
    await s.page.goto(`${origin}/check.html`);
    await s.page.locator('[data-testid=engine-status][data-state=forbidden]').waitFor();
    await expect(s.page.getByTestId('engine-status').textContent()).resolves.toBe(say('engineForbidden', 'ru'));
    expect(await s.page.getByRole('button', { name: say('chooseFiles', 'ru') }).isDisabled()).toBe(true);
    expect(await s.page.getByRole('button', { name: say('downloadForm', 'ru') }).isDisabled()).toBe(true);
    await shot(s.page, 'checker-forbidden-ru-768.png');
  });
});

describe('a worker that dies under a check', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession({ width: 768, height: 900 }, 'en-US');
  });
  afterEach(() => expect(s.pageErrors).toEqual([]));
  afterAll(() => s?.context.close());

  test('the page says so instead of reading for ever, and the next check works', async () => {
    await s.page.goto(`${origin}/check.html`);
    await s.page.locator('[data-testid=engine-status][data-state=ready-worker]').waitFor();
    const [worker] = s.page.workers();
    // Busy for a moment, then an uncaught error: the check dropped meanwhile waits in the worker's queue.
    await worker.evaluate(() => {
      setTimeout(() => {
        const until = Date.now() + 1500;
        while (Date.now() < until);
        throw new Error('the worker fell over');
      }, 0);
    });
    await dropFiles(s.page, [mistakes]);
    await expect(s.page.getByTestId('batch-problem').textContent()).resolves.toBe(say('engineStopped', 'en'));
    await dropFiles(s.page, [mistakes]);
    await expect(s.page.getByTestId('verdict').textContent()).resolves.toBe(pane('notReady', 'en'));
    expect(await s.page.getByTestId('batch-problem').count()).toBe(0);
  });
});
