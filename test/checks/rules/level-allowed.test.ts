import { levelAllowed } from '../../../src/checks/rules/level-allowed';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const riskLevel = (text: string, language: 'ky' | 'ru' = 'ky') => check(riskGrid([HEADING, risk(1, { 4: 'Кырдаалдык', 5: text })], { language }));

describe('level.allowed', () => {
  it('is an error (Appendix 2 (****)) at a zero level in the list of positions; Appendix 1 accepts it', () => {
    const positions = check(positionGrid([position(1, { 4: 'Нөлдүк' }), position(2, { 1: 'Башка кызмат орду', 4: 'нулевой' })]));
    expect(placed(positions, levelAllowed)).toEqual([['E5', 'error', 'Appendix 2 (****)'], ['E6', 'error', 'Appendix 2 (****)']]);
    expect(findingsOf(positions, levelAllowed)[0].message).toContain('Appendix 2 has no zero level');
    expect(placed(riskLevel('Нөлдүк'), levelAllowed)).toEqual([]);
  });

  it('is an error (p.4) at an unknown level in Appendix 1', () => {
    expect(placed(riskLevel('чоң'), levelAllowed)).toEqual([['F6', 'error', 'p.4']]);
  });

  it('is an error (p.4), with nothing suggested, at «as above» or «as below» in place of a level', () => {
    for (const text of ['жогорудагыдай', 'Жогорудагы', 'төмөндөгүдөй']) {
      const report = riskLevel(text);
      expect(placed(report, levelAllowed)).toEqual([['F6', 'error', 'p.4']]);
      expect(report.findings.filter((f) => f.suggestion !== undefined && f.cell === 'F6')).toEqual([]);
    }
  });

  it.each([
    ['Не высокий', 'ru', 'negation'],
    ['невысокий', 'ru', 'negation'],
    ['Жогорку эмес', 'ky', 'negation'],
    ['Очень высокий', 'ru', 'intensifier'],
    ['Выше среднего', 'ru', 'intensifier'],
    ['Ниже среднего', 'ru', 'intensifier'],
    ['Өтө жогорку', 'ky', 'intensifier'],
    ['Өтө төмөн', 'ky', 'intensifier'],
    ['средне-высокий', 'ru', 'range'],
    ['высокий/средний', 'ru', 'range'],
    ['Орточодон жогору', 'ky', 'range'],
    ['жогоркуэмес', 'ky', 'negation'],
    ['төмөнкүэмес', 'ky', 'negation'],
    ['жогорураак', 'ky', 'intensifier'],
    ['высоковатый', 'ru', 'intensifier'],
  ] as const)('%s is no level of the Order (%s register, %s)', (text, language, qualifier) => {
    const report = riskLevel(text, language);
    expect(placed(report, levelAllowed)).toEqual([['F6', 'error', 'p.4']]);
    const words = { negation: 'negation', intensifier: 'no degrees', range: 'more than one value' }[qualifier];
    expect(findingsOf(report, levelAllowed)[0].message).toContain(words);
    // Never suggested as the level it qualifies, least of all a negation as its opposite.
    expect(report.findings.filter((f) => f.suggestion !== undefined && f.cell === 'F6')).toEqual([]);
  });

  it('is silent on the levels of the Order and their grammatical forms', () => {
    for (const text of ['Жогорку', 'жогору', 'Орточо', 'Төмөнкү', 'Нөлдүк', 'Тѳмѳнкү', 'Тöмöнкү', 'жогорку деңгээлдеги']) expect(placed(riskLevel(text), levelAllowed)).toEqual([]);
    for (const text of ['Высокий', 'высокая', 'высокого', 'Средний уровень', 'низкий']) expect(placed(riskLevel(text, 'ru'), levelAllowed)).toEqual([]);
  });
});
