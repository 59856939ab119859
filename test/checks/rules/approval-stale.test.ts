import { approvalStale, YEAR_DAYS } from '../../../src/checks/rules/approval-stale';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, checkOn, placed, risk } from './helpers';

const approvedOn = (text: string) => riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], [text]] });

describe('approval.stale', () => {
  it('warns when the approval is more than a year old (p.13), and names the date', () => {
    const report = checkOn('2026-11-26', approvedOn('2024-ж. "10" май'));
    expect(placed(report, approvalStale)).toEqual([['A2', 'warning', 'p.13']]);
    expect(report.findings[0].messages.ru).toContain('2024-05-10');
  });

  it('allows a full year, leap day included, and not a day more', () => {
    expect(YEAR_DAYS).toBe(366);
    // 2024 is a leap year: 14 March 2024 to 15 March 2025 is 366 days.
    expect(placed(checkOn('2025-03-15', approvedOn('2024-ж. "14" март')), approvalStale)).toEqual([]);
    expect(placed(checkOn('2025-03-16', approvedOn('2024-ж. "14" март')), approvalStale)).toEqual([['A2', 'warning', 'p.13']]);
  });

  it('is silent without a date', () => {
    expect(placed(checkOn('2030-01-01', approvedOn('2016-ж. " _ " _____')), approvalStale)).toEqual([]);
  });

  it('is silent without an approval block', () => {
    expect(placed(checkOn('2030-01-01', riskGrid([HEADING, risk(1)], { approval: [[]] })), approvalStale)).toEqual([]);
  });
});
