import { scopeEmpty } from '../../../src/checks/rules/scope-empty';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, placed, risk } from './helpers';

describe('scope.empty', () => {
  it('warns when column 7 is left empty (p.4)', () => {
    expect(placed(check(riskGrid([HEADING, risk(1, { 6: '' })])), scopeEmpty)).toEqual([['G6', 'warning', 'p.4']]);
  });

  it('is silent when it is answered, or holds a formula error', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), scopeEmpty)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk(1, { 6: { error: '#REF!' } })])), scopeEmpty)).toEqual([]);
  });

  it('asks nothing of a register without column 7, nor of Appendix 2', () => {
    const grid = riskGrid([HEADING, risk(1, { 6: '' })]);
    grid.values[3] = grid.values[3].map((v, i) => (i === 6 ? null : v));
    expect(placed(check(grid), scopeEmpty)).toEqual([]);
    expect(placed(check(positionGrid([GOOD_POSITION])), scopeEmpty)).toEqual([]);
  });
});
