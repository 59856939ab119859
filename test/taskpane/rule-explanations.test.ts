/**
 * Every rule the core can raise has an explanation in ky, ru and en. The rule ids come from the core's
 * catalog (RULE_TITLES), which test/core/rule-catalog.test.ts holds to the rules the checks raise, so a
 * new rule without an explanation fails here.
 */
import { RULE_TITLES } from '../../src/checks/rule-catalog';
import { explainRule, EXPLAINED_RULES } from '../../src/taskpane/rule-explanations';
import { UI_LANGUAGES } from '../../src/order281/text';

function coreRules(): string[] {
  return Object.keys(RULE_TITLES).sort();
}

describe('rule explanations', () => {
  test('the core raises rules (sanity check of the catalog)', () => {
    expect(coreRules()).toEqual(expect.arrayContaining(['required.empty', 'category.allowed', 'positions.missing-flagged-unit']));
  });

  test.each(coreRules())('%s is explained in all three languages', (rule) => {
    const text = explainRule(rule);
    expect(text).toBeDefined();
    for (const language of UI_LANGUAGES) expect(text![language].trim()).not.toBe('');
  });

  test('no explanation is left for a rule the core no longer raises', () => {
    const live = new Set(coreRules());
    expect(EXPLAINED_RULES.filter((rule) => !live.has(rule))).toEqual([]);
  });
});
