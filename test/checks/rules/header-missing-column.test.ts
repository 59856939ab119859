import { headerMissingColumn } from '../../../src/checks/rules/header-missing-column';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, placed, risk } from './helpers';

describe('header.missing-column', () => {
  it('is an error at the header, citing Appendix 1, when the level column is gone', () => {
    const grid = riskGrid([HEADING, risk(1)]);
    grid.values[3] = grid.values[3].map((v, i) => (i === 5 ? 'Башка' : v));
    const report = check(grid);
    expect(placed(report, headerMissingColumn)).toEqual([['A4', 'error', 'Appendix 1']]);
    expect(findingsOf(report, headerMissingColumn)[0].messages.ky).toContain('тобокелдиктин деңгээли');
  });

  it('cites Appendix 2 in the list of positions', () => {
    const grid = positionGrid([GOOD_POSITION]);
    grid.values[3] = grid.values[3].map((v, i) => (i === 4 ? 'Башка' : v));
    expect(placed(check(grid), headerMissingColumn)).toEqual([['A4', 'error', 'Appendix 2']]);
  });

  it('is silent on the Order\'s own header', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), headerMissingColumn)).toEqual([]);
  });
});
