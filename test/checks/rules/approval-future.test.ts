import { approvalFuture } from '../../../src/checks/rules/approval-future';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, checkOn, placed, risk } from './helpers';

const approvedOn = (text: string) => riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], [text]] });

describe('approval.future', () => {
  it('warns at a date after the day of the check (p.11), naming it', () => {
    const report = checkOn('2026-03-14', approvedOn('2026-ж. "15" март'));
    expect(placed(report, approvalFuture)).toEqual([['A2', 'warning', 'p.11']]);
    expect(report.findings.find((f) => f.rule === approvalFuture.id)!.message).toBe('The approval date (2026-03-15) is in the future.');
  });

  it('accepts a register approved on the day of the check', () => {
    expect(placed(checkOn('2026-03-15', approvedOn('2026-ж. "15" март')), approvalFuture)).toEqual([]);
  });

  it('is silent without a date or without rows', () => {
    expect(placed(checkOn('2000-01-01', approvedOn('2016-ж. " _ " _____')), approvalFuture)).toEqual([]);
    expect(placed(checkOn('2000-01-01', riskGrid([HEADING, [1]], { approval: [['Бекитемин'], ['2026-ж. "15" март']] })), approvalFuture)).toEqual([]);
  });
});
