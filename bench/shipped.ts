/**
 * The code the benchmarks time, as it ships: the JavaScript `tsc` writes to lib/, which the command line
 * runs (the pane's bundle is the same compiler's output, through ts-loader). `npm run bench` builds lib/
 * first. tsx, which runs the benchmarks themselves, compiles src/ its own way: esbuild, with every
 * function it creates wrapped to keep its name. That code ships nowhere, and a check compiled so runs
 * about 14 % more instructions than the shipped one.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';

const LIB = path.join(__dirname, '..', 'lib');
const load = createRequire(__filename);

function shipped<T>(module: string): T {
  const file = path.join(LIB, `${module}.js`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run the benchmarks with \`npm run bench\`, which builds lib/ first`);
  return load(file) as T;
}

export const { checkGrids } = shipped<typeof import('../src/checks/check')>('checks/check');
export const { clearTextCaches } = shipped<typeof import('../src/order281/normalize')>('order281/normalize');
export const { excelJsLoad, readWorkbook, writePlans } = shipped<typeof import('../src/xlsx')>('xlsx/index');
