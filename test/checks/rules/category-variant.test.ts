import { categoryVariant } from '../../../src/checks/rules/category-variant';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, risk } from './helpers';

const categoryOf = (text: string, language: 'ky' | 'ru' = 'ky') => check(riskGrid([HEADING, risk(1, { 4: text })], { language }));

describe('category.variant', () => {
  it('notes (info, p.4) a category in another language and suggests the register\'s spelling', () => {
    const report = categoryOf('потенциальный');
    expect(placed(report, categoryVariant)).toEqual([['E6', 'info', 'p.4']]);
    expect(findingsOf(report, categoryVariant)[0].suggestion).toBe('Потенциалдуу');
    expect(report.summary.ready).toBe(true);
  });

  it('suggests the full form for «Системалуу» without «(реалдуу)», and in a Russian register the Russian one', () => {
    expect(findingsOf(categoryOf('Системалуу'), categoryVariant)[0].suggestion).toBe('Системалуу (реалдуу)');
    expect(findingsOf(categoryOf('реальный', 'ru'), categoryVariant)[0].suggestion).toBe('Системный (реальный)');
  });

  it('is silent on the Order\'s spelling in any case, and on a value that is no category', () => {
    expect(placed(categoryOf('Системалуу (реалдуу)'), categoryVariant)).toEqual([]);
    expect(placed(categoryOf('КЫРДААЛДЫК'), categoryVariant)).toEqual([]);
    expect(placed(categoryOf('Маанилүү'), categoryVariant)).toEqual([]);
  });
});
