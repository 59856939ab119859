import { rowContinued } from '../../../src/checks/rules/row-continued';
import type { Grid } from '../../../src/registers/grid';
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

  it('names every row the text went on to, only for the row that went on, at its risk cell', () => {
    const report = check(riskGrid([HEADING, risk(1), [null, null, null, 'жана башка', null, null, null], [null, null, null, 'жолдор менен', null, null, null], risk(2, { 3: `${risk(1)[3]} экинчи` })]));
    const found = findingsOf(report, rowContinued);
    expect(found.map((f) => [f.cell, f.column])).toEqual([['D6', 'risk']]);
    expect(found[0].message).toContain('continues in rows 7, 8;');
  });

  it('points at the powers when Appendix 2 has no risk column', () => {
    const grid: Grid = { sheet: 'P', firstRow: 1, firstColumn: 1, values: [['№', 'Коррупциялык тобокелдик бар кызмат орду', 'Кызматтык ыйгарым укуктар', 'Коррупциялык тобокелдиктердин деңгээли'], [1, 'Башчы', 'Лицензия берүү', 'Орточо'], [null, null, 'жана уруксат берүү', null]] };
    expect(findingsOf(check(grid), rowContinued).map((f) => [f.cell, f.column])).toEqual([['C2', 'powers']]);
  });
});
