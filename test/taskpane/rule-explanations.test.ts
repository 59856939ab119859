/**
 * Every rule the core can raise has an explanation in ky, ru and en. The rule ids are read from the
 * core's source, so a new rule without one fails here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { explainRule, EXPLAINED_RULES } from '../../src/taskpane/rule-explanations';
import { UI_LANGUAGES } from '../../src/order281/text';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** `rule: 'x.y'` literals, and `${column}.allowed` / `.variant` over the columns with vocabularies. */
function coreRules(): string[] {
  const rules = new Set<string>();
  for (const file of sourceFiles(path.join(__dirname, '..', '..', 'src', 'checks'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/rule: '([a-z0-9.-]+)'/g)) rules.add(m[1]);
    for (const m of text.matchAll(/rule: `\$\{column\}\.([a-z-]+)`/g)) for (const column of ['category', 'level']) rules.add(`${column}.${m[1]}`);
  }
  return [...rules].sort();
}

describe('rule explanations', () => {
  test('the core raises rules (sanity check of the scan)', () => {
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
