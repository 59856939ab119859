import { rowBeforeHeading } from '../../../src/checks/rules/row-before-heading';
import { riskGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, placed, risk } from './helpers';

describe('row.before-heading', () => {
  it('is an error (p.5) at a risk above the first function heading', () => {
    const report = check(riskGrid([risk(1), HEADING, risk(1, { 3: `${GOOD_RISK[2]} башка` })]));
    expect(placed(report, rowBeforeHeading)).toEqual([['A5', 'error', 'p.5']]);
  });

  it('leaves a register with no heading at all to heading.none', () => {
    expect(placed(check(riskGrid([risk(1)])), rowBeforeHeading)).toEqual([]);
  });
});
