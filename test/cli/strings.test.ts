/**
 * The project standard: every user-visible string exists in Kyrgyz, Russian and English. These tests fail
 * when a CLI string (help, status or error line, report word) is missing or empty in any language.
 */
import { MESSAGES } from '../../src/cli/messages';
import { amount, NOUNS, WORDS } from '../../src/cli/strings';
import { DEMO_GUIDE } from '../../src/cli/demo-guide';
import { FILE_TYPE_REASONS } from '../../src/cli/file-types';
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
  formatNeedsOut: ['xlsx'],
  outRequired: [],
  outNotXlsx: ['x.xls'],
  badHeadings: [['control', 'property'], ['permits']],
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

describe('the demo\'s guide', () => {
  it.each(Object.keys(DEMO_GUIDE))('%s exists in ky, ru and en, translated', (key) => {
    const entry = DEMO_GUIDE[key as keyof typeof DEMO_GUIDE];
    const localized = typeof entry === 'function' ? (entry as (...args: string[]) => Localized)('demo/a.xlsx', 'demo/b.xlsx', 'demo') : entry;
    expectComplete(localized);
    expect(localized.ky).not.toBe(localized.en);
    expect(localized.ru).not.toBe(localized.en);
  });

  it('every file type a folder check lists has its reason in ky, ru and en', () => {
    for (const reason of Object.values(FILE_TYPE_REASONS)) expectComplete(reason);
  });
});

describe('counts agree in number', () => {
  it.each([
    [1, 'ru', '1 ошибка'], [3, 'ru', '3 ошибки'], [5, 'ru', '5 ошибок'], [21, 'ru', '21 ошибка'], [12, 'ru', '12 ошибок'], [0, 'ru', '0 ошибок'],
    [1, 'en', '1 error'], [2, 'en', '2 errors'], [0, 'en', '0 errors'],
    // Kyrgyz keeps the singular after a numeral.
    [1, 'ky', '1 ката'], [7, 'ky', '7 ката'],
  ] as const)('%i in %s: %s', (n, lang, text) => {
    expect(amount(n, 'errors', lang)).toBe(text);
  });

  it('every noun has all its forms', () => {
    for (const forms of Object.values(NOUNS)) {
      for (const text of [forms.ky, forms.ru.one, forms.ru.few, forms.ru.many, forms.en.one, forms.en.other]) expect(text.trim()).not.toBe('');
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
