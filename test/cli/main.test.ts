import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { MISTAKES_FILE, SAMPLE_FILE } from '../../src/cli/commands/demo';
import { readWorkbook } from '../../src/xlsx';
import { run, scratchDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('tobokel (main)', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    const bare = await run(main, [], dir);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^tobokel — /);
    const help = await run(main, ['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tobokel check FILE.xlsx...');
  });

  it('names an unknown command and exits 2', async () => {
    const result = await run(main, ['chek', 'a.xlsx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('tobokel: unknown command "chek"');
  });

  it.each([
    [['check'], /^tobokel check: check needs at least one \.xlsx file$/],
    [['check', 'a.xlsx', '--format', 'xml'], /^tobokel check: --format must be one of table, json, csv, html, xlsx \(got xml\)$/],
    [['check', 'a.xlsx', '--today', '2026-02-30'], /^tobokel check: --today must be a date as YYYY-MM-DD/],
    [['template', '--appendix', '3', '--lang', 'ky', '--out', 'x.xlsx'], /^tobokel template: --appendix must be one of 1, 2, both \(got 3\)$/],
    [['template', '--appendix', '1', '--lang', 'ky'], /^tobokel template: --out FILE\.xlsx is required$/],
    [['template', '--appendix', '1', '--lang', 'kz', '--out', 'x.xlsx'], /^tobokel template: --lang must be one of ky, ru/],
    [['template', '--appendix', '1', '--lang', 'ky', '--rows', '0', '--out', 'x.xlsx'], /^tobokel template: --rows must be a whole number from 1 to 500/],
    [['template', '--appendix', '1', '--lang', 'ky', '--headings', 'permits', '--out', 'x.xlsx'], /unknown: permits/],
    [['demo', '--unknown'], /^tobokel demo: Unknown option '--unknown'/],
  ])('usage error %j exits 2 with a one-line reason', async (argv, reason) => {
    const result = await run(main, argv, dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(reason);
    expect(result.stdout).toBe('');
  });

  it.each(['template', 'check', 'demo'])('%s --help prints English usage in an English locale and exits 0', async (command) => {
    const result = await run(main, [command, '--help'], dir, false, { LANG: 'en_US.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: tobokel ${command}`));
  });
});

describe('tobokel template', () => {
  it('writes both appendices with the chosen headings and rows; the check finds only that its rows are empty', async () => {
    const result = await run(main, ['template', '--appendix', 'both', '--lang', 'ru', '--rows', '3', '--headings', 'all', '--year', '2026', '--out', 'out/t.xlsx'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote out/t.xlsx: «Приложение 1», «Приложение 2»\n');
    const grids = await readWorkbook(path.join(dir, 'out/t.xlsx'));
    expect(grids.map((grid) => grid.sheet)).toEqual(['Приложение 1', 'Приложение 2']);
    const check = await run(main, ['check', 'out/t.xlsx', '--format', 'json', '--today', '2026-06-01'], dir);
    const report = JSON.parse(check.stdout);
    expect(report.registers.map((r: { kind: string; language: string }) => `${r.kind}/${r.language}`)).toEqual(['risks/ru', 'positions/ru']);
    const rules = new Set(report.findings.map((f: { rule: string }) => f.rule));
    expect([...rules].sort()).toEqual(['register.empty', 'row.empty-numbered']);
    // One run of empty rows under each of the six headings, and one in Appendix 2.
    expect(report.findings.filter((f: { rule: string }) => f.rule === 'row.empty-numbered')).toHaveLength(6 + 1);
  });

  it('refuses an --out that is not .xlsx', async () => {
    const result = await run(main, ['template', '--appendix', '2', '--lang', 'ky', '--out', 'x.xls'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out must name an .xlsx file');
  });
});

describe('tobokel demo', () => {
  it('writes the sample and the copy with mistakes, checks both: the sample is ready, the copy is not', async () => {
    const result = await run(main, ['demo', '--dir', 'demo-out'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await expect(fs.stat(path.join(dir, 'demo-out', SAMPLE_FILE))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(dir, 'demo-out', MISTAKES_FILE))).resolves.toBeTruthy();
    expect(result.stdout).toMatch(/order-281-sample\.xlsx — Ready to submit/);
    expect(result.stdout).toMatch(/order-281-with-mistakes\.xlsx — Not ready/);
    // The typical mistakes, each reported: misspelt category, missing level, zero level on a systemic
    // risk, thin description, Appendix-1-only level in Appendix 2, missing powers, a Russian level.
    const check = await run(main, ['check', path.join('demo-out', MISTAKES_FILE), '--format', 'json'], dir);
    const rules = JSON.parse(check.stdout).findings.map((finding: { rule: string }) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['category.variant', 'required.empty', 'level.systemic-zero', 'risk.thin', 'level.allowed', 'level.variant']));
  });

  it('explains itself: what it wrote, how to read the result, why the sample draws warnings, how to switch language', async () => {
    const result = await run(main, ['demo', '--dir', 'demo-guide'], dir);
    const { stdout } = result;
    expect(stdout).toMatch(/^Wrote demo-guide\/order-281-sample\.xlsx\n {2}The Order's own filled samples of both appendices/);
    expect(stdout).toContain('Wrote demo-guide/order-281-with-mistakes.xlsx\n  The same sample with added rows, each carrying one of the mistakes');
    expect(stdout.indexOf('How to read it:')).toBeGreaterThan(stdout.indexOf('order-281-with-mistakes.xlsx — Not ready'));
    // Each kind of warning the sample draws has its reason; none falls to the catch-all.
    const sample = await run(main, ['check', path.join('demo-guide', SAMPLE_FILE), '--format', 'json'], dir);
    const sampleRules = [...new Set(JSON.parse(sample.stdout).findings.map((finding: { rule: string }) => finding.rule))];
    expect(sampleRules.length).toBeGreaterThan(0);
    expect(stdout).toContain("Why the Order's own sample draws warnings");
    expect(stdout).not.toContain('the sample is a shortened example');
    expect(stdout).toContain('the approval date line is blank');
    expect(stdout).toContain('npm run demo -- --lang ky (Kyrgyz), --lang ru (Russian)');
    expect(stdout).toContain('--format html --out report.html');
    const ky = await run(main, ['demo', '--dir', 'demo-guide', '--lang', 'ky'], dir);
    expect(ky.stdout).toContain('Кантип окуу керек:');
    expect(ky.stdout).toContain('Эмне үчүн Буйруктун өз үлгүсү да эскертүү алат');
  });
});

describe('bin/tobokel.js (the compiled CLI, as `npx tobokel` runs it)', () => {
  const root = path.resolve(__dirname, '../..');

  beforeAll(async () => {
    // `npm ci` builds lib/ through `prepare`; say so plainly rather than fail obscurely.
    await fs.stat(path.join(root, 'lib/cli/main.js')).catch(() => {
      throw new Error('lib/cli/main.js is missing: run `npx tsc -p tsconfig.cli.json` (npm ci does it via prepare)');
    });
  });

  it('sets the exit code: 0 for --help, 2 for a file it cannot read, with the reason on stderr', async () => {
    // The machine's own locale would choose the language; these assertions are about the English lines.
    const env = { ...process.env, LC_ALL: 'en_US.UTF-8' };
    const help = spawnSync(process.execPath, [path.join(root, 'bin/tobokel.js'), '--help'], { encoding: 'utf8', env });
    expect(help.status).toBe(0);
    await fs.writeFile(path.join(dir, 'junk.xlsx'), 'junk');
    const junk = spawnSync(process.execPath, [path.join(root, 'bin/tobokel.js'), 'check', 'junk.xlsx', '--format', 'json'], { cwd: dir, encoding: 'utf8', env });
    expect(junk.status).toBe(2);
    expect(junk.stderr).toBe('tobokel: junk.xlsx: not an .xlsx workbook (the file is not a zip package)\n');
    expect(junk.stdout).toBe('');
  });
});
