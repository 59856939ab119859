import { promises as fs } from 'fs';
import path from 'path';
import { GOOD_ROWS, positionsWorkbook } from './fixtures';
import { run, scratchDir } from './helpers';

// A checker bug tripped by one file must cost the reviewer that file's report only.
jest.mock('../../src/checks/check', () => {
  const actual = jest.requireActual('../../src/checks/check');
  return {
    ...actual,
    checkRegisters: (registers: unknown[], grids: Array<{ sheet: string }>, options: unknown) => {
      if (grids.some((grid) => grid.sheet === 'Crash')) throw new TypeError("Cannot read properties of undefined (reading 'text')\n    at rule (x.ts:1:1)");
      return actual.checkRegisters(registers, grids, options);
    },
  };
});

it('reports an internal error for the file that caused it and checks the others', async () => {
  const { checkCommand } = await import('../../src/cli/commands/check');
  const dir = await scratchDir();
  await fs.writeFile(path.join(dir, 'good.xlsx'), await positionsWorkbook(GOOD_ROWS));
  await fs.writeFile(path.join(dir, 'crash.xlsx'), await positionsWorkbook(GOOD_ROWS, 'Crash'));
  const result = await run(checkCommand, ['crash.xlsx', 'good.xlsx', '--format', 'json', '--today', '2026-11-26'], dir);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe("tobokel: crash.xlsx: could not be checked (internal error: Cannot read properties of undefined (reading 'text'))\n");
  const output = JSON.parse(result.stdout);
  expect(output.reports.map((r: { file: string }) => r.file)).toEqual(['good.xlsx']);
  expect(output.unreadable[0].code).toBe('internal');
  await fs.rm(dir, { recursive: true, force: true });
});
