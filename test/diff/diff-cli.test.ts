/** `tobokel diff` on two saved registers: rows reordered, one reworded, one re-rated, one added, one removed, the sheet renamed. */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from '../cli/helpers';
import { riskGrid } from '../fixtures/grids';
import { writeGrids } from '../summary/grid-files';
import { RISKS, riskRow } from './fixtures';

async function runMain(argv: string[], cwd: string) {
  const io = captureIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('tobokel diff', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await scratchDir();
    await writeGrids(dir, '2025.xlsx', [riskGrid(['Уруксат берүү функциясы',
      riskRow(1, RISKS[0], 'Потенциалдуу', 'Жогорку'),
      riskRow(2, RISKS[1], 'Кырдаалдык', 'Төмөнкү'),
      riskRow(3, RISKS[2], 'Системалуу (реалдуу)', 'Орточо'),
      riskRow(4, RISKS[3], 'Потенциалдуу', 'Орточо')], { sheet: 'Тизме 2025' })]);
    await writeGrids(dir, '2026.xlsx', [riskGrid(['Уруксат берүү функциясы',
      riskRow(1, RISKS[3], 'Потенциалдуу', 'Орточо'),
      riskRow(2, RISKS[4], 'Кырдаалдык', 'Төмөнкү'),
      riskRow(3, [RISKS[1][0], RISKS[1][1], `${RISKS[1][2]} атайылап`], 'Кырдаалдык', 'Төмөнкү'),
      riskRow(4, RISKS[2], 'Системалуу (реалдуу)', 'Жогорку')], { sheet: '2026-жыл' })]);
  });

  it('prints the changes with their rows, counts the rest, and notes the carried-over risk (p.13)', async () => {
    const result = await runMain(['diff', '2025.xlsx', '2026.xlsx', '--lang', 'en'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('4 → 4: 1 added, 1 removed, 1 re-rated, 1 reworded only, 1 unchanged.');
    expect(result.stdout).toContain('This year: 2026-жыл, row 7 | Risk: Кайрылууларды');
    expect(result.stdout).toContain('Last year: Тизме 2025, row 6 | Risk: Бөлүмдүн адиси');
    expect(result.stdout).toMatch(/Last year: Тизме 2025, row 8 \| This year: 2026-жыл, row 9 \| .* \| Level: medium → high/);
    expect(result.stdout).toContain('Risks carried over from last year with the same text and level: 1. Paragraph 13');
  });

  it('gives JSON with codes and rows, HTML, and an .xlsx for reviewers', async () => {
    const json = JSON.parse((await runMain(['diff', '2025.xlsx', '2026.xlsx', '--format', 'json'], dir)).stdout);
    expect(json.risks.rerated[0]).toMatchObject({ old: { sheet: 'Тизме 2025', row: 8, level: 'medium' }, new: { sheet: '2026-жыл', row: 9, level: 'high' }, changed: ['level'] });
    expect(json.risks.reworded[0]).toMatchObject({ old: { row: 7 }, new: { row: 8 }, changed: ['wording'] });
    expect(json.notes).toEqual([{ code: 'review.carried-over', paragraph: 'p.13', risks: 1 }]);

    const html = (await runMain(['diff', '2025.xlsx', '2026.xlsx', '--format', 'html', '--lang', 'ru'], dir)).stdout;
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Изменён уровень или категория');

    expect((await runMain(['diff', '2025.xlsx', '2026.xlsx', '--format', 'xlsx', '--out', 'diff.xlsx', '--lang', 'ky'], dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fs.readFile(path.join(dir, 'diff.xlsx'))) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('Коррупциялык тобокелдиктер (1-тиркеме) — Кошулгандар');
    expect(texts).toContain('орточо → жогорку');
  });

  it('refuses the wrong number of files, xlsx without --out, and names an unreadable file', async () => {
    expect((await runMain(['diff', '2025.xlsx'], dir)).code).toBe(2);
    expect((await runMain(['diff', '2025.xlsx', '2026.xlsx', '--format', 'xlsx'], dir)).stderr).toContain('--format xlsx needs --out');
    const missing = await runMain(['diff', '2025.xlsx', 'nope.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
  });
});
