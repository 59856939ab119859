import { numberingRepeated } from '../../../src/checks/rules/numbering-repeated';
import { riskGrid, positionGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const second = (n: number, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });

describe('numbering.repeated', () => {
  it('warns at the second use of a number under one heading', () => {
    const report = check(riskGrid([HEADING, risk(1), second(3, 'a'), second(3, 'b')]));
    expect(placed(report, numberingRepeated)).toEqual([['A8', 'warning', 'Appendix 1']]);
    expect(findingsOf(report, numberingRepeated)[0].message).toBe('Number 3 is repeated.');
  });

  it('warns once at a repeat, and judges the rows after it from the number written', () => {
    const report = check(riskGrid([HEADING, risk(1), second(2, 'a'), second(2, 'b'), second(3, 'c'), second(4, 'd')]));
    expect(placed(report, numberingRepeated)).toEqual([['A8', 'warning', 'Appendix 1']]);
    expect(placed(report, 'numbering.sequence')).toEqual([]);
  });

  it('is silent when the same number stands under two headings', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), 'Кызмат көрсөтүү функциясы', second(1, 'b')])), numberingRepeated)).toEqual([]);
  });

  it('cites Appendix 2 there', () => {
    expect(placed(check(positionGrid([position(1), position(1, { 1: 'Башка кызмат орду' })])), numberingRepeated)).toEqual([['A6', 'warning', 'Appendix 2']]);
  });
});
