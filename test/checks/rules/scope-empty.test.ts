import { scopeEmpty } from '../../../src/checks/rules/scope-empty';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, placed, risk } from './helpers';

describe('scope.empty', () => {
  it('warns when column 7 is left empty (p.4)', () => {
    expect(placed(check(riskGrid([HEADING, risk(1, { 6: '' })])), scopeEmpty)).toEqual([['G6', 'warning', 'p.4']]);
  });

  it('is silent when it is answered, or holds a formula error', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), scopeEmpty)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk(1, { 6: { error: '#REF!' } })])), scopeEmpty)).toEqual([]);
  });
});
