import { approvalMissing } from '../../../src/checks/rules/approval-missing';
import { riskGrid, positionGrid } from '../../fixtures/grids';
import { HEADING, GOOD_POSITION, check, placed, risk } from './helpers';

describe('approval.missing', () => {
  it('warns at the header when a register has no «Бекитемин» block (p.11)', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)], { approval: [[]] })), approvalMissing)).toEqual([['A3', 'warning', 'p.11']]);
    expect(placed(check(positionGrid([GOOD_POSITION], { approval: [[]] })), approvalMissing)).toEqual([['A3', 'warning', 'p.11']]);
  });

  it('is silent when the block is there, and on a fresh template with no rows', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), approvalMissing)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, [1]], { approval: [[]] })), approvalMissing)).toEqual([]);
  });

  it('tells the reader who approves, in three languages', () => {
    const [finding] = check(riskGrid([HEADING, risk(1)], { approval: [[]] })).findings.filter((f) => f.rule === approvalMissing.id);
    expect(finding.messages.ru).toContain('УТВЕРЖДАЮ');
    expect(finding.messages.ky).toContain('Бекитемин');
    expect(finding.message).toContain('head of the body');
  });
});
