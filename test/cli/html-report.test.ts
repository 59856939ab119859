/**
 * The HTML report as a reviewer hands it on: its words and structure, then the page itself in headless
 * Chromium, on screen and printed to A4. Screenshots and the PDF go to test-output/report/ for a person
 * to look at.
 */
import { existsSync, promises as fs } from 'fs';
import path from 'path';
import { chromium, type Browser } from 'playwright-core';
import { main } from '../../src/cli/main';
import { MISTAKES_FILE } from '../../src/cli/commands/demo';
import { run, scratchDir } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output', 'report');
const CHROMIUM = '/usr/bin/chromium';
const TODAY = ['--today', '2026-11-26'];

let dir: string;
let single: string;
let batch: string;
beforeAll(async () => {
  dir = await scratchDir();
  expect((await run(main, ['demo', '--dir', 'in', '--lang', 'en'], dir)).code).toBe(0);
  await fs.writeFile(path.join(dir, 'in', 'cover-letter.docx'), 'not a workbook');
  await fs.mkdir(OUT, { recursive: true });
  const one = await run(main, ['check', path.join('in', MISTAKES_FILE), '--format', 'html', '--lang', 'ru', ...TODAY], dir);
  single = one.stdout;
  const many = await run(main, ['check', 'in', '--format', 'html', '--lang', 'ky', ...TODAY], dir);
  batch = many.stdout;
  expect(many.code).toBe(2);
  await fs.writeFile(path.join(OUT, 'report-ru.html'), single);
  await fs.writeFile(path.join(OUT, 'report-ky-batch.html'), batch);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the HTML report', () => {
  it('is titled with the body the register names, the Order and the day of the check, verdict first', () => {
    expect(single).toContain('<h1>Кыргыз Республикасынын Экономика министрлигиндеги коррупциялык тобокелдиктердин ТИЗМЕГИ</h1>');
    expect(single).toContain('Распоряжение Премьер-министра Кыргызской Республики от 18 мая 2016 года № 281');
    expect(single).toContain('Дата проверки: 26.11.2026');
    expect(single).toMatch(/<title>Кыргыз Республикасынын Экономика министрлигиндеги[^<]*26\.11\.2026<\/title>/);
    const verdict = single.indexOf('class="verdict not-ready">Не готово (3 ошибки, ');
    expect(verdict).toBeGreaterThan(0);
    expect(verdict).toBeLessThan(single.indexOf('<table'));
  });

  it('cites the Order in the reader\'s words and keeps rule ids out', () => {
    expect(single).toContain('<td>Приложение 2, сноска (****)</td>');
    expect(single).toContain('<td>пункт 4</td>');
    expect(single).not.toMatch(/\b(level|required|category|risk|approval)\.[a-z-]+\b/);
    expect(batch).toContain('<td>2-тиркеме, (****) эскертүү</td>');
    expect(batch).toContain('<td>4-пункт</td>');
  });

  it('gives every table its header row and the suggested value once', () => {
    const tables = single.match(/<table[^>]*>/g) ?? [];
    expect(tables.length).toBeGreaterThan(3);
    expect(single.match(/<table[^>]*><thead><tr><th>/g)).toHaveLength(tables.length);
    // «Системдик» reads as «Системалуу (реалдуу)»: the value appears in the message, not again beside it.
    const row = single.split('\n').find((line) => line.includes('«Системдик»')) ?? '';
    expect(row.split('Системалуу (реалдуу)').length - 1).toBe(2);
  });

  it('has a level × category table per register, per body and in total, and lists what was not checked', () => {
    // The copy with mistakes: a systemic risk rated zero, one misspelt «Системдик» rated high, one level left empty.
    expect(single).toContain('<th>Категория риска \\ Уровень риска</th><th>нулевой</th><th>низкий</th><th>средний</th><th>высокий</th><th>не заполнено</th><th>Всего</th>');
    expect(single).toMatch(/<td>системный \(реальный\)<\/td><td class="num heat-zero s\d">1<\/td><td class="num zero">0<\/td><td class="num zero">0<\/td><td class="num heat-high s\d">1<\/td><td class="num zero">0<\/td><td class="num total">2<\/td>/);
    expect(single).toMatch(/<td>потенциальный<\/td>(<td class="num zero">0<\/td>){4}<td class="num heat-empty s\d">1<\/td>/);
    expect(batch).toContain('<h3>Бардык органдар</h3>');
    expect(batch).toContain('<h3>Орган: order-281-sample</h3>');
    expect(batch).toContain('Текшерилбеген файлдар: 1 файл');
    expect(batch).toContain('бул Word документи — тизменин таблицасын Excelге көчүрүп, .xlsx катары сактаңыз');
  });

  it('shows each sign of a flagged post by its first few phrases, the rest counted in the reader\'s words', () => {
    const signs = (html: string) => [...html.matchAll(/<b>[^<]*:<\/b> ([^<]*)/g)].map((m) => m[1]);
    expect(signs(single).length).toBeGreaterThan(0);
    for (const line of signs(single)) expect(line.replace(/ и ещё \d+$/, '').split(', ').length).toBeLessThanOrEqual(3);
    expect(signs(single).some((line) => / и ещё \d+$/.test(line))).toBe(true);
    expect(signs(batch).some((line) => / жана дагы \d+$/.test(line))).toBe(true);
  });

  it('stands alone: no scripts, no links, nothing fetched', () => {
    for (const html of [single, batch]) {
      expect(html).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|@import/i);
    }
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: sudo apt-get install -y chromium`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['report-ru', () => single],
    ['report-ky-batch', () => batch],
  ])('%s renders offline without overflow and prints on A4', async (name, html) => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(html(), { waitUntil: 'load' });
    expect(requests).toEqual([]);
    // Nothing wider than the page: a table that overflows is cut off on paper.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
    // The first screen at full size: what a head of body sees on opening it.
    await page.screenshot({ path: path.join(OUT, `${name}-first-screen.png`) });
    await page.emulateMedia({ media: 'print' });
    const a4Width = Math.round((210 / 25.4) * 96);
    await page.setViewportSize({ width: a4Width, height: 1123 });
    const printOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(printOverflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ path: path.join(OUT, `${name}.pdf`), format: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  }, 60_000);
});
