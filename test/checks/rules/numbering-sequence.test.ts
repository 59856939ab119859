import { numberingSequence } from '../../../src/checks/rules/numbering-sequence';
import { positionGrid, riskGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const second = (n: number, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });

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

  it('leaves a repeated number to numbering.repeated', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), second(1, 'a')])), numberingSequence)).toEqual([]);
  });
});
