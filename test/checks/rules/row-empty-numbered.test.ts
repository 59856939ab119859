import { rowEmptyNumbered } from '../../../src/checks/rules/row-empty-numbered';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, placed, risk } from './helpers';

describe('row.empty-numbered', () => {
  it('warns once per run of empty numbered rows, at its first cell, naming the run in `range`', () => {
    const report = check(riskGrid([HEADING, risk(1), [2], [3], [4], 'Кызмат көрсөтүү функциясы', [1]]));
    expect(placed(report, rowEmptyNumbered)).toEqual([['A7', 'warning', 'Appendix 1'], ['A11', 'warning', 'Appendix 1']]);
    const found = findingsOf(report, rowEmptyNumbered);
    expect(found.map((f) => f.range)).toEqual(['A7:A9', undefined]);
    expect(found[0].message).toBe('Rows 7–9 are numbered but empty: fill them in or delete them.');
    expect(found[1].message).toBe('A numbered row is empty: fill it in or delete it.');
  });

  it('cites Appendix 2 in the list of positions', () => {
    expect(placed(check(positionGrid([GOOD_POSITION, [2]])), rowEmptyNumbered)).toEqual([['A6', 'warning', 'Appendix 2']]);
  });
});
