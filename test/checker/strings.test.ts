/** Every word the checker page and its checked copy show exists in Kyrgyz, Russian and English. */
import { PAGE_STRINGS } from '../../src/checker/strings';
import { checkedCopyName } from '../../src/checker/files';
import { UI_LANGUAGES } from '../../src/order281/text';
import { FINDINGS_SHEET_WORDS } from '../../src/xlsx';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['page', PAGE_STRINGS],
  ['findings sheet', FINDINGS_SHEET_WORDS],
])('%s words', (_name, words) => {
  test.each(Object.entries(words))('%s is in ky, ru and en, with the same placeholders', (_key, text) => {
    for (const language of UI_LANGUAGES) expect(text[language].trim()).not.toBe('');
    expect(placeholders(text.ky)).toEqual(placeholders(text.en));
    expect(placeholders(text.ru)).toEqual(placeholders(text.en));
  });
});

test('the checked copy never takes the name of the file it copies', () => {
  expect(checkedCopyName('Реестр 2026.xlsx')).toBe('Реестр 2026.checked.xlsx');
  expect(checkedCopyName('REGISTER.XLSX')).toBe('REGISTER.checked.xlsx');
  expect(checkedCopyName('register')).toBe('register.checked.xlsx');
});
