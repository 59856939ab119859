import { promises as fs } from 'fs';
import path from 'path';
import { expandFileArguments } from '../../src/cli/expand';
import { checkCommand } from '../../src/cli/commands/check';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

const TODAY = ['--today', '2026-11-26'];

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
  await fs.mkdir(path.join(dir, 'inbox'));
  const book = await positionsWorkbook(GOOD_ROWS);
  for (const name of ['b-body.xlsx', 'a-body.xlsx', 'notes.txt', '~$a-body.xlsx', '.hidden.xlsx', 'Thumbs.db']) await fs.writeFile(path.join(dir, 'inbox', name), book);
  // What reviewers actually receive besides workbooks: each must be listed, none passed over.
  await fs.mkdir(path.join(dir, 'mixed'));
  await fs.writeFile(path.join(dir, 'mixed', 'good.xlsx'), book);
  for (const name of ['old.xls', 'table.csv', 'letter.docx', 'scan.pdf', 'calc.ods']) await fs.writeFile(path.join(dir, 'mixed', name), 'not a workbook');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('file arguments', () => {
  it('a folder stands for its .xlsx files, sorted; other files are listed apart; lock, hidden and system files are left out', async () => {
    expect(await expandFileArguments(['inbox'], dir)).toEqual({
      files: [path.join('inbox', 'a-body.xlsx'), path.join('inbox', 'b-body.xlsx')],
      skipped: [{ file: path.join('inbox', 'notes.txt'), type: 'other' }],
    });
  });

  it('expands * and ? in a file name, and keeps a pattern that matches nothing as typed', async () => {
    expect((await expandFileArguments(['inbox/?-body.xlsx', 'inbox/zz*.xlsx', 'other.xlsx'], dir)).files).toEqual([
      path.join('inbox', 'a-body.xlsx'),
      path.join('inbox', 'b-body.xlsx'),
      'inbox/zz*.xlsx',
      'other.xlsx',
    ]);
    expect((await expandFileArguments(['mixed/*'], dir)).skipped.map((s) => s.type)).toEqual(['ods', 'word', 'xls', 'pdf', 'csv']);
  });

  it('check accepts a folder, and an empty folder is a usage error', async () => {
    const result = await run(checkCommand, ['inbox/*.xlsx', '--format', 'json', ...TODAY], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).consolidated.bodies.map((b: { body: string }) => b.body)).toEqual(['a-body', 'b-body']);
    await fs.mkdir(path.join(dir, 'empty'));
    await expect(run(checkCommand, ['empty'], dir)).rejects.toThrow('no .xlsx files in empty');
  });
});

describe('files a folder check did not check', () => {
  it('are each listed with a plain reason by type, counted in the summary, and make the exit code 2', async () => {
    const result = await run(checkCommand, ['mixed', '--lang', 'ky', ...TODAY], dir);
    expect(result.code).toBe(2);
    const reasons = {
      'old.xls': 'Excelде ачып, «Excel китеби (.xlsx)» катары сактаңыз',
      'table.csv': 'бул CSV текст файлы',
      'letter.docx': 'бул Word документи — тизменин таблицасын Excelге көчүрүп, .xlsx катары сактаңыз',
      'scan.pdf': 'бул PDF файлы',
      'calc.ods': 'бул OpenDocument таблицасы (.ods)',
    };
    const listed = result.stdout.slice(result.stdout.indexOf('Текшерилбеген файлдар: 5 файл\n'));
    for (const [name, reason] of Object.entries(reasons)) {
      expect(listed).toMatch(new RegExp(`\\n  • ${path.join('mixed', name).replace('.', '\\.')}: [^\\n]*${reason.replace(/[().]/g, '\\$&')}`));
      // Once: not again as a block of its own.
      expect(result.stdout.split(`${path.join('mixed', name)}: `)).toHaveLength(2);
      expect(result.stderr).toContain(`tobokel: ${path.join('mixed', name)}: `);
    }
    expect(result.stdout).toContain('Текшерилбеген файлдар: 5 файл\n');
    const ru = await run(checkCommand, ['mixed', '--lang', 'ru', ...TODAY], dir);
    expect(ru.stdout).toContain('Непроверенные файлы: 5 файлов\n');
    expect(ru.stdout).toContain(`${path.join('mixed', 'letter.docx')}: это документ Word — скопируйте таблицу перечня в Excel`);
  });

  it('keep the JSON\'s unreadable shape (file, code, message) and add what the file is', async () => {
    const result = await run(checkCommand, ['mixed', '--format', 'json', ...TODAY], dir);
    const { reports, unreadable } = JSON.parse(result.stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([path.join('mixed', 'good.xlsx')]);
    const byFile = Object.fromEntries(unreadable.map((u: { file: string }) => [path.basename(u.file), u]));
    expect(byFile['old.xls']).toEqual({ file: path.join('mixed', 'old.xls'), code: 'legacy-xls', message: expect.stringMatching(/old\.xls: an Excel file in another format/), type: 'xls' });
    expect(byFile['letter.docx']).toMatchObject({ code: 'not-xlsx', type: 'word', message: expect.stringContaining('a Word document') });
    expect(Object.keys(byFile).sort()).toEqual(['calc.ods', 'letter.docx', 'old.xls', 'scan.pdf', 'table.csv']);
  });

  it('a Word document named outright is called one, not "a zip without xl/workbook.xml"', async () => {
    const JSZip = (await import('jszip')).default;
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<w:document/>');
    await fs.writeFile(path.join(dir, 'register.docx'), await docx.generateAsync({ type: 'nodebuffer' }));
    const result = await run(checkCommand, ['register.docx'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tobokel: register.docx: a Word document — copy the register\'s table into Excel and save it as .xlsx\n');
  });
});
