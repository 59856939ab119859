/**
 * `--format xlsx`: the report as a workbook. Read back through ExcelJS (sheets, header rows, frozen panes,
 * filters, widths) and through the project's own reader, and opened by LibreOffice, which must take it as
 * a spreadsheet (it fails, never skips, without soffice: CI installs libreoffice-calc).
 */
import { execFileSync, spawnSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { checkCommand } from '../../src/cli/commands/check';
import { readWorkbook } from '../../src/xlsx';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

const TODAY = ['--today', '2026-11-26'];

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
  await fs.writeFile(path.join(dir, 'good.xlsx'), await positionsWorkbook(GOOD_ROWS));
  await fs.writeFile(path.join(dir, 'bad.xlsx'), await positionsWorkbook([{ ...GOOD_ROWS[0], level: 'нөлдүк' }, { ...GOOD_ROWS[1], powers: '' }]));
  await fs.writeFile(path.join(dir, 'letter.docx'), 'not a workbook');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('--format xlsx', () => {
  it('needs --out: a workbook is not text for a terminal', async () => {
    await expect(run(checkCommand, ['good.xlsx', '--format', 'xlsx'], dir)).rejects.toThrow('--format xlsx writes a file: add --out FILE.xlsx');
  });

  it('writes the summary, the findings, the flagged positions and the level × category counts each on a sheet, header frozen, filters on, columns sized', async () => {
    const result = await run(checkCommand, ['good.xlsx', 'bad.xlsx', 'letter.docx', '--format', 'xlsx', '--out', 'report.xlsx', '--lang', 'ru', ...TODAY], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const json = JSON.parse((await run(checkCommand, ['good.xlsx', 'bad.xlsx', '--format', 'json', ...TODAY], dir)).stdout);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'report.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Сводка', 'Что найдено', 'Коррупциогенная должность', 'Уровень × категория']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      for (let column = 1; column <= sheet.columnCount; column++) expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(8);
    }
    const [summary, findings, flags, levels] = workbook.worksheets;
    // Appendix 2 has no category: one row per register, its levels counted as the register holds them.
    expect(levels.getRow(1).values).toEqual([undefined, 'Файл', 'Лист', 'Перечень', 'Категория риска', 'нулевой', 'низкий', 'средний', 'высокий', 'не заполнено', 'не распознано', 'Всего']);
    expect(levels.getRow(3).values).toEqual([undefined, 'bad.xlsx', 'Тизме 2', 'Приложение 2', '', 1, 0, 1, 0, 0, 0, 2]);
    expect(summary.getRow(1).values).toEqual([undefined, 'Файл', 'Орган', 'Вывод', 'Ошибка', 'Предупреждение', 'Замечание', 'Коррупциогенная должность', 'Приложение 1: строка', 'Приложение 2: строка', 'Причина']);
    expect(summary.getRow(3).getCell(3).value).toBe('Не готово');
    expect(summary.getRow(4).getCell(1).value).toBe('letter.docx');
    expect(String(summary.getRow(4).getCell(10).value)).toContain('это документ Word');

    // A long message wraps, and its row is made tall enough to show it.
    const longRow = findings.getColumn(8).values.findIndex((value) => String(value ?? '').length > 70);
    expect(longRow).toBeGreaterThan(1);
    expect(findings.getRow(longRow).height).toBeGreaterThanOrEqual(30);
    const allFindings = json.reports.flatMap((report: { findings: unknown[] }) => report.findings);
    expect(findings.rowCount).toBe(1 + allFindings.length);
    expect(findings.getRow(1).getCell(10).value).toBe('Правило (код)');
    const basis = findings.getColumn(7).values.slice(2);
    expect(basis).toContain('Приложение 2, сноска (****)');
    const allFlags = json.reports.flatMap((report: { flags: unknown[] }) => report.flags);
    expect(flags.rowCount).toBe(1 + allFlags.length);

    // The project's own reader takes it like any workbook: every sheet, its header row first.
    const grids = await readWorkbook(path.join(dir, 'report.xlsx'));
    expect(grids.map((grid) => grid.values[0][0])).toEqual(['Файл', 'Файл', 'Файл', 'Файл']);
  });

  it('opens in LibreOffice Calc', () => {
    const binary = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
    if (!binary) throw new Error('LibreOffice is not installed (no soffice on PATH): apt-get install -y --no-install-recommends libreoffice-calc');
    const profile = path.join(dir, 'lo-profile');
    const outDir = path.join(dir, 'lo');
    // The first sheet as CSV: LibreOffice had to read the workbook to write it.
    execFileSync(binary, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76', '--outdir', outDir, path.join(dir, 'report.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const csv = readFileSync(path.join(outDir, 'report.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^Файл;Орган;Вывод;/);
    expect(csv).toContain('letter.docx');
  }, 130_000);
});
