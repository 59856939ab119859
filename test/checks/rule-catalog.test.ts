/**
 * The catalog is the rules as they declare themselves. Each rule's severity and citations are written out
 * here once more, by hand, so changing either in a rule's module fails a test; and each rule's module and
 * test are found by its id, so a rule cannot be added without both.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULE_TITLES, RULE_UNITS, citationsOf, ruleById } from '../../src/checks/rule-catalog';
import { ORDER_TEXT } from '../../src/order281/order-text';
import { paragraphLabel } from '../../src/order281/paragraphs';
import { UI_LANGUAGES } from '../../src/order281/text';
import { positionGrid, riskGrid } from '../fixtures/grids';
import { HEADING, check, position, risk } from './rules/helpers';

const EXPECTED: ReadonlyArray<[string, string, string[]]> = [
  ['approval.missing', 'warning', ['p.11']],
  ['approval.undated', 'warning', ['p.11']],
  ['approval.stale', 'warning', ['p.13']],
  ['approval.future', 'warning', ['p.11']],
  ['header.missing-column', 'error', ['Appendix 1', 'Appendix 2']],
  ['register.empty', 'error', ['p.11']],
  ['heading.none', 'error', ['p.5']],
  ['row.before-heading', 'error', ['p.5']],
  ['heading.unknown-function', 'warning', ['p.5']],
  ['numbering.repeated', 'warning', ['Appendix 1', 'Appendix 2']],
  ['numbering.sequence', 'warning', ['Appendix 1', 'Appendix 2']],
  ['row.empty-numbered', 'warning', ['Appendix 1', 'Appendix 2']],
  ['required.empty', 'error', ['Appendix 1 (*)', 'Appendix 1 (**)', 'p.4', 'Appendix 2 (*)', 'Appendix 2 (**)', 'Appendix 2 (***)', 'Appendix 2 (****)']],
  ['cell.error-value', 'error', ['Appendix 1', 'Appendix 2']],
  ['category.allowed', 'error', ['p.4']],
  ['category.variant', 'info', ['p.4']],
  ['level.allowed', 'error', ['p.4', 'Appendix 2 (****)']],
  ['level.variant', 'info', ['p.4', 'Appendix 2 (****)']],
  ['risk.thin', 'warning', ['Appendix 1 (**)']],
  ['row.duplicate', 'warning', ['Appendix 1', 'Appendix 2']],
  ['level.zone-too-low', 'warning', ['p.6']],
  ['level.systemic-zero', 'warning', ['p.4']],
  ['scope.empty', 'warning', ['p.4']],
  ['row.continued', 'info', ['Appendix 1', 'Appendix 2']],
  ['row.written-once', 'info', ['Appendix 1', 'Appendix 2']],
  ['positions.missing-flagged-unit', 'warning', ['p.9']],
  ['positions.register-absent', 'info', ['p.11']],
  ['workbook.no-register', 'error', ['p.11']],
];

const fileOf = (id: string) => id.replace(/\./g, '-');

describe('the rule catalog', () => {
  it('holds every rule with its severity and the paragraphs it cites', () => {
    expect(RULE_UNITS.map((rule) => [rule.id, rule.severity, citationsOf(rule).sort()])).toEqual(EXPECTED.map(([id, severity, cited]) => [id, severity, [...cited].sort()]));
  });

  it('has one rule per id, found by id', () => {
    expect(new Set(RULE_UNITS.map((rule) => rule.id)).size).toBe(RULE_UNITS.length);
    for (const rule of RULE_UNITS) expect(ruleById(rule.id)).toBe(rule);
    expect(ruleById('no.such-rule')).toBeUndefined();
    expect(Object.keys(RULE_TITLES)).toEqual(EXPECTED.map(([id]) => id));
  });

  it.each(RULE_UNITS.map((rule) => [rule.id, rule] as const))('%s lives in its own module, with its tests beside it by name', (id, rule) => {
    const file = fileOf(id);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(`../../src/checks/rules/${file}`) as Record<string, unknown>;
    expect(Object.values(module)).toContain(rule);
    expect(fs.existsSync(path.join(__dirname, 'rules', `${file}.test.ts`))).toBe(true);
  });

  it.each(RULE_UNITS.map((rule) => [rule.id, rule] as const))('%s has a title and a reason in Kyrgyz, Russian and English', (_id, rule) => {
    for (const language of UI_LANGUAGES) {
      expect(rule.title[language].trim()).not.toBe('');
      expect(rule.why[language].trim()).not.toBe('');
    }
    expect(rule.title.ky).not.toBe(rule.title.en);
    expect(rule.why.ru).not.toBe(rule.why.en);
  });
});

describe('a rule\'s citations', () => {
  it('include every paragraph its findings cite, in both registers and every column', () => {
    const report = check(
      riskGrid([HEADING, risk(1, { 2: null, 3: null, 4: 'Системалык', 5: 'Высокий' }), risk(2, { 4: 'Абдан системалуу', 5: 'Өтө жогорку' }), risk(3, { 1: null, 4: null, 5: null })]),
      positionGrid([position(1, { 2: null, 3: null, 4: 'Высокий' }), position(2, { 1: null, 4: 'Өтө жогорку' }), position(3, { 4: null })]),
    );
    const raised = new Set(report.findings.map((finding) => finding.rule));
    for (const id of ['required.empty', 'category.allowed', 'category.variant', 'level.allowed', 'level.variant']) expect(raised).toContain(id);
    for (const finding of report.findings) expect(citationsOf(ruleById(finding.rule)!)).toContain(finding.paragraph);
  });
});

describe('the Order\'s words', () => {
  it('are there, verbatim, for every paragraph a rule cites', () => {
    const cited = new Set(RULE_UNITS.flatMap(citationsOf));
    // The bare appendices cite the form as a whole, which has no one passage.
    cited.delete('Appendix 1');
    cited.delete('Appendix 2');
    const source = fs.readFileSync(path.join(__dirname, '../../docs/order-281/source-ky.txt'), 'utf8');
    for (const ref of cited) {
      expect(ORDER_TEXT[ref]).toBeDefined();
      expect(source).toContain(ORDER_TEXT[ref].split('\n')[0].slice(0, 80));
      expect(paragraphLabel(ref).ky).not.toBe(ref);
    }
  });
});
