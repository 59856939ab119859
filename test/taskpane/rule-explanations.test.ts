/** The pane explains every rule the core can raise with the rule's own reason, in ky, ru and en. */
import { RULE_UNITS } from '../../src/checks/rule-catalog';
import { explainRule } from '../../src/taskpane/rule-explanations';
import { UI_LANGUAGES } from '../../src/order281/text';

describe('rule explanations', () => {
  test.each(RULE_UNITS.map((rule) => [rule.id, rule] as const))('%s is explained with its own reason in all three languages', (id, rule) => {
    const text = explainRule(id);
    expect(text).toBe(rule.why);
    for (const language of UI_LANGUAGES) expect(text![language].trim()).not.toBe('');
  });

  test('a rule the core does not know has no explanation', () => {
    expect(explainRule('file.unreadable')).toBeUndefined();
  });
});
