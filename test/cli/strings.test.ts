/**
 * The project standard: every user-visible string exists in Kyrgyz, Russian and English. These tests fail
 * when a CLI string (help, status or error line, report word) is missing or empty in any language.
 */
import { MESSAGES } from '../../src/cli/messages';
import { WORDS } from '../../src/cli/strings';
import { CHECK_USAGE, DEMO_USAGE, MAIN_USAGE, TEMPLATE_USAGE } from '../../src/cli/usage';
import { UI_LANGUAGES, type Localized } from '../../src/order281/text';

const CYRILLIC = /[а-яёөүң]/i;

function expectComplete(localized: Localized): void {
  for (const lang of UI_LANGUAGES) {
    expect(typeof localized[lang]).toBe('string');
    expect(localized[lang].trim()).not.toBe('');
    expect(localized[lang]).not.toMatch(/undefined|NaN|\$\{/);
  }
}

describe('help texts', () => {
  const USAGES: Record<string, Localized> = { main: MAIN_USAGE, template: TEMPLATE_USAGE, check: CHECK_USAGE, demo: DEMO_USAGE };

  it.each(Object.entries(USAGES))('%s exists in ky, ru and en, translated', (_name, usage) => {
    expectComplete(usage);
    expect(usage.ky).not.toBe(usage.en);
    expect(usage.ru).not.toBe(usage.en);
    expect(usage.ky).toMatch(CYRILLIC);
    expect(usage.ru).toMatch(CYRILLIC);
  });

  it.each(Object.entries(USAGES))('%s keeps every option name and literal syntax untranslated', (_name, usage) => {
    const literals = (text: string) => new Set(text.match(/--[a-z-]+(?: [a-z0-9|]+\|[a-z0-9|]+| FILE\.xlsx| YYYY(?:-MM-DD)?)?|-h\b|FILE\.xlsx\.\.\./g));
    const english = literals(usage.en);
    expect(english.size).toBeGreaterThan(0);
    for (const lang of ['ky', 'ru'] as const) expect(literals(usage[lang])).toEqual(english);
  });

  it('the synopsis lines are identical in every language', () => {
    const synopsis = (text: string) => text.split('\n').filter((line) => /^\s*tobokel (template|check|demo) /.test(line));
    expect(synopsis(MAIN_USAGE.en)).toHaveLength(3);
    for (const lang of ['ky', 'ru'] as const) expect(synopsis(MAIN_USAGE[lang])).toEqual(synopsis(MAIN_USAGE.en));
  });

  it('stay readable on an 80-column-ish terminal', () => {
    for (const usage of Object.values(USAGES)) {
      for (const lang of UI_LANGUAGES) {
        for (const line of usage[lang].split('\n')) expect(line.length).toBeLessThanOrEqual(140);
      }
    }
  });
});

// One set of facts per message. The mapped type makes a new message without facts here a type error, so
// none escapes the check.
const FACTS: { [K in keyof typeof MESSAGES]: Parameters<(typeof MESSAGES)[K]> } = {
  unknownCommand: ['chek'],
  seeHelp: ['check'],
  unknownOption: ['--bogus'],
  unexpectedArgument: ['extra.xlsx'],
  missingValue: ['--format'],
  noValueTaken: ['--quiet'],
  badArguments: ["Option '-x' is odd"],
  mustBeOneOf: ['format', ['table', 'json'], 'xml'],
  mustBeWholeNumber: ['rows', 500, '0'],
  mustBeDate: ['today', '2026-02-30'],
  needFiles: [],
  noFilesIn: [['inbox', 'Минфин']],
  outRequired: [],
  outNotXlsx: ['x.xls'],
  badHeadings: [['control', 'property'], ['permits']],
  wrote: ['demo/order-281-sample.xlsx'],
  wroteSheets: ['out/t.xlsx', ['Тизме 1', 'Тизме 2']],
  reportWritten: ['report.html'],
  progress: [2, 50, 'Минфин.xlsx'],
  internalError: ['crash.xlsx', 'x.map is not a function'],
  failed: ["EACCES: permission denied, open 'x.xlsx'"],
  demoFailed: [false, false],
};

describe('status and error lines', () => {
  it.each(Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>)('%s exists in ky, ru and en and names its facts in each', (name) => {
    const localized = (MESSAGES[name] as (...args: unknown[]) => Localized)(...FACTS[name]);
    expectComplete(localized);
    expect(localized.ky).not.toBe(localized.en);
    expect(localized.ru).not.toBe(localized.en);
    for (const lang of UI_LANGUAGES) {
      expect(localized[lang]).not.toContain('\n');
      for (const fact of FACTS[name].flat()) if (typeof fact !== 'boolean') expect(localized[lang]).toContain(String(fact));
    }
  });
});

describe('report words', () => {
  it.each(Object.keys(WORDS))('%s exists in ky, ru and en', (key) => {
    expectComplete(WORDS[key as keyof typeof WORDS]);
  });

  it('call the registers «тизме» / «перечень», as the Order does', () => {
    expect(WORDS.noRegister).toEqual({ ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' });
    for (const localized of Object.values(WORDS)) expect(`${localized.ky} ${localized.ru}`).not.toMatch(/реестр/i);
  });
});
