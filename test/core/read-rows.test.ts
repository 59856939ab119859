/**
 * How the lines of a table become its rows: cells beside the table, a cell holding an error, a line merged
 * down from the row above, a function and unit written once for a group of risks, and a text going on into
 * the next line.
 */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { GOOD_RISK, riskGrid } from '../fixtures/grids';
import { HEADING, risk } from '../checks/rules/helpers';
import { KY_HEADER, headingsOf, registerOf, rowsOf, sheetOf } from './read-helpers';

describe('cells beside the table', () => {
  it('a reviewer\'s mark left of the table leaves a heading a heading', () => {
    const grid = sheetOf([[null, ...KY_HEADER], ['x', HEADING], [null, ...risk(1)]]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([3]);
  });

  it('a comment right of the table leaves a function typed on into the next line a part of the row above', () => {
    const grid = riskGrid([HEADING, risk(1), [null, 'жана башка иш-аракеттер', null, null, null, null, null, null, null, 'текшерилди'], risk(2)]);
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => [r.row, r.continuation])).toEqual([[6, [7]], [8, []]]);
    expect(register.rows[0].cells.function?.text).toBe(`${GOOD_RISK[0]} жана башка иш-аракеттер`);
  });

  it('a comment right of the table leaves the row\'s note, in the table\'s last column, to the row', () => {
    const grid = riskGrid([HEADING, [...risk(1), 'Комиссия карады', 'текшерилди']]);
    expect(registerOf(grid).rows[0].cells.note?.text).toBe('Комиссия карады');
  });

  it('a column-number row and a totals line keep their meaning with a cell left of the table', () => {
    const grid = sheetOf([[null, ...KY_HEADER], ['x', ...KY_HEADER.map((_, i) => i + 1)], [null, HEADING], [null, ...risk(1)], ['x', 'Бардыгы: 1']]);
    expect(rowsOf(grid)).toEqual([4]);
    expect(headingsOf(grid)).toEqual([HEADING]);
  });
});

describe('what makes a row', () => {
  it('a number with an Excel error beside it is a row, not a blank row of the form', () => {
    const [register] = readRegisters([riskGrid([HEADING, risk(1), [2, null, null, { error: '#N/A' }]])]);
    expect(register.rows.map((r) => r.row)).toEqual([6, 7]);
    expect(register.emptyNumberedRows).toEqual([]);
  });

  it('a line merged down from the row above, nothing of its own, is that row\'s: no blank row of the form', () => {
    const grid: Grid = { ...riskGrid([HEADING, risk(1), [], risk(2)]), merges: KY_HEADER.map((_, i) => ({ top: 6, left: i + 1, bottom: 7, right: i + 1 })) };
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => [r.row, r.continuation])).toEqual([[6, [7]], [8, []]]);
    expect(register.emptyNumberedRows).toEqual([]);
  });

  it('a letter in the № column beside cells merged down from the row above is a row of that group', () => {
    const grid: Grid = { ...riskGrid([HEADING, risk(1), ['а)'], risk(2)]), merges: [{ top: 6, left: 2, bottom: 7, right: 2 }, { top: 6, left: 3, bottom: 7, right: 3 }] };
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => [r.row, r.cells.number?.text, r.cells.function?.text])).toEqual([[6, '1', GOOD_RISK[0]], [7, 'а)', GOOD_RISK[0]], [8, '2', GOOD_RISK[0]]]);
    expect(register.emptyNumberedRows).toEqual([]);
  });

  it('measures listed one per line in a column the register does not read continue no row', () => {
    const header = [...KY_HEADER.slice(0, 4), 'Тобокелдикти азайтуу чаралары', ...KY_HEADER.slice(4)];
    const withMeasure = (row: CellValue[], measure: string) => [...row.slice(0, 4), measure, ...row.slice(4)];
    const grid = sheetOf([header, [HEADING], withMeasure(risk(1), '1) электрондук кабыл алуу;'), [null, null, null, null, '2) видео байкоо.'], withMeasure(risk(2), '')]);
    expect(registerOf(grid).rows.map((r) => [r.row, r.continuation])).toEqual([[3, []], [5, []]]);
  });

  it('a note going on into the next line joins the row\'s note', () => {
    const grid = riskGrid([HEADING, risk(1, { 7: 'Комиссия' }), [null, null, null, null, null, null, null, 'кайра карайт'], risk(2)]);
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => r.row)).toEqual([6, 8]);
    expect(register.rows[0].cells.note?.text).toBe('Комиссия кайра карайт');
  });
});

describe('a function going on into the next line', () => {
  it('opens with a small letter, whatever comes after it', () => {
    const grid = riskGrid([HEADING, risk(1), [null, 'жана Башкы прокуратура менен макулдашуу'], risk(2)]);
    expect(registerOf(grid).rows.map((r) => [r.row, r.continuation])).toEqual([[6, [7]], [8, []]]);
  });

  it.each([['«Таза шаар» программасын ишке ашыруу'], ['2-деңгээлдеги уруксаттар']])('«%s», opening with a quote or a figure, is a heading', (text) => {
    expect(headingsOf(riskGrid([HEADING, risk(1), [null, text], risk(2)]))).toEqual([HEADING, text]);
  });
});

describe('a function and unit written once for a group of risks', () => {
  const taken = (grid: Grid) => registerOf(grid).rows.map((r) => [r.cells.function?.text, r.cells.unit?.text, r.writtenAbove]);

  it('a risk with both blank takes both from the row above, and says so', () => {
    expect(taken(riskGrid([HEADING, risk(1), risk(2, { 1: null, 2: null })]))).toEqual([
      [GOOD_RISK[0], GOOD_RISK[1], []],
      [GOOD_RISK[0], GOOD_RISK[1], ['function', 'unit']],
    ]);
  });

  it('a risk with a unit of its own takes only the function', () => {
    expect(taken(riskGrid([HEADING, risk(1), risk(2, { 1: null, 2: 'Каржы бөлүмү' })]))[1]).toEqual([GOOD_RISK[0], 'Каржы бөлүмү', ['function']]);
  });

  it('a risk with a function of its own and no unit has forgotten the unit: nothing is taken', () => {
    expect(taken(riskGrid([HEADING, risk(1), risk(2, { 2: null })]))[1]).toEqual([GOOD_RISK[0], '', []]);
  });

  it('a blank the row above also left blank stays blank', () => {
    expect(taken(riskGrid([HEADING, risk(1, { 2: null }), risk(2, { 1: null, 2: null })]))[1]).toEqual([GOOD_RISK[0], '', ['function']]);
  });

  it('an error in the function cell stays the row\'s own', () => {
    const [, second] = registerOf(riskGrid([HEADING, risk(1), risk(2, { 1: { error: '#N/A' }, 2: null })])).rows;
    expect([second.cells.function?.error, second.cells.unit?.text, second.writtenAbove]).toEqual(['#N/A', GOOD_RISK[1], ['unit']]);
  });

  it('a row without a risk takes nothing', () => {
    expect(taken(riskGrid([HEADING, risk(1), risk(2, { 1: null, 2: null, 3: null })]))[1]).toEqual(['', '', []]);
  });

  it('a risk under a new heading takes nothing from the group above it', () => {
    expect(taken(riskGrid([HEADING, risk(1), 'Кызмат көрсөтүү функциясы', risk(2, { 1: null, 2: null })]))[1]).toEqual(['', '', []]);
  });
});

describe('the header and what stands around it', () => {
  it('a numbered row under a header-like line never completes it into a header', () => {
    expect(readRegisters([sheetOf([['№', 'Функциялар', 'Коррупциялык тобокелдик'], [1, 'Лицензиялоо', 'Чечимди кечиктирүү', 'Жогорку даражада']])])).toEqual([]);
  });

  it('a note under the first table that names an approval is not the next table\'s approval', () => {
    const note = 'Эскертүү: тизме Министрдин 2026-жылдын 15-мартындагы № 45 буйругу менен бекитилген';
    const registers = readRegisters([riskGrid([HEADING, risk(1), [note], KY_HEADER, HEADING, risk(1)])]);
    expect(registers.map((r) => r.approval?.date)).toEqual(['2026-03-15', undefined]);
  });
});
