import { numberingSequence } from '../../../src/checks/rules/numbering-sequence';
import type { Grid } from '../../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../../src/registers/template-text';
import { positionGrid, riskGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const second = (n: number | string, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });

describe('numbering.sequence', () => {
  it('accepts numbers restarting under each heading', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), second(2, 'a'), 'Кызмат көрсөтүү функциясы', second(1, 'b')])), numberingSequence)).toEqual([]);
  });

  it('warns at a number out of order and suggests the right one', () => {
    const report = check(riskGrid([HEADING, risk(1), second(3, 'a')]));
    expect(placed(report, numberingSequence)).toEqual([['A7', 'warning', 'Appendix 1']]);
    expect(findingsOf(report, numberingSequence)[0].suggestion).toBe('2');
  });

  it('numbers Appendix 2 over the whole list', () => {
    const report = check(positionGrid([position(1), position(3, { 1: 'Башка кызмат орду' })]));
    expect(placed(report, numberingSequence)).toEqual([['A6', 'warning', 'Appendix 2']]);
  });

  it('numbers Appendix 2 on through a unit\'s line, which starts no new run there', () => {
    const report = check(positionGrid([position(1), ['Кадрлар бөлүмү'], position(2, { 1: 'Башка кызмат орду' })]));
    expect(report.registers[0].rows).toBe(2);
    expect(placed(report, numberingSequence)).toEqual([]);
  });

  it('carries on the first sheet\'s numbers in a register continued on a second sheet', () => {
    const continued: Grid = { sheet: 'Уландысы', firstRow: 1, firstColumn: 1, values: [TEMPLATE_TEXT.risks.ky.header, second(3, 'b'), second(5, 'c')] };
    const report = check(riskGrid([HEADING, risk(1), second(2, 'a')]), continued);
    expect(findingsOf(report, numberingSequence).map((f) => [f.sheet, f.cell, f.suggestion])).toEqual([['Уландысы', 'A3', '4']]);
    const anotherHeading: Grid = { ...continued, values: [TEMPLATE_TEXT.risks.ky.header, second(3, 'b'), ['Кызмат көрсөтүү функциясы'], second(1, 'd')] };
    expect(placed(check(riskGrid([HEADING, risk(1), second(2, 'a')]), anotherHeading), numberingSequence)).toEqual([]);
  });

  it('leaves a register without a № column unnumbered', () => {
    const header = TEMPLATE_TEXT.risks.ky.header.slice(1);
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [header, [HEADING], GOOD_RISK, [...GOOD_RISK.slice(0, 2), `${GOOD_RISK[2]} б`, ...GOOD_RISK.slice(3)]] };
    const report = check(grid);
    expect(report.registers.map((r) => r.rows)).toEqual([2]);
    expect(placed(report, numberingSequence)).toEqual([]);
    expect(placed(report, 'numbering.repeated')).toEqual([]);
  });

  it('warns once at a missing number, and judges the rows after it from the number written', () => {
    const report = check(riskGrid([HEADING, risk(1), second(3, 'a'), second(4, 'b'), second(5, 'c'), second(6, 'd')]));
    expect(findingsOf(report, numberingSequence).map((f) => [f.cell, f.suggestion])).toEqual([['A7', '2']]);
    expect(placed(report, 'numbering.repeated')).toEqual([]);
  });

  it('accepts numbers running on through the headings, in either appendix', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), second(2, 'a'), 'Кызмат көрсөтүү функциясы', second(3, 'b'), second(4, 'c')])), numberingSequence)).toEqual([]);
    expect(placed(check(positionGrid([['Кадрлар бөлүмү'], position(1), position(2, { 1: 'Адис' }), ['Каржы бөлүмү'], position(3, { 1: 'Бухгалтер' })])), numberingSequence)).toEqual([]);
  });

  it('warns once under a heading whose numbers neither start again nor run on, suggesting what the register does', () => {
    const restarting = check(riskGrid([HEADING, risk(1), second(2, 'a'), 'Кызмат көрсөтүү функциясы', second(5, 'b'), second(6, 'c')]));
    expect(findingsOf(restarting, numberingSequence).map((f) => [f.cell, f.suggestion])).toEqual([['A9', '1']]);
    const running = check(riskGrid([HEADING, risk(1), second(2, 'a'), 'Кызмат көрсөтүү функциясы', second(3, 'b'), second(4, 'c'), 'Көзөмөл функциясы', second(7, 'd'), second(8, 'e')]));
    expect(findingsOf(running, numberingSequence).map((f) => [f.cell, f.suggestion])).toEqual([['A12', '5']]);
    expect(findingsOf(running, numberingSequence)[0].message).toBe('Numbers run 1, 2, 3 … with no gap, under each heading or on through the headings: 5 is expected here.');
    expect(placed(running, numberingSequence)).toEqual([['A12', 'warning', 'Appendix 1']]);
  });

  it('reads «1.3.» and «1.3)» as «1.3»: the closing mark opens no new group, so the gap in it is suggested from the group', () => {
    for (const close of ['.', ')']) {
      const report = check(positionGrid([position(`1.1${close}`), position(`1.3${close}`, { 1: 'Адис' })]));
      expect(findingsOf(report, numberingSequence).map((f) => [f.cell, f.suggestion])).toEqual([['A6', '2']]);
    }
  });

  it('warns at a row numbered with a letter and judges the next row from where the number should have been', () => {
    const report = check(riskGrid([HEADING, risk(1), second('б)', 'a'), second(3, 'b')]));
    expect(findingsOf(report, numberingSequence).map((f) => [f.cell, f.suggestion])).toEqual([['A7', '2']]);
  });

  it('leaves a repeated number to numbering.repeated', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), second(1, 'a')])), numberingSequence)).toEqual([]);
  });
});
