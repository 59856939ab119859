/**
 * Why each rule matters, in the three interface languages, shown beside the Order's words when a person
 * opens a finding. Each rule states it in its own module (src/checks/rules); this reads it from the catalog.
 */
import type { Localized } from '../order281/text';
import { ruleById } from '../checks/rule-catalog';

export function explainRule(rule: string): Localized | undefined {
  return ruleById(rule)?.why;
}
