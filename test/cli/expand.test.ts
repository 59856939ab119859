import { promises as fs } from 'fs';
import path from 'path';
import { expandFileArguments } from '../../src/cli/expand';
import { checkCommand } from '../../src/cli/commands/check';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await scratchDir();
  await fs.mkdir(path.join(dir, 'inbox'));
  const book = await positionsWorkbook(GOOD_ROWS);
  for (const name of ['b-body.xlsx', 'a-body.xlsx', 'notes.txt', '~$a-body.xlsx']) await fs.writeFile(path.join(dir, 'inbox', name), book);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('file arguments', () => {
  it('a folder stands for its .xlsx files, sorted, without Excel lock files', async () => {
    expect(await expandFileArguments(['inbox'], dir)).toEqual([path.join('inbox', 'a-body.xlsx'), path.join('inbox', 'b-body.xlsx')]);
  });

  it('expands * and ? in a file name, and keeps a pattern that matches nothing as typed', async () => {
    expect(await expandFileArguments(['inbox/?-body.xlsx', 'inbox/zz*.xlsx', 'other.xlsx'], dir)).toEqual([
      path.join('inbox', 'a-body.xlsx'),
      path.join('inbox', 'b-body.xlsx'),
      'inbox/zz*.xlsx',
      'other.xlsx',
    ]);
  });

  it('check accepts a folder, and an empty folder is a usage error', async () => {
    const result = await run(checkCommand, ['inbox', '--format', 'json', '--today', '2026-11-26'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).consolidated.bodies.map((b: { body: string }) => b.body)).toEqual(['a-body', 'b-body']);
    await fs.mkdir(path.join(dir, 'empty'));
    await expect(run(checkCommand, ['empty'], dir)).rejects.toThrow('no .xlsx files in empty');
  });
});
