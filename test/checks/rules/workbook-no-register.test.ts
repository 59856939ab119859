import { workbookNoRegister } from '../../../src/checks/rules/workbook-no-register';
import { checkGrids } from '../../../src/checks/check';
import { riskGrid, TODAY } from '../../fixtures/grids';
import { HEADING, check, placed, risk } from './helpers';

describe('workbook.no-register', () => {
  it('is an error (p.11) at the first sheet\'s first cell when no sheet holds a register', () => {
    const report = check({ sheet: 'Notes', firstRow: 3, firstColumn: 2, values: [['hello']] });
    expect(placed(report, workbookNoRegister)).toEqual([['B3', 'error', 'p.11']]);
    expect(report.findings[0].sheet).toBe('Notes');
    expect(report.summary.ready).toBe(false);
  });

  it('is raised even for a workbook with no sheets', () => {
    const report = checkGrids([], { today: TODAY });
    expect(placed(report, workbookNoRegister)).toEqual([['A1', 'error', 'p.11']]);
    expect(report.findings[0].sheet).toBe('');
  });

  it('is silent when a register is there', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), workbookNoRegister)).toEqual([]);
  });
});
