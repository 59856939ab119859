import { levelVariant } from '../../../src/checks/rules/level-variant';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const riskLevel = (text: string, language: 'ky' | 'ru' = 'ky') => check(riskGrid([HEADING, risk(1, { 4: 'Кырдаалдык', 5: text })], { language }));

describe('level.variant', () => {
  it.each([
    ['Жoгoрку', 'ky', 'Жогорку'],
    ['жогору', 'ky', 'Жогорку'],
    ['Томонку', 'ky', 'Төмөнкү'],
    ['Жогорку  деңгээл', 'ky', 'Жогорку'],
    ['высокий', 'ky', 'Жогорку'],
    ['высокая', 'ru', 'Высокий'],
    ['высокого', 'ru', 'Высокий'],
    ['Средний уровень', 'ru', 'Средний'],
    ['орточо', 'ru', 'Средний'],
    ['Тѳмѳнкү', 'ky', 'Төмөнкү'],
    ['Нѳлдүк', 'ky', 'Нөлдүк'],
    ['Тöмöнкү', 'ky', 'Төмөнкү'],
  ] as const)('%s in a %s register reads as %s (info, p.4)', (text, language, suggestion) => {
    const report = riskLevel(text, language);
    expect(placed(report, levelVariant)).toEqual([['F6', 'info', 'p.4']]);
    expect(findingsOf(report, levelVariant)[0].suggestion).toBe(suggestion);
    expect(findingsOf(report, levelVariant)[0].messages.ru).toContain(`«${suggestion}»`);
  });

  it('cites footnote (****) in the list of positions', () => {
    expect(placed(check(positionGrid([position(1, { 4: 'жогору' })])), levelVariant)).toEqual([['E5', 'info', 'Appendix 2 (****)']]);
  });

  it('is silent on the Order\'s spelling in any case, on a level not allowed, and on a qualified level', () => {
    expect(placed(riskLevel('Жогорку'), levelVariant)).toEqual([]);
    expect(placed(riskLevel('ВЫСОКИЙ', 'ru'), levelVariant)).toEqual([]);
    expect(placed(check(positionGrid([position(1, { 4: 'нулевой' })])), levelVariant)).toEqual([]);
    expect(placed(riskLevel('Не высокий', 'ru'), levelVariant)).toEqual([]);
  });
});
