import { registerEmpty } from '../../../src/checks/rules/register-empty';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, risk } from './helpers';

describe('register.empty', () => {
  it('is an error (p.11) at the first empty numbered row of a header with no rows', () => {
    const report = check(riskGrid([HEADING, [1], [2]]));
    expect(placed(report, registerEmpty)).toEqual([['A6', 'error', 'p.11']]);
    expect(findingsOf(report, registerEmpty)[0].column).toBe('number');
    expect(report.summary.ready).toBe(false);
  });

  it('points at the header when not even numbered rows are there', () => {
    const report = check(riskGrid([]));
    expect(placed(report, registerEmpty)).toEqual([['A4', 'error', 'p.11']]);
    expect(findingsOf(report, registerEmpty)[0].column).toBe('header');
  });

  it('is silent once a row is filled', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), registerEmpty)).toEqual([]);
  });
});
