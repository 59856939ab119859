import * as fs from 'fs';
import * as path from 'path';
import { RULE_TITLES } from '../../src/checks/rule-catalog';
import { ORDER_TEXT } from '../../src/order281/order-text';
import { paragraphLabel, type ParagraphRef } from '../../src/order281/paragraphs';

/** Every `rule: '…'` literal in the checks' sources. */
function rulesInSources(): string[] {
  const dir = path.join(__dirname, '../../src/checks');
  const files = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), ...fs.readdirSync(path.join(dir, 'rules')).map((f) => path.join(dir, 'rules', f))];
  const rules = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.ts'))) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/rule: '([a-z0-9.-]+)'/g)) rules.add(match[1]);
  }
  // The vocabulary rules are built from the column name.
  for (const column of ['category', 'level']) for (const suffix of ['allowed', 'variant']) rules.add(`${column}.${suffix}`);
  return [...rules];
}

describe('the rule catalog', () => {
  it('titles every rule the checks raise, and nothing else', () => {
    expect(new Set(Object.keys(RULE_TITLES))).toEqual(new Set(rulesInSources()));
  });

  it('has every title in Kyrgyz, Russian and English', () => {
    for (const title of Object.values(RULE_TITLES)) {
      for (const language of ['ky', 'ru', 'en'] as const) expect(title[language].trim()).not.toBe('');
    }
  });
});

describe('the Order\'s words', () => {
  it('are there, verbatim, for every paragraph a rule cites', () => {
    const cited = new Set<string>();
    const dir = path.join(__dirname, '../../src/checks');
    for (const file of [...fs.readdirSync(dir), ...fs.readdirSync(path.join(dir, 'rules')).map((f) => `rules/${f}`)].filter((f) => f.endsWith('.ts'))) {
      for (const match of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/paragraph: '([^']+)'/g)) cited.add(match[1]);
    }
    cited.delete('Appendix 1');
    cited.delete('Appendix 2');
    const source = fs.readFileSync(path.join(__dirname, '../../docs/order-281/source-ky.txt'), 'utf8');
    for (const ref of cited) {
      expect(ORDER_TEXT[ref]).toBeDefined();
      const firstLine = ORDER_TEXT[ref].split('\n')[0].slice(0, 80);
      expect(source).toContain(firstLine);
      expect(paragraphLabel(ref as ParagraphRef).ky).not.toBe('');
    }
  });
});
