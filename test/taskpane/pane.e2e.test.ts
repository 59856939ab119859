/**
 * End to end: the built pane in headless Chromium against Microsoft's Excel client library and our
 * in-memory workbook (see e2e/harness.ts). Insert a form, check it, go to a finding, clear the marks,
 * switch languages; a screenshot per language lands in test-output/e2e/ for people to look at.
 * Needs Debian's chromium (/usr/bin/chromium, or $CHROMIUM_PATH); without it the test says so and skips.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildForBrowser, officeJsReplacement, serve, type PageSetup } from './e2e/harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'e2e');
const DIST = path.join(OUT, 'dist');
const available = fs.existsSync(CHROMIUM);
if (!available) console.warn(`pane.e2e: ${CHROMIUM} not found; skipping the browser test (apt-get install chromium)`);
const describeIf = available ? describe : describe.skip;

/** Plain data the page hands back about the workbook host. */
interface HostState {
  sheets: { name: string; conditionalFormats: number }[];
  selection: { sheet: string | undefined; top: number; left: number };
  failures: string[];
}

/** Polls `read` until `done` holds (or about five seconds pass), returning the last value. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 50 && !done(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

function hostState(page: Page): Promise<HostState> {
  return page.evaluate(() => {
    const host = (window as unknown as { __TOBOKEL_HOST__: { workbook: { sheets: { id: string; name: string; conditionalFormats: unknown[] }[]; selection: { sheetId: string; rect: { top: number; left: number } } }; responder: { failures: string[] } } }).__TOBOKEL_HOST__;
    const { sheets, selection } = host.workbook;
    return {
      sheets: sheets.map((s) => ({ name: s.name, conditionalFormats: s.conditionalFormats.length })),
      selection: { sheet: sheets.find((s) => s.id === selection.sheetId)?.name, top: selection.rect.top, left: selection.rect.left },
      failures: [...host.responder.failures],
    };
  });
}

describeIf('the pane in a browser, against the Excel test host', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    await buildForBrowser(DIST);
    server = await serve(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(setup: PageSetup): Promise<{ page: Page; errors: string[] }> {
    // A task pane's width; tall enough to show the findings in the screenshots.
    const page = await browser.newPage({ viewport: { width: 380, height: 1100 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const officeJs = officeJsReplacement(DIST, setup);
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: officeJs }));
    await page.goto(`${server.url}/taskpane.html`);
    return { page, errors };
  }

  test('insert, check, go to a finding, clear, switch language', async () => {
    const { page, errors } = await openPane({ displayLanguage: 'ky-KG', excelApiUpTo: 99 });

    // Insert Appendix 1 with the Order's sample rows.
    await page.getByRole('tab', { name: 'Формалар' }).waitFor();
    await page.getByRole('checkbox', { name: 'үлгү саптары менен' }).check();
    await page.getByRole('button', { name: 'Форманы кыстаруу' }).click();
    const inserted = await page.getByText(/барагы кошулду/).textContent();
    const sheetName = /«(.+)»/.exec(inserted ?? '')![1];
    expect((await hostState(page)).sheets.map((s) => s.name)).toContain(sheetName);

    // Check: the verdict, then the findings.
    await page.getByRole('tab', { name: 'Текшерүү' }).click();
    await page.getByRole('button', { name: 'Текшерүү', exact: true }).click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/^Тапшырууга даяр( эмес)?$/);
    const first = page.locator('.tobokel-finding-button').first();
    await first.waitFor();
    const cell = (await first.locator('.tobokel-cell').textContent())!;
    const marked = (await hostState(page)).sheets.find((s) => s.name === sheetName)!;
    expect(marked.conditionalFormats).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, 'pane-ky.png'), fullPage: true });

    // Clicking a finding selects its cell.
    await first.click();
    const row = Number(/\d+/.exec(cell)![0]);
    const selection = await until(async () => (await hostState(page)).selection, (s) => s.sheet === sheetName && s.top === row);
    expect(selection).toEqual({ sheet: sheetName, top: row, left: expect.any(Number) });

    // Switch language: the same results, in Russian, then English.
    await page.getByRole('combobox', { name: 'Интерфейстин тили' }).selectOption('ru');
    await page.getByRole('tab', { name: 'Проверка' }).waitFor();
    expect(await page.getByTestId('verdict').textContent()).toMatch(/^(Готово к представлению|Не готово)$/);
    await page.screenshot({ path: path.join(OUT, 'pane-ru.png'), fullPage: true });
    await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
    await page.getByRole('tab', { name: 'Check' }).waitFor();
    await page.screenshot({ path: path.join(OUT, 'pane-en.png'), fullPage: true });

    // Flags.
    await page.getByRole('tab', { name: 'Positions' }).click();
    await page.getByText('A position is flagged when it combines three factors', { exact: false }).waitFor();

    // Clear marks: every mark gone.
    await page.getByRole('tab', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Clear marks' }).click();
    await page.getByText(/^Marks cleared: \d+$/).waitFor();
    expect((await hostState(page)).sheets.find((s) => s.name === sheetName)!.conditionalFormats).toBe(0);

    // The language choice is remembered across a reload.
    await page.reload();
    await page.getByRole('tab', { name: 'Forms' }).waitFor();

    expect((await hostState(page)).failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('an Excel without ExcelApi 1.8 (dark theme) says what is missing, offers the workbooks, and still inserts', async () => {
    const { page, errors } = await openPane({ displayLanguage: 'ru-RU', excelApiUpTo: 7, themeBackground: '#1f1f1f' });
    await page.getByTestId('capability-notice').waitFor();
    expect(await page.getByTestId('capability-notice').textContent()).toContain('Раскрывающиеся списки недоступны');
    const href = await page.getByRole('link').first().getAttribute('href');
    const download = await page.request.get(`${server.url}/${href}`);
    expect(download.status()).toBe(200);
    await page.getByRole('button', { name: 'Вставить форму' }).click();
    await page.getByText(/Добавлен лист/).waitFor();
    expect(await page.getByText('ExcelApi 1.8', { exact: false }).count()).toBeGreaterThan(0);
    // Office's dark theme reaches Fluent: the pane's background is dark.
    const background = await page.locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await page.screenshot({ path: path.join(OUT, 'pane-ru-excel-2019-dark.png'), fullPage: true });
    expect((await hostState(page)).failures).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
