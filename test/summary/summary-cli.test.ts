/** `tobokel summary` end to end: files in, a workbook with the summary sheet, its fills and its chart out. */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { heatColor, LEVEL_COLORS, SUMMARY_SHEET_NAMES, SUMMARY_TITLES } from '../../src/checks/summary-plan';
import { captureIo, scratchDir } from '../cli/helpers';
import { summaryGrids } from './fixtures';
import { writeGrids } from './grid-files';

async function runMain(argv: string[], cwd: string) {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('tobokel summary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await scratchDir();
    await writeGrids(dir, 'body.xlsx', summaryGrids());
  });

  it('writes the summary sheet with the heat map fills and a chart part over its own table', async () => {
    const before = await fs.readFile(path.join(dir, 'body.xlsx'));
    const result = await runMain(['summary', 'body.xlsx', '--out', 'summary.xlsx', '--lang', 'ru', '--today', '2026-11-26'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('summary.xlsx');
    // The register's own file is untouched.
    expect(await fs.readFile(path.join(dir, 'body.xlsx'))).toEqual(before);

    const buffer = await fs.readFile(path.join(dir, 'summary.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SUMMARY_SHEET_NAMES.ru]);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe(SUMMARY_TITLES.ru);
    // potential × high holds the table's largest count: the high colour itself.
    let found = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'потенциальный' && row.getCell(5).value === 2) {
        expect((row.getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${LEVEL_COLORS.high.slice(1)}`);
        found += 1;
      }
      if (row.getCell(1).value === 'ситуационный' && row.getCell(3).value === 1 && found === 1) {
        expect((row.getCell(3).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${heatColor('low', 1, 2)!.slice(1)}`);
        found += 1;
      }
    });
    expect(found).toBe(2);

    const zip = await JSZip.loadAsync(buffer);
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('Уровни рисков по видам функций');
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(4);
    expect(chart).toContain(`'${SUMMARY_SHEET_NAMES.ru}'!$E$`);
    expect(chart).toContain(`<a:srgbClr val="${LEVEL_COLORS.high.slice(1)}"/>`);
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/xl/charts/chart1.xml');
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string')).toContain('../charts/chart1.xml');
  });

  it('refuses to write into one of the registers, and needs --out', async () => {
    expect(await runMain(['summary', 'body.xlsx', '--out', 'body.xlsx'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('never writes into a register') });
    expect(await runMain(['summary', 'body.xlsx'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--out') });
  });

  it('names an unreadable file and still summarises the rest, exit 2', async () => {
    await fs.writeFile(path.join(dir, 'broken.xlsx'), 'not a zip');
    const result = await runMain(['summary', 'body.xlsx', 'broken.xlsx', '--out', 'two.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.xlsx');
    await expect(fs.stat(path.join(dir, 'two.xlsx'))).resolves.toBeTruthy();
  });
});
