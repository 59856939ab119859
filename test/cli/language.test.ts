/** Which language the CLI speaks: `--lang` where the command has it, else LC_ALL, LC_MESSAGES, LANG. */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import path from 'path';
import { main } from '../../src/cli/main';
import { commandLanguage, envLanguage } from '../../src/cli/language';
import { CHECK_USAGE, DEMO_USAGE, MAIN_USAGE, TEMPLATE_USAGE } from '../../src/cli/usage';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

const RU = { LANG: 'ru_RU.UTF-8' };
const KY = { LANG: 'ky_KG.UTF-8' };
const TODAY = ['--today', '2026-11-26'];

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
  await fs.writeFile(path.join(dir, 'good.xlsx'), await positionsWorkbook(GOOD_ROWS));
  await fs.writeFile(path.join(dir, 'junk.xlsx'), Buffer.from('this is not a workbook'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('envLanguage', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'ru_KG' }, 'ru'],
    [{ LANG: 'ky_KG.UTF-8' }, 'ky'],
    [{ LANG: 'KY_KG' }, 'ky'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }, 'ru'],
    [{ LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'ky_KG.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'ru_RU.UTF-8', LC_ALL: 'ky_KG' }, 'ky'],
    // POSIX: an empty variable counts as unset and hides nothing.
    [{ LANG: 'ky_KG.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, 'ky'],
  ] as const)('%j → %s', (env, lang) => {
    expect(envLanguage(env)).toBe(lang);
  });

  it('--lang decides for check and demo; template\'s --lang is the register\'s language', () => {
    expect(commandLanguage('check', ['a.xlsx', '--lang', 'ky'], RU)).toBe('ky');
    expect(commandLanguage('demo', ['--lang=en'], RU)).toBe('en');
    expect(commandLanguage('check', ['--lang', 'kz'], RU)).toBe('ru');
    expect(commandLanguage('template', ['--lang', 'ky'], RU)).toBe('ru');
  });
});

describe('help follows the environment', () => {
  it.each([
    [{}, 'en'],
    [RU, 'ru'],
    [KY, 'ky'],
  ] as const)('tobokel --help with %j is the %s text', async (env, lang) => {
    const result = await run(main, ['--help'], dir, false, env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(MAIN_USAGE[lang]);
  });

  it('LANG=ru_RU.UTF-8 gives Russian help for every command', async () => {
    expect((await run(main, ['check', '--help'], dir, false, RU)).stdout).toBe(CHECK_USAGE.ru);
    expect((await run(main, ['demo', '--help'], dir, false, RU)).stdout).toBe(DEMO_USAGE.ru);
    expect((await run(main, ['template', '--help'], dir, false, RU)).stdout).toBe(TEMPLATE_USAGE.ru);
    expect(CHECK_USAGE.ru).toMatch(/^Использование: tobokel check FILE\.xlsx\.\.\. \[--format table\|json\|csv\|html\|xlsx\]/);
  });

  it('--lang overrides the environment', async () => {
    expect((await run(main, ['check', '--help', '--lang', 'ky'], dir, false, RU)).stdout).toBe(CHECK_USAGE.ky);
    expect((await run(main, ['demo', '--lang', 'en', '--help'], dir, false, KY)).stdout).toBe(DEMO_USAGE.en);
  });

  it('template keeps --lang for the register; its help and status follow the environment', async () => {
    expect((await run(main, ['template', '--lang', 'ru', '--help'], dir, false, KY)).stdout).toBe(TEMPLATE_USAGE.ky);
    const result = await run(main, ['template', '--appendix', '2', '--lang', 'ru', '--out', 'ru-form.xlsx'], dir, false, KY);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Жазылды: ru-form.xlsx: «Приложение 2»\n');
  });
});

describe('errors and status lines follow the chosen language', () => {
  it('an unknown command, in the environment\'s language', async () => {
    const result = await run(main, ['chek'], dir, false, KY);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('tobokel: белгисиз команда "chek"');
    expect(result.stderr).toContain(MAIN_USAGE.ky);
  });

  it('usage errors, in the environment\'s language or --lang\'s', async () => {
    const ru = await run(main, ['check', 'good.xlsx', '--format', 'xml'], dir, false, RU);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toBe('tobokel check: --format: допустимые значения — table, json, csv, html, xlsx (получено: xml)\nСправка: "tobokel check --help".\n');
    const ky = await run(main, ['check', 'good.xlsx', '--bogus', '--lang', 'ky'], dir, false, RU);
    expect(ky.stderr.split('\n')[0]).toBe("tobokel check: белгисиз параметр '--bogus'");
    const template = await run(main, ['template', '--appendix', '1', '--lang', 'ky'], dir, false, RU);
    expect(template.stderr.split('\n')[0]).toBe('tobokel template: нужен параметр --out FILE.xlsx');
  });

  it('an unreadable file\'s one-line reason is in the chosen language and names the file', async () => {
    const ru = await run(main, ['check', 'junk.xlsx'], dir, false, RU);
    expect(ru.code).toBe(2);
    expect(ru.stderr).toBe('tobokel: junk.xlsx: это не книга .xlsx (файл не является zip-пакетом)\n');
    const ky = await run(main, ['check', 'junk.xlsx', '--lang', 'ky'], dir, false, RU);
    expect(ky.stderr).toBe('tobokel: junk.xlsx: .xlsx китеби эмес (файл zip-пакет эмес)\n');
    const missing = await run(main, ['check', 'Минфин.xlsx', '--lang', 'ru'], dir);
    expect(missing.stderr).toBe('tobokel: Минфин.xlsx: файл не найден\n');
  });

  it('in a batch the table, CSV and HTML give the reason in the chosen language; the JSON keeps its English message', async () => {
    const table = await run(main, ['check', 'good.xlsx', 'junk.xlsx', ...TODAY], dir, false, KY);
    expect(table.stdout).toContain('Текшерилбеген файлдар: 1 файл\n  • junk.xlsx: .xlsx китеби эмес (файл zip-пакет эмес)\n');
    expect(table.stdout).toContain('good.xlsx — Тапшырууга даяр');
    const csv = await run(main, ['check', 'good.xlsx', 'junk.xlsx', '--format', 'csv', ...TODAY], dir, false, RU);
    expect(csv.stdout).toContain('junk.xlsx;;;;;Не проверен;;junk.xlsx: это не книга .xlsx (файл не является zip-пакетом);;file.not-xlsx');
    const html = await run(main, ['check', 'good.xlsx', 'junk.xlsx', '--format', 'html', ...TODAY], dir, false, RU);
    expect(html.stdout).toContain('<td>junk.xlsx</td><td>это не книга .xlsx (файл не является zip-пакетом)</td>');
    expect(html.stdout).toContain('Непроверенные файлы: 1 файл');
    const json = await run(main, ['check', 'good.xlsx', 'junk.xlsx', '--format', 'json', '--lang', 'ru', ...TODAY], dir);
    expect(JSON.parse(json.stdout).unreadable).toEqual([{ file: 'junk.xlsx', code: 'not-xlsx', message: 'junk.xlsx: not an .xlsx workbook (the file is not a zip package)' }]);
  });

  it('the progress line and "report written" follow --lang', async () => {
    const result = await run(main, ['check', 'good.xlsx', 'good.xlsx', '--progress', '--out', 'r.json', '--format', 'json', '--lang', 'ru', ...TODAY], dir);
    expect(result.stderr).toBe('проверка 1/2: good.xlsx\nпроверка 2/2: good.xlsx\ntobokel: отчёт записан в r.json\n');
  });

  it('the demo\'s status lines follow the environment', async () => {
    const result = await run(main, ['demo', '--dir', 'demo-ky'], dir, false, KY);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Жазылды: .*order-281-sample\.xlsx\n {2}.*\nЖазылды: .*order-281-with-mistakes\.xlsx\n/);
    expect(result.stdout).toContain('order-281-sample.xlsx — Тапшырууга даяр');
  });
});

describe('bin/tobokel.js reads the real environment', () => {
  const bin = path.resolve(__dirname, '../../bin/tobokel.js');
  // The compiled CLI is checked in main.test.ts; here only the process's own LANG matters.
  const spawn = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  it('LANG=ru_RU.UTF-8 gives Russian help and a Russian reason; LC_ALL wins over LANG', () => {
    expect(spawn(['--help'], RU).stdout).toBe(MAIN_USAGE.ru);
    expect(spawn(['check', 'junk.xlsx'], RU).stderr).toBe('tobokel: junk.xlsx: это не книга .xlsx (файл не является zip-пакетом)\n');
    expect(spawn(['--help'], { LANG: 'ru_RU.UTF-8', LC_ALL: 'ky_KG.UTF-8' }).stdout).toBe(MAIN_USAGE.ky);
  });
});
