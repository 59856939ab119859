import { categoryAllowed } from '../../../src/checks/rules/category-allowed';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, risk } from './helpers';

const categoryOf = (text: string, language: 'ky' | 'ru' = 'ky') => check(riskGrid([HEADING, risk(1, { 4: text })], { language }));

describe('category.allowed', () => {
  it('is an error (p.4) at a value outside the three categories, naming them', () => {
    const report = categoryOf('Маанилүү');
    expect(placed(report, categoryAllowed)).toEqual([['E6', 'error', 'p.4']]);
    expect(findingsOf(report, categoryAllowed)[0].messages.ky).toContain('системалуу (реалдуу), потенциалдуу, кырдаалдык');
  });

  it('is an error at two categories in one cell', () => {
    expect(findingsOf(categoryOf('потенциалдуу, кырдаалдык'), categoryAllowed)[0].message).toContain('more than one value');
  });

  it('is an error at a negated category, never read as the category', () => {
    const report = categoryOf('Не системный', 'ru');
    expect(placed(report, categoryAllowed)).toEqual([['E6', 'error', 'p.4']]);
    expect(findingsOf(report, categoryAllowed)[0].messages.ru).toContain('отрицание');
    expect(findingsOf(report, 'category.variant')).toEqual([]);
  });

  it('is silent on the Order\'s categories and their variants', () => {
    for (const text of ['Потенциалдуу', 'Системалуу (реалдуу)', 'кырдаалдык', 'ситуационный']) expect(placed(categoryOf(text), categoryAllowed)).toEqual([]);
  });
});
