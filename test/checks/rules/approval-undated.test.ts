import { approvalUndated } from '../../../src/checks/rules/approval-undated';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, placed, risk } from './helpers';

describe('approval.undated', () => {
  it('warns at the date line the form leaves blank (p.11)', () => {
    const report = check(riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], ['2016-ж. " _ " _____']] }));
    expect(placed(report, approvalUndated)).toEqual([['A2', 'warning', 'p.11']]);
    expect(report.registers[0].approvalDate).toBeUndefined();
  });

  it('points at the block itself when there is no date line at all', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)], { approval: [['Бекитемин']] })), approvalUndated)).toEqual([['A1', 'warning', 'p.11']]);
  });

  it('is silent on the Order\'s own date style and on a date cell', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], ['2026-жылдын 20-февралы']] })), approvalUndated)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk(1)], { approval: [['УТВЕРЖДАЮ'], [new Date(Date.UTC(2026, 1, 20))]] })), approvalUndated)).toEqual([]);
  });

  it('is silent on a dated block, on a missing block and on a register without rows', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), approvalUndated)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk(1)], { approval: [[]] })), approvalUndated)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, [1]], { approval: [['Бекитемин']] })), approvalUndated)).toEqual([]);
  });
});
