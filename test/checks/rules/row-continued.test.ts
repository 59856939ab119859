import { rowContinued } from '../../../src/checks/rules/row-continued';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, placed, risk } from './helpers';

describe('row.continued', () => {
  it('notes (info) a text spilling into the next row, at the row\'s risk cell', () => {
    const report = check(positionGrid([GOOD_POSITION, [null, null, null, 'жана башка мүмкүнчүлүктөр', null]]));
    expect(placed(report, rowContinued)).toEqual([['D5', 'info', 'Appendix 2']]);
    expect(findingsOf(report, rowContinued)[0].message).toContain('rows 6');
    expect(report.summary.ready).toBe(true);
  });

  it('cites Appendix 1 there', () => {
    const report = check(riskGrid([HEADING, risk(1), [null, null, null, 'жана башка жолдор менен', null, null, null]]));
    expect(placed(report, rowContinued)).toEqual([['D6', 'info', 'Appendix 1']]);
  });
});
