/**
 * The batch benchmark of issue 5: 100 generated Appendix 1 workbooks of 500 rows, checked as
 * `tobokel check` does. It times ExcelJS's own load alone, then the whole path (inspection, load, grids,
 * registers, rules), and reports the share of the total spent beyond loading. Target: checking adds under
 * 25 % to loading. `bench/run.ts` (the lead's) calls `measureBatch`.
 */
import { performance } from 'perf_hooks';
import { checkRegisters } from '../src/checks/check';
import { FUNCTION_TYPES } from '../src/order281/function-types';
import { readRegisters } from '../src/registers/read';
import type { PlanStyle, PlanStyleName, PlannedCell, SheetPlan } from '../src/registers/sheet-plan';
import { excelJsLoad, readWorkbook, writePlans } from '../src/xlsx';

export interface BatchResult {
  batch_files_per_s: number;
  /** Share of the whole check's time spent beyond ExcelJS's own loading, 0..1. */
  batch_overhead: number;
  /** Time to check all files, ms. */
  total_ms: number;
  /** ExcelJS's load alone for the same files, ms. */
  load_ms: number;
  /** (total - load) / load: what checking adds to loading (the target is under 0.25). */
  adds_to_loading: number;
  files: number;
  rows_per_file: number;
}

export interface BatchOptions {
  files?: number;
  rows?: number;
}

const HEADERS = [
  '№',
  'Мамлекеттик органдын функциялары/ кызматтык ыйгарым укуктары(*)',
  'Түзүмдүк бөлүм(*) (коррупциялык тобокелдик бар кызмат орду)',
  'Коррупциялык тобокелдик(**)',
  'Коррупциялык тобокелдиктин категориясы: системалуу (реалдуу), потенциалдуу, кырдаалдык',
  'Коррупциялык тобокелдиктин деңгээли (нөлдүк, төмөнкү, орточо нөлдүк)',
  'Коррупциялык тобокелдик бир гана органдын ишине таандыкпы же ал бир нече мамлекеттик органдардын ишин камтышы мүмкүнбү?',
  'Эскертүү',
];

const FUNCTIONS = ['Лицензия берүү', 'Мамлекеттик сатып алууларды уюштуруу', 'Жер участокторун ижарага берүү', 'Салык төлөөнү кийинкиге калтыруу', 'Текшерүүлөрдү жүргүзүү'];
const UNITS = ['Лицензиялоо бөлүмү (бөлүм башчысы)', 'Сатып алуулар бөлүмү (адис)', 'Мүлк башкармалыгы (башкы адис)', 'Текшерүү бөлүмү (инспектор)'];
const RISKS = [
  'Арыз берүүчүнүн документтерин кароону жасалма түрдө кечиктирүү жана тездетүү үчүн пара талап кылуу; мисалы, лицензия берүү мөөнөтүн бузуу',
  'Тендердик комиссиянын мүчөлөрү тарабынан белгилүү бир катышуучуга артыкчылык берүү, сунуштарды баалоодо кызыкчылыктардын кагылышуусу',
  'Жер участогун ижарага берүүдө туугандарга же тааныштарга жеңилдетилген шарттарды түзүү, маалыматты жашыруу',
  'Текшерүүнүн жыйынтыктарын бурмалоо, айып пулду салбоо үчүн сый акы алуу, текшерүү актыларын жасалмалоо',
];
const CATEGORIES = ['Системалуу (реалдуу)', 'Потенциалдуу', 'Кырдаалдык'];
const LEVELS = ['Төмөнкү', 'Орточо', 'Жогорку'];
const SCOPES = ['Бир гана органдын ишине таандык', 'Бир нече мамлекеттик органдардын ишин камтышы мүмкүн'];

const plain: PlanStyle = { wrap: true, border: true };
const STYLES: Record<PlanStyleName, PlanStyle> = {
  approval: {}, title: { bold: true }, bodyName: {}, header: { ...plain, bold: true }, heading: { ...plain, bold: true }, cell: plain, number: plain, footnote: {},
};

/** One Appendix 1 register of `rows` rows under five function headings, texts varied by `seed`. */
export function generateRegister(seed: number, rows: number): SheetPlan {
  const cells: PlannedCell[] = [
    { row: 1, column: 7, value: 'Бекитемин', style: 'approval' },
    { row: 2, column: 7, value: '2026-ж. " 15 " январь', style: 'approval' },
    { row: 3, column: 1, value: 'Кыргыз Республикасынын мамлекеттик органдарынын системасындагы коррупциялык тобокелдиктердин ТИЗМЕГИ', style: 'title' },
  ];
  const headerRow = 5;
  HEADERS.forEach((value, i) => cells.push({ row: headerRow, column: i + 1, value, style: 'header' }));
  let row = headerRow;
  const perHeading = Math.ceil(rows / 5);
  for (let n = 0; n < rows; n += 1) {
    if (n % perHeading === 0) {
      row += 1;
      cells.push({ row, column: 1, value: FUNCTION_TYPES[(n / perHeading + seed) % FUNCTION_TYPES.length].heading.ky, style: 'heading' });
    }
    row += 1;
    const k = n + seed;
    cells.push(
      { row, column: 1, value: (n % perHeading) + 1, style: 'number' },
      { row, column: 2, value: `${FUNCTIONS[k % FUNCTIONS.length]} (${n + 1})`, style: 'cell' },
      { row, column: 3, value: UNITS[k % UNITS.length], style: 'cell' },
      { row, column: 4, value: `${RISKS[k % RISKS.length]}; учур ${n + 1}`, style: 'cell' },
      { row, column: 5, value: CATEGORIES[k % CATEGORIES.length], style: 'cell' },
      { row, column: 6, value: LEVELS[(k >> 1) % LEVELS.length], style: 'cell' },
      { row, column: 7, value: SCOPES[k % SCOPES.length], style: 'cell' },
    );
  }
  return {
    kind: 'risks', language: 'ky', sheetName: 'Тизме 1', columnWidths: [5, 30, 25, 50, 18, 15, 30, 15], cells,
    blocks: [{ top: headerRow, left: 1, bottom: row, right: 8, style: 'cell' }], merges: [{ top: 3, left: 1, bottom: 3, right: 8 }],
    validations: [], lists: [], headerRow, freezeRows: headerRow, lastRow: row, lastColumn: 8,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } }, styles: STYLES,
  };
}

export async function measureBatch(options: BatchOptions = {}): Promise<BatchResult> {
  const files = options.files ?? 100;
  const rows = options.rows ?? 500;
  const buffers: Buffer[] = [];
  for (let i = 0; i < files; i += 1) buffers.push(await writePlans([generateRegister(i, rows)]));
  const today = new Date(Date.UTC(2026, 5, 1));

  const checkOne = async (buffer: Buffer, i: number) => {
    const grids = await readWorkbook(buffer, { file: `body-${i}.xlsx` });
    const report = checkRegisters(readRegisters(grids), grids, { today, file: `body-${i}.xlsx` });
    if (report.registers.length !== 1) throw new Error(`benchmark workbook ${i} was not read as one register`);
  };
  // Warm both paths (JIT, module init), then time each file both ways back to back, over a few rounds,
  // keeping each file's best time per path: the machine is shared, and pairing the two measurements of a
  // file keeps a burst of someone else's work from landing on one path only.
  for (const [i, buffer] of buffers.slice(0, 5).entries()) {
    await excelJsLoad(buffer);
    await checkOne(buffer, i);
  }
  const bestLoad = buffers.map(() => Number.POSITIVE_INFINITY);
  const bestCheck = buffers.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < 3; round += 1) {
    for (const [i, buffer] of buffers.entries()) {
      bestLoad[i] = Math.min(bestLoad[i], await timed(() => excelJsLoad(buffer).then(() => undefined)));
      bestCheck[i] = Math.min(bestCheck[i], await timed(() => checkOne(buffer, i)));
    }
  }
  const load = bestLoad.reduce((a, b) => a + b, 0);
  const total = bestCheck.reduce((a, b) => a + b, 0);
  return {
    batch_files_per_s: round2(files / (total / 1000)),
    batch_overhead: round3(Math.max(0, total - load) / total),
    total_ms: Math.round(total),
    load_ms: Math.round(load),
    adds_to_loading: round3(Math.max(0, total - load) / load),
    files,
    rows_per_file: rows,
  };
}

async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
