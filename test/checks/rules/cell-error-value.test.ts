import { cellErrorValue } from '../../../src/checks/rules/cell-error-value';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

describe('cell.error-value', () => {
  it('is an error at a cell holding a formula error, citing the appendix', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: { error: '#N/A' } })]));
    expect(placed(report, cellErrorValue)).toEqual([['E6', 'error', 'Appendix 1']]);
    expect(findingsOf(report, cellErrorValue)[0].message).toContain('#N/A');
    expect(placed(check(positionGrid([position(1, { 2: { error: '#REF!' } })])), cellErrorValue)).toEqual([['C5', 'error', 'Appendix 2']]);
  });

  it('is silent on plain values', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), cellErrorValue)).toEqual([]);
  });
});
