/**
 * What the two numbering rules count as one run of numbers: each function heading of Appendix 1 and each
 * unit line of Appendix 2 may start one or carry the numbers on, a two-part number («2.1») whose first part
 * changed may start one, a register continued from another sheet carries on that sheet's numbers, and a
 * list without a № column has nothing to number.
 */
import type { Grid } from '../../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../../src/registers/template-text';
import { GOOD_RISK, positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, position, risk } from './helpers';

const numbering = (grids: Grid[]) => check(...grids).findings.filter((f) => f.rule.startsWith('numbering')).map((f) => [f.sheet, f.cell, f.rule, f.suggestion]);
const other = (n: number | string, tag: string) => risk(1, { 0: n, 3: `${GOOD_RISK[2]} ${tag}` });

describe('runs of numbers', () => {
  it('Appendix 2 is numbered straight through its unit lines or afresh under each, as Appendix 1 under its headings', () => {
    const grid = positionGrid([['Лицензиялоо башкармалыгы'], GOOD_POSITION, position(2, { 1: 'Адис' }), ['Каржы бөлүмү'], position(3, { 1: 'Бухгалтер' })]);
    expect(numbering([grid])).toEqual([]);
    const restarted = positionGrid([['Лицензиялоо башкармалыгы'], GOOD_POSITION, ['Каржы бөлүмү'], position(1, { 1: 'Бухгалтер' })]);
    expect(numbering([restarted])).toEqual([]);
    const gap = positionGrid([['Лицензиялоо башкармалыгы'], GOOD_POSITION, position(2, { 1: 'Адис' }), ['Каржы бөлүмү'], position(1, { 1: 'Бухгалтер' }), position(3, { 1: 'Кассир' })]);
    expect(numbering([gap])).toEqual([['Positions', 'A10', 'numbering.sequence', '2']]);
    const repeated = positionGrid([['Лицензиялоо башкармалыгы'], GOOD_POSITION, ['Каржы бөлүмү'], position(1, { 1: 'Бухгалтер' }), position(1, { 1: 'Кассир' })]);
    expect(numbering([repeated])).toEqual([['Positions', 'A9', 'numbering.repeated', undefined]]);
  });

  it('a list of positions without a № column has no numbers to judge', () => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [TEMPLATE_TEXT.positions.ky.header.slice(1), GOOD_POSITION.slice(1), position(2, { 1: 'Адис' }).slice(1)] };
    expect(numbering([grid])).toEqual([]);
  });

  it('a text in the № column is no number, and two of them are no repeat', () => {
    const found = check(riskGrid([HEADING, other('а', 'a'), other('б', 'b')]));
    expect(findingsOf(found, 'numbering.repeated')).toEqual([]);
    expect(findingsOf(found, 'numbering.sequence').map((f) => f.cell)).toEqual(['A6', 'A7']);
  });

  it('a register continued on a second sheet carries on the numbers under the first sheet\'s heading only', () => {
    const first = riskGrid([HEADING, risk(1), other(2, 'a')]);
    const second: Grid = { sheet: 'Уландысы', firstRow: 1, firstColumn: 1, values: [TEMPLATE_TEXT.risks.ky.header, other(3, 'b'), ['Кызмат көрсөтүү функциясы'], other(1, 'c'), other(2, 'd')] };
    expect(numbering([first, second])).toEqual([]);
    const runningOn: Grid = { ...second, values: [TEMPLATE_TEXT.risks.ky.header, other(3, 'b'), ['Кызмат көрсөтүү функциясы'], other(4, 'c')] };
    expect(numbering([first, runningOn])).toEqual([]);
    const restartedWrong: Grid = { ...second, values: [TEMPLATE_TEXT.risks.ky.header, other(3, 'b'), ['Кызмат көрсөтүү функциясы'], other(5, 'c')] };
    expect(numbering([first, restartedWrong])).toEqual([['Уландысы', 'A4', 'numbering.sequence', '1']]);
  });
});
