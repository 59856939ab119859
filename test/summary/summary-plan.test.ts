import { buildSummaryPlan, heatColor, isTobokelSummary, LEVEL_COLORS, SUMMARY_SHEET_NAMES, SUMMARY_TITLES, type SummaryPlan } from '../../src/checks/summary-plan';
import { UI_LANGUAGES } from '../../src/order281/text';
import { TODAY } from '../fixtures/grids';
import { summaryGrids, summarySource } from './fixtures';

/** The table under the section whose title starts with `section`: its header row and the rows up to the blank. */
function table(plan: SummaryPlan, section: string): (string | number | null)[][] {
  const at = plan.values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(section));
  expect(at).toBeGreaterThanOrEqual(0);
  const rows: (string | number | null)[][] = [];
  for (let i = at + 1; i < plan.values.length && plan.values[i].some((v) => v !== null); i++) rows.push(plan.values[i].filter((v) => v !== null));
  return rows;
}

describe('the summary plan', () => {
  const source = summarySource();
  // Built inside each test, not once for the file: Stryker switches a mutant on per test, so a plan built
  // while the file is collected would be the unmutated one.
  const englishPlan = () => buildSummaryPlan([source], { language: 'en', today: TODAY });

  it('counts Appendix 1 by category × level, with totals', () => {
    const plan = englishPlan();
    expect(table(plan, 'Risks by level and category')).toEqual([
      ['Category', 'zero', 'low', 'medium', 'high', 'Total'],
      ['systemic (real)', 0, 0, 1, 0, 1],
      ['potential', 0, 0, 0, 2, 2],
      ['situational', 0, 1, 0, 1, 2],
      ['Total', 0, 1, 1, 3, 5],
    ]);
  });

  it('counts by function type and by structural unit, the unit with most high-level risks first', () => {
    const plan = englishPlan();
    expect(table(plan, 'Risks by function type')).toEqual([
      ['Function type', 'zero', 'low', 'medium', 'high', 'Total'],
      ['provision of state services', 0, 0, 1, 1, 2],
      ['permitting and registration', 0, 1, 0, 2, 3],
      ['Total', 0, 1, 1, 3, 5],
    ]);
    expect(table(plan, 'Risks by structural unit').slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Жер ресурстары бөлүмү', 3, 3], ['Соода саясатын башкаруу', 0, 2], ['Total', 3, 5],
    ]);
  });

  it('lists the high-level risks with their cells, the flagged posts with evidence, and what Appendix 2 lacks', () => {
    const plan = englishPlan();
    expect(table(plan, 'High-level risks').slice(1).map((r) => r[r.length - 1])).toEqual(['Risks!D6', 'Risks!D7', 'Risks!D11']);
    const flagged = table(plan, 'Posts showing all three signs').slice(1);
    expect(flagged.map((r) => [r[0], r[4]])).toEqual([['Жер ресурстары бөлүмү', 'Risks!C6, C7, C11'], ['Соода саясатын башкаруу', 'Risks!C8, C10']]);
    expect(String(flagged[0][2])).toContain('арыз');
    const missing = source.report.findings.filter((f) => f.rule === 'positions.missing-flagged-unit').map((f) => `Risks!${f.cell}`);
    expect(table(plan, 'Posts Appendix 1 points to').slice(1).map((r) => r[1])).toEqual(missing);
    expect(missing.length).toBe(2);
  });

  it('colours the heat map by level, stronger for more rows, and leaves zero counts white', () => {
    const plan = englishPlan();
    const heat = plan.blocks.filter((b) => b.style.fill && b.top === b.bottom && b.left === b.right);
    const headerRow = plan.values.findIndex((r) => r[0] === 'Category') + 1;
    const at = (row: number, column: number) => heat.find((b) => b.top === row && b.left === column)?.style.fill;
    // potential × high = 2 (the maximum): the high colour itself; situational × high = 1: paler; systemic × high = 0: none.
    expect(at(headerRow + 2, 5)).toBe(LEVEL_COLORS.high);
    expect(at(headerRow + 3, 5)).toBe(heatColor('high', 1, 2));
    expect(at(headerRow + 3, 5)).not.toBe(LEVEL_COLORS.high);
    expect(at(headerRow + 1, 5)).toBeUndefined();
    expect(at(headerRow + 3, 3)).toBe(heatColor('low', 1, 2));
  });

  it('describes the chart over the function-type table, one colour per level', () => {
    const plan = englishPlan();
    const { chart } = plan;
    expect(chart).toBeDefined();
    expect(plan.values[chart!.source.top - 1].slice(0, 5)).toEqual(['Function type', 'zero', 'low', 'medium', 'high']);
    expect(plan.values[chart!.source.bottom - 1][0]).toBe('permitting and registration');
    expect(chart!.seriesColors).toEqual([LEVEL_COLORS.zero, LEVEL_COLORS.low, LEVEL_COLORS.medium, LEVEL_COLORS.high]);
  });

  it('speaks each language, and is known again only by its name and its title together', () => {
    for (const language of UI_LANGUAGES) {
      const localized = buildSummaryPlan([source], { language, today: TODAY });
      expect(localized.values[0][0]).toBe(SUMMARY_TITLES[language]);
      expect(isTobokelSummary(localized.sheetName, localized.title)).toBe(true);
      expect(isTobokelSummary(`${localized.sheetName} (2)`, localized.title)).toBe(true);
    }
    expect(isTobokelSummary(SUMMARY_SHEET_NAMES.en, 'My own notes')).toBe(false);
    expect(isTobokelSummary('Тизме 1', SUMMARY_TITLES.en)).toBe(false);
    const ky = buildSummaryPlan([source], { language: 'ky', today: TODAY });
    expect(table(ky, 'Тобокелдиктер деңгээл жана категория')[0]).toEqual(['Категория', 'нөлдүк', 'төмөнкү', 'орточо', 'жогорку', 'Бардыгы']);
  });

  it('says there is no Appendix 2 to compare with, rather than «None.», when the file has none', () => {
    const onlyRisks = buildSummaryPlan([summarySource(summaryGrids().slice(0, 1))], { language: 'en', today: TODAY });
    const at = onlyRisks.values.findIndex((row) => String(row[0]).startsWith('Posts Appendix 1 points to'));
    expect(onlyRisks.values[at + 1][0]).toBe('Corruption-prone units were found, but this file has no Appendix 2 (list of corruption-prone positions) to compare them with.');
  });

  it('stops a long list with a line saying how many more, and names files when it sums several', () => {
    const two = buildSummaryPlan([summarySource(summaryGrids(), 'a.xlsx'), summarySource(summaryGrids(), 'b.xlsx')], { language: 'en', today: TODAY, maxListed: 4 });
    const high = table(two, 'High-level risks');
    expect(high).toHaveLength(1 + 4 + 1);
    expect(high[4][4]).toBe('b.xlsx · Risks!D6');
    expect(high[5][0]).toBe('… and 2 more (the register itself has them all).');
    expect(table(two, 'Risks by level and category')[4]).toEqual(['Total', 0, 2, 2, 6, 10]);
  });
});
