import { rowBeforeHeading } from '../../../src/checks/rules/row-before-heading';
import { positionGrid, riskGrid, GOOD_RISK } from '../../fixtures/grids';
import { readRegisters } from '../../../src/registers/read';
import { HEADING, check, placed, position, risk } from './helpers';

describe('row.before-heading', () => {
  it('is an error (p.5) at a risk above the first function heading', () => {
    const report = check(riskGrid([risk(1), HEADING, risk(1, { 3: `${GOOD_RISK[2]} башка` })]));
    expect(placed(report, rowBeforeHeading)).toEqual([['A5', 'error', 'p.5']]);
  });

  it('leaves a register with no heading at all to heading.none', () => {
    expect(placed(check(riskGrid([risk(1)])), rowBeforeHeading)).toEqual([]);
  });

  it('does not judge Appendix 2, whose unit lines are optional', () => {
    const grid = positionGrid([position(1), ['Лицензиялоо башкармалыгы'], position(2, { 1: 'Башка кызмат орду' })]);
    grid.merges = [{ top: 6, left: 1, bottom: 6, right: 5 }];
    expect(readRegisters([grid])[0].headings).toHaveLength(1);
    expect(placed(check(grid), rowBeforeHeading)).toEqual([]);
  });
});
