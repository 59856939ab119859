import { levelZoneTooLow } from '../../../src/checks/rules/level-zone-too-low';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

describe('level.zone-too-low', () => {
  it('warns (p.6) at a p.6 zone rated low, naming the zone', () => {
    const report = check(riskGrid([HEADING, risk(1, { 5: 'Төмөнкү' })]));
    expect(placed(report, levelZoneTooLow)).toEqual([['F6', 'warning', 'p.6']]);
    const [finding] = findingsOf(report, levelZoneTooLow);
    expect(finding.messages.ru).toContain('указан как «низкий»');
    expect(finding.messages.ky).toContain('«төмөнкү» деп коюлган');
  });

  it('calls a zero level zero, not low', () => {
    const [finding] = findingsOf(check(riskGrid([HEADING, risk(1, { 5: 'Нөлдүк' })])), levelZoneTooLow);
    expect(finding.messages.ru).toContain('указан как «нулевой»');
    expect(finding.messages.ru).not.toContain('низк');
    expect(finding.messages.ky).toContain('«нөлдүк» деп коюлган');
    expect(finding.messages.ky).not.toContain('төмөн');
    expect(finding.message).toContain('rated zero');
  });

  it('is silent at a high level, outside a zone, and at a zero level in Appendix 2 (an error of its own)', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), levelZoneTooLow)).toEqual([]);
    expect(placed(check(riskGrid(['Контролдоо жана көзөмөлдөө функциясы', risk(1, { 1: 'Ички отчеттуулук', 3: 'Бөлүм башчысы ички отчетторду бурмалап, жетекчиликке жалган маалымат бериши мүмкүн', 5: 'Төмөнкү' })])), levelZoneTooLow)).toEqual([]);
    const positions = check(positionGrid([position(1, { 4: 'Нөлдүк' })]));
    expect(positions.findings.filter((f) => f.cell === 'E5').map((f) => f.rule)).toEqual(['level.allowed']);
    expect(placed(check(positionGrid([position(1, { 4: 'Төмөнкү' })])), levelZoneTooLow)).toEqual([['E5', 'warning', 'p.6']]);
  });

  it('is silent for a p.7 sector, which p.6 does not name, and for a register with no level column', () => {
    const hospital = risk(1, { 1: 'Бейтаптарды дарылоо', 2: 'Оорукана', 3: 'Оорукананын дарыгери тааныштарын кезексиз дарылап, башка бейтаптарды күттүрүшү мүмкүн', 5: 'Төмөнкү' });
    const report = check(riskGrid(['Башка функциялар', hospital]));
    expect(placed(report, levelZoneTooLow)).toEqual([]);
    const grid = riskGrid([HEADING, risk(1, { 5: 'Төмөнкү' })]);
    grid.values[3] = grid.values[3].map((v, i) => (i === 5 ? 'Башка' : v));
    expect(placed(check(grid), levelZoneTooLow)).toEqual([]);
  });
});
