/** The whole check: a clean register has no findings, and every finding speaks three languages. */
import { positionGrid, riskGrid } from '../fixtures/grids';
import { HEADING, MATCHING_POSITION, check, risk } from './rules/helpers';

describe('a clean register', () => {
  it('has no findings and is ready', () => {
    const report = check(riskGrid([HEADING, risk(1)]), positionGrid([MATCHING_POSITION]));
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, flags: 2, ready: true });
  });
});

describe('every finding', () => {
  it('carries a message in Kyrgyz, Russian and English and the English one as `message`', () => {
    const report = check(riskGrid([risk(1, { 4: 'x', 5: '' }), 'Спорт', risk(1, { 3: 'кыска' }), [2]], { approval: [[]] }), positionGrid([[1, 'a', '', 'b', 'нөлдүк']]));
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(finding.messages.ky.trim()).not.toBe('');
      expect(finding.messages.ru.trim()).not.toBe('');
      expect(finding.message).toBe(finding.messages.en);
      expect(finding.messages.ky).not.toBe(finding.messages.en);
    }
  });

  it('is ordered by sheet, row, column, then severity, and counted in the summary', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: 'x', 5: 'Жoгoрку', 6: '' }), [2]], { approval: [[]] }));
    expect(report.findings.map((f) => [f.cell, f.rule])).toEqual([
      ['A3', 'approval.missing'],
      ['C5', 'positions.register-absent'],
      ['E5', 'category.allowed'],
      ['F5', 'level.variant'],
      ['G5', 'scope.empty'],
      ['A6', 'row.empty-numbered'],
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 3, infos: 2, ready: false });
  });
});
