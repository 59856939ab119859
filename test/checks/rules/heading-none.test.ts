import { headingNone } from '../../../src/checks/rules/heading-none';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, placed, risk } from './helpers';

describe('heading.none', () => {
  it('is one error (p.5) for a register with no function heading, not one per row', () => {
    const report = check(riskGrid([risk(1), risk(2, { 3: 'башка тобокелдик, арыз берүүчүгө кысым көрсөтүү жана пара талап кылуу' })]));
    expect(placed(report, headingNone)).toEqual([['A5', 'error', 'p.5']]);
  });

  it('is silent with a heading, and in Appendix 2, which has none', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), headingNone)).toEqual([]);
    expect(placed(check(positionGrid([GOOD_POSITION])), headingNone)).toEqual([]);
  });

  it('leaves a row above the first heading to row.before-heading, and an empty register alone', () => {
    expect(placed(check(riskGrid([risk(1), HEADING, risk(2, { 3: `${risk(1)[3]} башка` })])), headingNone)).toEqual([]);
    expect(placed(check(riskGrid([])), headingNone)).toEqual([]);
  });
});
