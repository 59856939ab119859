/**
 * Every rule the checks can raise, as the rules themselves declare it: id, severity, the paragraphs it
 * cites, its title and why it matters. The pane's explanations and the command line read rules from here.
 */
import type { Localized } from '../order281/text';
import type { ParagraphRef } from '../order281/paragraphs';
import { REGISTER_KINDS } from '../registers/kinds';
import { citation, type RuleInfo, type RuleUnit, type FindingColumn } from './finding';
import { REGISTER_RULES, WORKBOOK_RULES } from './rules';
import { REQUIRED_COLUMNS } from './columns';

export const RULE_UNITS: readonly RuleUnit[] = [...REGISTER_RULES, ...WORKBOOK_RULES];

export function ruleById(id: string): RuleInfo | undefined {
  return RULE_UNITS.find((rule) => rule.id === id);
}

/** Short titles by rule id: what the pane shows as the rule's name and the CLI uses for grouping. */
export const RULE_TITLES: Readonly<Record<string, Localized>> = Object.fromEntries(RULE_UNITS.map((rule) => [rule.id, rule.title]));

const COLUMNS: readonly FindingColumn[] = ['approval', 'header', 'heading', 'number', ...new Set(REGISTER_KINDS.flatMap((kind) => REQUIRED_COLUMNS[kind].map((c) => c.column)))];

/** Every paragraph a rule can cite, whatever the register or column: for listing and for checking the Order's text. */
export function citationsOf(rule: RuleInfo): ParagraphRef[] {
  if (typeof rule.paragraph !== 'function') return [rule.paragraph];
  const places = rule.places ?? REGISTER_KINDS.flatMap((kind) => COLUMNS.map((column) => ({ kind, column })));
  return [...new Set(places.map((place) => citation(rule, place)))];
}
