import { REASONS } from '../../src/xlsx/reasons';
import { WorkbookReadError } from '../../src/xlsx';
import { UI_LANGUAGES, type Localized } from '../../src/order281/text';

// One set of facts per reason. The mapped type makes a new reason without facts here a type error, so
// no reason escapes the check below.
const FACTS: { [K in keyof typeof REASONS]: Parameters<(typeof REASONS)[K]> } = {
  notAFile: [],
  notFound: [],
  cannotOpen: ['EACCES: permission denied'],
  fileTooLarge: [60 * 1048576, 50 * 1048576],
  encrypted: [],
  legacyXls: [],
  notZip: [],
  truncated: ['invalid distance'],
  truncatedEntry: ['xl/worksheets/sheet1.xml', 'invalid distance'],
  openDocument: [],
  zipNotWorkbook: [],
  unpacksTooMuch: [200 * 1048576],
  partTooLarge: ['xl/sharedStrings.xml', 120 * 1048576, 100 * 1048576],
  tooManySheets: [300, 255],
  tooManyRows: [1234567, 100000],
  sheetSpansTooManyRows: ['Тизме 1', 1234567, 100000],
  sheetTooBig: [100000, 16384],
  tooManyCells: [5000000],
  compressionRatio: ['xl/worksheets/sheet1.xml', 1031],
  unpacksPastStatedSize: ['xl/media/image1.png'],
  unpacksShortOfStatedSize: ['xl/sharedStrings.xml'],
  entryUnreadable: ['xl/styles.xml'],
  unknownCompression: ['xl/styles.xml'],
  excelUnreadable: ['Unexpected close tag'],
};

function texts(name: keyof typeof REASONS): Localized {
  return (REASONS[name] as (...args: unknown[]) => Localized)(...FACTS[name]);
}

describe('read-error reasons', () => {
  it.each(Object.keys(REASONS) as Array<keyof typeof REASONS>)('%s exists in ky, ru and en, on one line, naming every fact', (name) => {
    const localized = texts(name);
    for (const lang of UI_LANGUAGES) {
      expect(localized[lang]?.trim()).toBeTruthy();
      expect(localized[lang]).not.toMatch(/\n|undefined|NaN|\$\{/);
      // Names, counts and quoted details appear in every language (sizes are shown in MB, so not verbatim).
      for (const fact of FACTS[name]) if (localized.en.includes(String(fact))) expect(localized[lang]).toContain(String(fact));
    }
    expect(localized.ky).not.toBe(localized.en);
    expect(localized.ru).not.toBe(localized.en);
  });

  it('sizes are megabytes in each language', () => {
    expect(texts('fileTooLarge')).toEqual({
      ky: 'файлдын көлөмү 60 МБ; чеги 50 МБ',
      ru: 'размер файла 60 МБ; допустимо не более 50 МБ',
      en: 'the file is 60 MB; the limit is 50 MB',
    });
  });

  it('a WorkbookReadError keeps its code and names the file in each language', () => {
    const error = new WorkbookReadError('not-found', 'inbox/Минфин.xlsx', REASONS.notFound());
    expect(error.code).toBe('not-found');
    expect(error.messages).toEqual({ ky: 'inbox/Минфин.xlsx: мындай файл жок', ru: 'inbox/Минфин.xlsx: файл не найден', en: 'inbox/Минфин.xlsx: no such file' });
    expect(error.message).toBe(error.messages.en);
  });
});
