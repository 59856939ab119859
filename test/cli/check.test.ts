import { promises as fs } from 'fs';
import path from 'path';
import { checkCommand } from '../../src/cli/commands/check';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

const TODAY = ['--today', '2026-11-26'];

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
  await fs.writeFile(path.join(dir, 'good.xlsx'), await positionsWorkbook(GOOD_ROWS));
  // The same risk typed differently by a second body: case, spacing and punctuation.
  const shared = { ...GOOD_ROWS[1], risk: `  ${GOOD_ROWS[1].risk.toUpperCase().replace(',', '')} ` };
  await fs.writeFile(path.join(dir, 'other-body.xlsx'), await positionsWorkbook([GOOD_ROWS[0], shared]));
  await fs.writeFile(path.join(dir, 'bad.xlsx'), await positionsWorkbook([{ ...GOOD_ROWS[0], level: 'нөлдүк' }, { ...GOOD_ROWS[1], powers: '' }], 'Бет <b>&"x"'));
  await fs.writeFile(path.join(dir, 'junk.xlsx'), Buffer.from('this is not a workbook'));
  await fs.writeFile(path.join(dir, 'empty-book.xlsx'), await (await import('../../src/xlsx')).writePlans([]));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('tobokel check', () => {
  it('exits 0 for a ready register and prints the verdict first', async () => {
    const result = await run(checkCommand, ['good.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^good\.xlsx — Ready to submit \(0 errors, /);
    expect(result.stderr).toBe('');
  });

  it('exits 1 when a register has errors, with findings grouped under their sheet', async () => {
    const result = await run(checkCommand, ['bad.xlsx', ...TODAY], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^bad\.xlsx — Not ready \([1-9]\d* errors?, /);
    expect(result.stdout).toContain('Sheet «Бет <b>&"x"»');
    expect(result.stdout).toMatch(/E4 +Error/);
  });

  it('prints finding messages in the chosen language', async () => {
    const ky = await run(checkCommand, ['bad.xlsx', '--lang', 'ky', ...TODAY], dir);
    expect(ky.stdout).toContain('Тапшырууга даяр эмес');
    expect(ky.stdout).toMatch(/E4 +Ката/);
  });

  it('--format json prints exactly the report of design.md, with the file set', async () => {
    const result = await run(checkCommand, ['bad.xlsx', '--format', 'json', ...TODAY], dir);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'flags', 'registers', 'summary']);
    expect(report.file).toBe('bad.xlsx');
    expect(report.registers[0]).toMatchObject({ sheet: 'Бет <b>&"x"', kind: 'positions', language: 'ky', headerRow: 3, rows: 2 });
    expect(report.summary).toMatchObject({ ready: false });
    for (const finding of report.findings) {
      expect(finding).toEqual(expect.objectContaining({ sheet: expect.any(String), cell: expect.any(String), row: expect.any(Number), column: expect.any(String), severity: expect.stringMatching(/^(error|warning|info)$/), rule: expect.any(String), paragraph: expect.any(String), message: expect.any(String) }));
    }
    expect(report.flags[0]).toEqual(expect.objectContaining({ sheet: expect.any(String), row: expect.any(Number), position: expect.any(String), factors: expect.objectContaining({ discretion: expect.any(Array) }) }));
    expect(result.code).toBe(1);
  });

  it('--format csv has a header line in the reader\'s words and one quoted line per finding; the rule id is the last column', async () => {
    const result = await run(checkCommand, ['bad.xlsx', '--format', 'csv', ...TODAY], dir);
    const lines = result.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('File,Sheet,Cell,Row,Column,Type,Basis,Message,Suggested value,Rule (code)');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => /^bad\.xlsx,"Бет <b>&""x""",E4,4,risk level,Error,"Appendix 2, footnote \(\*\*\*\*\)",.*,level\.allowed$/.test(line))).toBe(true);
  });

  it('CSV in Russian or Kyrgyz opens in Excel there: UTF-8 with a byte-order mark, ";" between fields, the Order cited in words', async () => {
    const ru = await run(checkCommand, ['bad.xlsx', '--format', 'csv', '--lang', 'ru', ...TODAY], dir);
    expect(ru.stdout.startsWith('\uFEFFФайл;Лист;Ячейка;Строка;Столбец;Тип;Основание;Сообщение;Предлагаемое значение;Правило (код)\r\n')).toBe(true);
    const e4 = ru.stdout.split('\r\n').find((line) => line.includes(';E4;'));
    expect(e4).toMatch(/^bad\.xlsx;"Бет <b>&""x""";E4;4;уровень риска;Ошибка;Приложение 2, сноска \(\*\*\*\*\);.+;level\.allowed$/);
    const ky = await run(checkCommand, ['bad.xlsx', '--format', 'csv', '--lang', 'ky', ...TODAY], dir);
    expect(ky.stdout).toContain(';Ката;2-тиркеме, (****) эскертүү;');
    // No English codes in the people's columns: the rule id stays in its own last column.
    for (const line of ky.stdout.split('\r\n').slice(1, -1)) expect(line.split(';').slice(0, -1).join(';')).not.toMatch(/\b(level|required|position)\.[a-z-]+/);
  });

  it('--format html escapes what registers contain', async () => {
    const result = await run(checkCommand, ['bad.xlsx', '--format', 'html', ...TODAY], dir);
    expect(result.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(result.stdout).toContain('Бет &lt;b&gt;&amp;&quot;x&quot;');
    expect(result.stdout).not.toContain('<b>&"x"');
  });

  it('--out writes the report to a file and keeps stdout empty', async () => {
    const result = await run(checkCommand, ['good.xlsx', '--format', 'json', '--out', 'out/report.json', ...TODAY], dir);
    expect(result.stdout).toBe('');
    expect(JSON.parse(await fs.readFile(path.join(dir, 'out/report.json'), 'utf8')).file).toBe('good.xlsx');
  });

  it('exits 2 with a one-line reason naming a file it cannot read, and still reports the others', async () => {
    const result = await run(checkCommand, ['good.xlsx', 'junk.xlsx', 'missing.xlsx', '--format', 'json', ...TODAY], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'tobokel: junk.xlsx: not an .xlsx workbook (the file is not a zip package)',
      'tobokel: missing.xlsx: no such file',
    ]);
    const output = JSON.parse(result.stdout);
    expect(output.reports.map((r: { file: string }) => r.file)).toEqual(['good.xlsx']);
    expect(output.unreadable.map((u: { code: string }) => u.code)).toEqual(['not-xlsx', 'not-found']);
  });

  it('says so when a workbook holds no register', async () => {
    const result = await run(checkCommand, ['empty-book.xlsx', '--format', 'json', ...TODAY], dir);
    const report = JSON.parse(result.stdout);
    expect(report.registers).toEqual([]);
    expect(report.summary.ready).toBe(false);
    const table = await run(checkCommand, ['empty-book.xlsx', ...TODAY], dir);
    expect(table.stdout).toContain('No register found');
  });

  it('rejects wrong usage with exit 2', async () => {
    await expect(run(checkCommand, [], dir)).rejects.toThrow(/at least one \.xlsx file/);
    await expect(run(checkCommand, ['good.xlsx', '--format', 'xml'], dir)).rejects.toThrow(/--format must be one of table, json, csv, html, xlsx/);
    await expect(run(checkCommand, ['good.xlsx', '--bogus'], dir)).rejects.toThrow(/bogus/);
  });

  it('prints --help in English', async () => {
    const result = await run(checkCommand, ['--help'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: tobokel check FILE\.xlsx\.\.\./);
  });
});

describe('tobokel check on many files', () => {
  it('reports each file and a consolidated summary per body, with the risks bodies share', async () => {
    const result = await run(checkCommand, ['good.xlsx', 'other-body.xlsx', 'bad.xlsx', '--format', 'json', ...TODAY], dir);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.reports).toHaveLength(3);
    const bodies = output.consolidated.bodies;
    expect(bodies.map((b: { body: string }) => b.body)).toEqual(['good', 'other-body', 'bad']);
    expect(bodies[0]).toMatchObject({ ready: true, positions: 2, risks: 0, byLevel: { high: 1, medium: 1 } });
    expect(bodies[2]).toMatchObject({ ready: false, byLevel: { zero: 1, medium: 1 } });
    const shared = output.consolidated.sharedRisks;
    const tender = shared.find((risk: { risk: string }) => risk.risk === GOOD_ROWS[1].risk);
    expect(tender.bodies.sort()).toEqual(['bad', 'good', 'other-body']);
  });

  it('--body-by folder groups the files of one body', async () => {
    await fs.mkdir(path.join(dir, 'ministry-a'), { recursive: true });
    await fs.mkdir(path.join(dir, 'ministry-b'), { recursive: true });
    await fs.copyFile(path.join(dir, 'good.xlsx'), path.join(dir, 'ministry-a/appendix-2.xlsx'));
    await fs.copyFile(path.join(dir, 'other-body.xlsx'), path.join(dir, 'ministry-a/appendix-2-draft.xlsx'));
    await fs.copyFile(path.join(dir, 'bad.xlsx'), path.join(dir, 'ministry-b/appendix-2.xlsx'));
    const files = ['ministry-a/appendix-2.xlsx', 'ministry-a/appendix-2-draft.xlsx', 'ministry-b/appendix-2.xlsx'];
    const result = await run(checkCommand, [...files, '--body-by', 'folder', '--format', 'json', ...TODAY], dir);
    const bodies = JSON.parse(result.stdout).consolidated.bodies;
    expect(bodies.map((b: { body: string; files: string[]; positions: number }) => [b.body, b.files.length, b.positions])).toEqual([['ministry-a', 2, 4], ['ministry-b', 1, 2]]);
  });

  it('the table ends with the consolidated summary', async () => {
    const result = await run(checkCommand, ['good.xlsx', 'other-body.xlsx', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Consolidated summary');
    expect(result.stdout).toContain('Body: other-body — Ready to submit');
    expect(result.stdout).toContain('Risks several bodies share:');
  });

  it('shows progress on stderr only on a terminal or when asked, never on stdout', async () => {
    const quiet = await run(checkCommand, ['good.xlsx', 'other-body.xlsx', '--format', 'json', ...TODAY], dir);
    expect(quiet.stderr).toBe('');
    const tty = await run(checkCommand, ['good.xlsx', 'other-body.xlsx', '--format', 'json', ...TODAY], dir, true);
    expect(tty.stderr).toContain('checking 2/2: other-body.xlsx');
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    const asked = await run(checkCommand, ['good.xlsx', 'other-body.xlsx', '--progress', '--format', 'csv', ...TODAY], dir);
    expect(asked.stderr).toBe('checking 1/2: good.xlsx\nchecking 2/2: other-body.xlsx\n');
  });
});
