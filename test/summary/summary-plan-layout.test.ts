/**
 * The summary plan's layout, checked without a spreadsheet: which columns and rows appear when, what the
 * counts add up to, where each style falls, how long lists stop, and what the chart draws. Registers are
 * read from small grids; reports are written by hand, so every flag and finding the plan shows is known.
 */
import type { Finding, PositionFlag, Report } from '../../src/checks/report';
import { buildSummaryPlan, heatColor, isTobokelSummary, LEVEL_COLORS, SUMMARY_SHEET_NAMES, SUMMARY_TITLES, type SummaryBlock, type SummaryPlan, type SummarySource } from '../../src/checks/summary-plan';
import type { CellValue, Grid } from '../../src/registers/grid';
import { readRegisters } from '../../src/registers/read';
import { GOOD_RISK, TODAY, positionGrid, riskGrid } from '../fixtures/grids';

const report = (over: Partial<Report> = {}): Report => ({
  registers: [], findings: [], flags: [], summary: { errors: 0, warnings: 0, infos: 0, flags: 0, ready: true }, ...over,
});
const sourceOf = (grids: Grid[], over: Partial<Report> = {}, file?: string): SummarySource => ({ registers: readRegisters(grids), report: report(over), ...(file ? { file } : {}) });
const plan = (sources: SummarySource[], language: 'ky' | 'ru' | 'en' = 'en', maxListed?: number) => buildSummaryPlan(sources, { language, today: TODAY, ...(maxListed ? { maxListed } : {}) });

/** A risk row: GOOD_RISK's texts with the unit, category and level given. */
const risk = (n: number, unit: string, category: string, level: string): CellValue[] => [n, GOOD_RISK[0], unit, GOOD_RISK[2], category, level, GOOD_RISK[5]];

/** The 1-based row whose first cell starts with `text`. */
function rowOf(p: SummaryPlan, text: string): number {
  const at = p.values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(text));
  expect(at).toBeGreaterThanOrEqual(0);
  return at + 1;
}
/** The rows under a section heading up to the next blank row, empty cells left out. */
function table(p: SummaryPlan, section: string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let i = rowOf(p, section); i < p.values.length && p.values[i].some((v) => v !== null); i++) rows.push(p.values[i].filter((v) => v !== null));
  return rows;
}
const blocksAt = (p: SummaryPlan, row: number): SummaryBlock[] => p.blocks.filter((b) => b.top <= row && row <= b.bottom);
const fillAt = (p: SummaryPlan, row: number, column: number) => p.blocks.filter((b) => b.style.fill && b.top === row && b.left === column && b.right === column).map((b) => b.style);

const flag = (sheet: string, cell: string, position: string, factors: Partial<PositionFlag['factors']> = {}): PositionFlag => ({
  sheet, row: Number(cell.slice(1)), cell, kind: 'risks', position, zones: [], factors: { discretion: [], contact: [], zone: [], ...factors },
});
const finding = (rule: string, sheet: string, cell: string, en = rule): Finding => ({
  sheet, cell, row: Number(cell.slice(1)) || 1, column: 'unit', severity: 'warning', rule, paragraph: 'p.9', message: en, messages: { ky: `ky ${en}`, ru: `ru ${en}`, en },
});

describe('the heat of a count', () => {
  it('is the level colour at the largest count, paler below it, and none for nothing', () => {
    expect(heatColor('high', 2, 2)).toBe(LEVEL_COLORS.high);
    expect(heatColor('high', 1, 2)).toBe('#DB7979');
    expect(heatColor('low', 1, 4)).toBe('#A4C6A5');
    expect(heatColor('zero', 1, 3)).toBe('#BFBFBF');
    // A zero channel stays two digits.
    expect(heatColor('medium', 3, 3)).toBe('#EF8F00');
    expect(heatColor('high', 0, 2)).toBeUndefined();
    expect(heatColor('high', 1, 0)).toBeUndefined();
    expect(heatColor('high', -1, 2)).toBeUndefined();
  });
});

describe('knowing a summary sheet again', () => {
  it('takes any language\'s name, in any case, numbered or not, with any language\'s title in A1', () => {
    expect(isTobokelSummary('TOBOKEL SUMMARY', SUMMARY_TITLES.ru)).toBe(true);
    expect(isTobokelSummary(`${SUMMARY_SHEET_NAMES.ky} (12)`, SUMMARY_TITLES.ky)).toBe(true);
    expect(isTobokelSummary('Tobokel (2) summary', SUMMARY_TITLES.en)).toBe(false);
    expect(isTobokelSummary('Tobokel summary(2)', SUMMARY_TITLES.en)).toBe(false);
    expect(isTobokelSummary(SUMMARY_SHEET_NAMES.en, 5)).toBe(false);
    expect(isTobokelSummary(SUMMARY_SHEET_NAMES.en, undefined)).toBe(false);
  });
});

describe('the summary plan\'s layout', () => {
  it('adds a level column for each kind of gap that occurs, and a category row for each, after the Order\'s', () => {
    const p = plan([sourceOf([riskGrid([
      'Уруксат берүү функциясы',
      risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(2, 'Жер бөлүмү', 'Жашыл', 'Жашыл'),
      risk(3, 'Жер бөлүмү', '', ''),
    ])])]);
    expect(table(p, 'Risks by level and category')).toEqual([
      ['Category', 'zero', 'low', 'medium', 'high', 'not filled', 'not recognised', 'Total'],
      ['potential', 0, 0, 0, 1, 0, 0, 1],
      ['not filled', 0, 0, 0, 0, 1, 0, 1],
      ['not recognised', 0, 0, 0, 0, 0, 1, 1],
      ['Total', 0, 0, 0, 1, 1, 1, 3],
    ]);
    expect(p.lastColumn).toBe(8);
    expect(p.columnWidths).toEqual([44, 12, 12, 12, 12, 12, 12, 12]);
    expect(p.values.every((row) => row.length === 8)).toBe(true);
    // The gaps have no level colour: no heat there; the one high count is the table's largest, so full and white-on-red.
    const body = rowOf(p, 'Category') + 1;
    expect(fillAt(p, body, 5)).toEqual([{ border: true, horizontal: 'center', fill: LEVEL_COLORS.high, fontColor: '#FFFFFF', bold: true }]);
    expect(fillAt(p, body + 1, 6)).toEqual([]);
    expect(fillAt(p, body + 2, 7)).toEqual([]);
    // The chart's series follow the function table's columns, gaps in grey.
    expect(p.chart!.seriesColors).toEqual([LEVEL_COLORS.zero, LEVEL_COLORS.low, LEVEL_COLORS.medium, LEVEL_COLORS.high, '#BFBFBF', '#BFBFBF']);
    expect(p.chart!.source).toEqual({ top: rowOf(p, 'Function type'), bottom: rowOf(p, 'Function type') + 1, left: 1, right: 7 });
    expect(p.values[p.chart!.source.top - 1].slice(0, 7)).toEqual(['Function type', 'zero', 'low', 'medium', 'high', 'not filled', 'not recognised']);
    expect(p.values[p.chart!.source.bottom - 1][0]).toBe('permitting and registration');
    expect(p.chart!.anchor).toEqual({ row: 5, column: 10, columns: 8, rows: 18 });
    expect(p.chart!.title).toBe('Risk levels by function type');
  });

  it('keeps to the Order\'s four level columns and six widths when no gap occurs, and colours only counted cells', () => {
    const p = plan([sourceOf([riskGrid([
      'Уруксат берүү функциясы',
      risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(2, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(3, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(4, 'Жер бөлүмү', 'Потенциалдуу', 'Төмөнкү'),
      risk(5, 'Жер бөлүмү', 'Кырдаалдык', 'Орточо'),
      risk(6, 'Жер бөлүмү', 'Кырдаалдык', 'Орточо'),
    ])])]);
    expect(table(p, 'Risks by level and category')[0]).toEqual(['Category', 'zero', 'low', 'medium', 'high', 'Total']);
    expect(p.lastColumn).toBe(6);
    expect(p.columnWidths).toEqual([44, 12, 12, 12, 12, 12]);
    const body = rowOf(p, 'Category') + 1;
    // potential: low 1 of a largest 3 (pale, dark text), high 3 (full, white bold); situational: medium 2 (above 0.6 of 3: white bold).
    expect(fillAt(p, body, 3)).toEqual([{ border: true, horizontal: 'center', fill: heatColor('low', 1, 3) }]);
    expect(fillAt(p, body, 5)).toEqual([{ border: true, horizontal: 'center', fill: LEVEL_COLORS.high, fontColor: '#FFFFFF', bold: true }]);
    expect(fillAt(p, body + 1, 4)).toEqual([{ border: true, horizontal: 'center', fill: heatColor('medium', 2, 3), fontColor: '#FFFFFF', bold: true }]);
    expect(fillAt(p, body, 4)).toEqual([]);
    expect(fillAt(p, body, 2)).toEqual([]);
    expect(fillAt(p, body + 2, 5)).toEqual([]);
    // Only the category table and the posts' table are heat maps: the function table's counts are plain.
    const functionBody = rowOf(p, 'Function type') + 1;
    expect(p.blocks.filter((b) => b.style.fill && b.top === functionBody && b.left > 1)).toEqual([]);
    const unitBody = rowOf(p, 'Structural unit') + 1;
    expect(p.blocks.filter((b) => b.style.fill && b.top === unitBody && b.left > 1)).toEqual([]);
  });

  it('writes a count white on its colour only above six tenths of the largest', () => {
    const rows = [...[1, 2, 3, 4, 5].map((n) => risk(n, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')), ...[6, 7, 8].map((n) => risk(n, 'Жер бөлүмү', 'Кырдаалдык', 'Жогорку'))];
    const p = plan([sourceOf([riskGrid(['Уруксат берүү функциясы', ...rows])])]);
    const body = rowOf(p, 'Category') + 1;
    expect(fillAt(p, body, 5)).toEqual([{ border: true, horizontal: 'center', fill: LEVEL_COLORS.high, fontColor: '#FFFFFF', bold: true }]);
    expect(fillAt(p, body + 1, 5)).toEqual([{ border: true, horizontal: 'center', fill: heatColor('high', 3, 5) }]);
  });

  it('styles each part where it lies: title, subtitles, sections, headers, labels, counts, totals, notes', () => {
    const p = plan([sourceOf([riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])])]);
    expect(blocksAt(p, 1)).toEqual([{ top: 1, bottom: 1, left: 1, right: 1, style: { bold: true, fontSize: 14, fontColor: '#1F3864' } }]);
    expect(p.values[0][0]).toBe(SUMMARY_TITLES.en);
    expect(blocksAt(p, 2).map((b) => b.style)).toEqual([{ italic: true, fontColor: '#404040' }]);
    expect(blocksAt(p, 3).map((b) => b.style)).toEqual([{ italic: true, fontColor: '#404040' }]);
    expect(p.values[3].every((v) => v === null)).toBe(true);
    expect(blocksAt(p, 4)).toEqual([]);
    const section = rowOf(p, 'Risks by level and category');
    expect(section).toBe(5);
    expect(blocksAt(p, section)).toEqual([{ top: 5, bottom: 5, left: 1, right: 1, style: { bold: true, fontSize: 12, fontColor: '#1F3864' } }]);
    const header = section + 1;
    const total = header + 2;
    expect(p.values[total - 1][0]).toBe('Total');
    expect(p.blocks.filter((b) => b.top >= header && b.bottom <= total && (!b.style.fill || b.style.fill === '#DDE4EE'))).toEqual([
      { top: header, bottom: header, left: 1, right: 6, style: { bold: true, fill: '#DDE4EE', wrap: true, border: true, horizontal: 'center' } },
      { top: header + 1, bottom: header + 1, left: 1, right: 1, style: { border: true, wrap: true } },
      { top: header + 1, bottom: total, left: 2, right: 6, style: { border: true, horizontal: 'center' } },
      { top: total, bottom: total, left: 1, right: 6, style: { bold: true, border: true } },
    ]);
    // The high-level list: a five-column header and left-aligned rows.
    const listHeader = rowOf(p, 'High-level risks') + 1;
    expect(p.values[listHeader - 1].slice(0, 5)).toEqual(['№', 'Corruption risk', 'Structural unit', 'Function type', 'Where']);
    expect(blocksAt(p, listHeader)).toEqual([{ top: listHeader, bottom: listHeader, left: 1, right: 5, style: { bold: true, fill: '#DDE4EE', wrap: true, border: true, horizontal: 'center' } }]);
    expect(blocksAt(p, listHeader + 1)).toEqual([{ top: listHeader + 1, bottom: listHeader + 1, left: 1, right: 5, style: { border: true, wrap: true, horizontal: 'left' } }]);
    // An empty list says so, in a note; the sheet ends with the note on what it is.
    const flaggedHeader = rowOf(p, 'Posts showing all three signs') + 1;
    expect(p.values[flaggedHeader][0]).toBe('None.');
    expect(blocksAt(p, flaggedHeader + 1).map((b) => b.style)).toEqual([{ italic: true, fontColor: '#595959' }]);
    const last = p.values.length;
    expect(p.values[last - 1][0]).toMatch(/^Tobokel made this sheet/);
    expect(blocksAt(p, last)).toEqual([{ top: last, bottom: last, left: 1, right: 1, style: { italic: true, fontColor: '#595959' } }]);
    expect(p.values[last - 2].every((v) => v === null)).toBe(true);
  });

  it('says what it covers: the files when named, the day, the counts, and the errors and warnings of all the files', () => {
    const grids = () => [riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')]), positionGrid([[1, 'Бухгалтер', 'Эсептерди текшерүү', 'Каражаттар', 'Орточо']])];
    const counted = (errors: number, warnings: number) => ({ summary: { errors, warnings, infos: 9, flags: 0, ready: errors === 0 } });
    const two = plan([sourceOf(grids(), counted(2, 3), 'a.xlsx'), sourceOf(grids(), counted(1, 4), 'b.xlsx')]);
    expect(two.values.slice(1, 4).map((row) => row[0])).toEqual([
      'Files: a.xlsx, b.xlsx',
      'Made on: 2026-11-26. Appendix 1: 2 risks; Appendix 2: 2 posts.',
      'Check: 3 errors, 7 warnings.',
    ]);
    const unnamed = plan([sourceOf(grids(), counted(0, 1))], 'ru');
    expect(unnamed.values.slice(1, 3).map((row) => row[0])).toEqual([
      'Дата составления: 2026-11-26. Приложение 1: рисков — 1; Приложение 2: должностей — 1.',
      'Проверка: ошибок — 0, предупреждений — 1.',
    ]);
    expect(plan([sourceOf(grids(), counted(0, 1))], 'ky').values.slice(1, 3).map((row) => row[0])).toEqual([
      'Түзүлгөн күнү: 2026-11-26. 1-тиркеме: 1 тобокелдик; 2-тиркеме: 1 кызмат орду.',
      'Текшерүү: 0 ката, 1 эскертүү.',
    ]);
  });

  it('groups risks by their heading\'s function type in p.5\'s order, then other headings, then rows under none', () => {
    const p = plan([sourceOf([riskGrid([
      risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      'Кызмат көрсөтүү функциясы',
      risk(2, 'Жер бөлүмү', 'Потенциалдуу', 'Төмөнкү'),
      'Башка иштер',
      risk(3, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(4, 'Жер бөлүмү', 'Потенциалдуу', 'Орточо'),
      'Уруксат берүү функциясы',
      risk(5, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'),
    ])])]);
    expect(table(p, 'Risks by function type')).toEqual([
      ['Function type', 'zero', 'low', 'medium', 'high', 'Total'],
      ['provision of state services', 0, 1, 0, 0, 1],
      ['permitting and registration', 0, 0, 0, 1, 1],
      ['other functions', 0, 0, 1, 1, 2],
      ['no function heading', 0, 0, 0, 1, 1],
      ['Total', 0, 1, 1, 3, 5],
    ]);
    // Each high-level risk with its function, and its cell on its own sheet.
    expect(table(p, 'High-level risks').slice(1).map((r) => [r[0], r[r.length - 2], r[r.length - 1]])).toEqual([
      [1, '', 'Risks!D5'], [2, 'other functions', 'Risks!D9'], [3, 'permitting and registration', 'Risks!D12'],
    ]);
    expect(table(p, 'High-level risks')[1]).toEqual([1, GOOD_RISK[2], 'Жер бөлүмү', '', 'Risks!D5']);
  });

  it('groups units whatever their spacing and case, the most high-level risks first, then the most risks, then by name', () => {
    const p = plan([sourceOf([riskGrid([
      'Уруксат берүү функциясы',
      risk(1, 'Б бөлүм', 'Потенциалдуу', 'Жогорку'),
      risk(2, 'А бөлүм', 'Потенциалдуу', 'Жогорку'),
      risk(3, '', 'Потенциалдуу', 'Орточо'),
      risk(4, 'Г бөлүм', 'Потенциалдуу', 'Орточо'),
      risk(5, 'Г бөлүм', 'Потенциалдуу', 'Орточо'),
      risk(6, ' Жер   ресурстары бөлүмү', 'Потенциалдуу', 'Жогорку'),
      risk(7, 'ЖЕР РЕСУРСТАРЫ БӨЛҮМҮ', 'Потенциалдуу', 'Төмөнкү'),
    ])])]);
    expect(table(p, 'Risks by structural unit')).toEqual([
      ['Structural unit', 'zero', 'low', 'medium', 'high', 'Total'],
      ['Жер ресурстары бөлүмү', 0, 1, 0, 1, 2],
      ['А бөлүм', 0, 0, 0, 1, 1],
      ['Б бөлүм', 0, 0, 0, 1, 1],
      ['Г бөлүм', 0, 0, 2, 0, 2],
      ['(no unit given)', 0, 0, 1, 0, 1],
      ['Total', 0, 1, 3, 3, 7],
    ]);
    expect(table(plan([sourceOf([riskGrid(['Уруксат берүү функциясы', risk(1, '', 'Потенциалдуу', 'Орточо')])])], 'ru'), 'Риски по структурным')[1][0]).toBe('(подразделение не указано)');
  });

  it('counts Appendix 2 by level only when there is one, with a zero column only for zero-level posts', () => {
    const post = (n: number, level: string): CellValue[] => [n, 'Бухгалтер', 'Эсептерди текшерүү', 'Каражаттар', level];
    const withoutZero = plan([sourceOf([positionGrid([post(1, 'Орточо'), post(2, 'Жогорку'), post(3, 'Жогорку')])])]);
    expect(table(withoutZero, 'Corruption-prone posts by level')).toEqual([['Level', 'low', 'medium', 'high', 'Total'], ['Count', 0, 1, 2, 3], ['Total', 0, 1, 2, 3]]);
    const countRow = rowOf(withoutZero, 'Count');
    expect(fillAt(withoutZero, countRow, 4)).toEqual([{ border: true, horizontal: 'center', fill: LEVEL_COLORS.high, fontColor: '#FFFFFF', bold: true }]);
    expect(fillAt(withoutZero, countRow, 3)).toEqual([{ border: true, horizontal: 'center', fill: heatColor('medium', 1, 2) }]);
    const withZero = plan([sourceOf([positionGrid([post(1, 'Нөлдүк')])])]);
    expect(table(withZero, 'Corruption-prone posts by level')[0]).toEqual(['Level', 'zero', 'low', 'medium', 'high', 'Total']);
    // A post's level left empty is a gap of its own column here too; posts are no high-level risks.
    const withGap = plan([sourceOf([positionGrid([post(1, 'Жогорку'), post(2, '')])])]);
    expect(table(withGap, 'Corruption-prone posts by level').slice(0, 2)).toEqual([['Level', 'low', 'medium', 'high', 'not filled', 'Total'], ['Count', 0, 0, 1, 1, 2]]);
    expect(table(withoutZero, 'High-level risks')).toEqual([['№', 'Corruption risk', 'Structural unit', 'Function type', 'Where'], ['None.']]);
    // No risks register: each count table says «None.» and there is no chart.
    expect(table(withZero, 'Risks by function type')).toEqual([['Function type', 'zero', 'low', 'medium', 'high', 'Total'], ['None.']]);
    expect(withZero.chart).toBeUndefined();
    expect('chart' in withZero).toBe(false);
    const risksOnly = plan([sourceOf([riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])])]);
    expect(risksOnly.values.some((row) => String(row[0]).startsWith('Corruption-prone posts by level'))).toBe(false);
  });

  it('stops a long list after the limit with a line saying how many more, in each language, and not at the limit itself', () => {
    const highs = () => sourceOf([riskGrid(['Уруксат берүү функциясы', ...[1, 2, 3].map((n) => risk(n, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку'))])]);
    const cut = table(plan([highs()], 'en', 2), 'High-level risks');
    expect(cut.map((r) => r[0])).toEqual(['№', 1, 2, '… and 1 more (the register itself has them all).']);
    const more = rowOf(plan([highs()], 'en', 2), '… and 1 more');
    expect(blocksAt(plan([highs()], 'en', 2), more).map((b) => b.style)).toEqual([{ italic: true, fontColor: '#595959' }]);
    expect(table(plan([highs()], 'ru', 2), 'Риски высокого уровня')[3][0]).toBe('… и ещё 1 (полный перечень — в самом реестре).');
    expect(table(plan([highs()], 'ky', 1), 'Жогорку деңгээлдеги тобокелдиктер')[2][0]).toBe('… жана дагы 2 (толук тизме — реестрдин өзүндө).');
    expect(table(plan([highs()], 'en', 3), 'High-level risks').map((r) => r[0])).toEqual(['№', 1, 2, 3]);
  });

  it('names the file before the cell only when it sums several files and the source has one', () => {
    const grids = () => [riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])];
    const where = (p: SummaryPlan) => table(p, 'High-level risks').slice(1).map((r) => r[r.length - 1]);
    expect(where(plan([sourceOf(grids(), {}, 'a.xlsx')]))).toEqual(['Risks!D6']);
    expect(where(plan([sourceOf(grids(), {}, 'a.xlsx'), sourceOf(grids())]))).toEqual(['a.xlsx · Risks!D6', 'Risks!D6']);
  });

  it('places a high-level row by its first cell when the register has no risk column', () => {
    const source = sourceOf([riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])]);
    for (const row of source.registers[0].rows) delete row.cells.risk;
    const listed = table(plan([source]), 'High-level risks')[1];
    expect(listed).toEqual([1, '', 'Жер бөлүмү', 'permitting and registration', 'Risks!A6']);
  });

  it('lists each flagged post once per sheet and file, its evidence merged, its cells after the first sheet name, a long run cut', () => {
    const grids = () => [riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])];
    const flags = [
      flag('Risks', 'C5', 'Жер бөлүмү', { discretion: ['кечиктирүү'], contact: ['арыз'], zone: ['жер'] }),
      flag('Other', 'C5', 'Жер бөлүмү', { discretion: ['баш тартуу'] }),
      flag('Risks', 'C7', 'ЖЕР бөлүмү', { discretion: ['кечиктирүү', 'баш тартуу'], contact: ['арыз', 'кабыл алуу'], zone: ['ижара'] }),
    ];
    const p = plan([sourceOf(grids(), { flags }, 'a.xlsx'), sourceOf(grids(), { flags: flags.slice(0, 1) }, 'b.xlsx')]);
    expect(table(p, 'Posts showing all three signs')).toEqual([
      ['Post / unit', 'Discretion', 'Contact with citizens', 'High-risk zone', 'Where'],
      ['Жер бөлүмү', 'кечиктирүү, баш тартуу', 'арыз, кабыл алуу', 'жер, ижара', 'a.xlsx · Risks!C5, C7'],
      ['Жер бөлүмү', 'баш тартуу', '', '', 'a.xlsx · Other!C5'],
      ['Жер бөлүмү', 'кечиктирүү', 'арыз', 'жер', 'b.xlsx · Risks!C5'],
    ]);
    const many = Array.from({ length: 22 }, (_, i) => flag('Risks', `C${5 + i}`, 'Жер бөлүмү'));
    const cells = (count: number) => table(plan([sourceOf(grids(), { flags: many.slice(0, count) })]), 'Posts showing all three signs')[1][4];
    expect(cells(22)).toBe(`Risks!C5, ${Array.from({ length: 19 }, (_, i) => `C${6 + i}`).join(', ')} (+2)`);
    expect(cells(20)).toBe(`Risks!C5, ${Array.from({ length: 19 }, (_, i) => `C${6 + i}`).join(', ')}`);
  });

  it('lists the posts Appendix 2 lacks with the unit its flag names, says None. or that Appendix 2 is absent', () => {
    const grids = () => [riskGrid(['Уруксат берүү функциясы', risk(1, 'Жер бөлүмү', 'Потенциалдуу', 'Жогорку')])];
    const missing = (sheet: string, cell: string) => finding('positions.missing-flagged-unit', sheet, cell);
    const absent = finding('positions.register-absent', 'Risks', 'A1', 'No Appendix 2 here.');
    const flags = [flag('Other', 'C5', 'Башка бөлүм'), flag('Risks', 'C6', 'Соода бөлүмү'), flag('Risks', 'C5', 'Жер бөлүмү')];
    const listed = plan([sourceOf(grids(), { flags, findings: [missing('Risks', 'C5'), missing('Risks', 'C9'), absent] })]);
    expect(table(listed, 'Posts Appendix 1 points to')).toEqual([['Post / unit', 'Where'], ['Жер бөлүмү', 'Risks!C5'], ['', 'Risks!C9']]);
    const onlyAbsent = plan([sourceOf(grids(), { findings: [finding('other.rule', 'Risks', 'C5'), absent] })], 'ru');
    expect(table(onlyAbsent, 'Должности, на которые указывает')).toEqual([['ru No Appendix 2 here.']]);
    const note = rowOf(onlyAbsent, 'ru No Appendix 2 here.');
    expect(blocksAt(onlyAbsent, note).map((b) => b.style)).toEqual([{ italic: true, fontColor: '#595959' }]);
    const none = plan([sourceOf(grids(), { findings: [finding('other.rule', 'Risks', 'C5')] })]);
    expect(table(none, 'Posts Appendix 1 points to')).toEqual([['Post / unit', 'Where'], ['None.']]);
  });
});
