/**
 * Why a file could not be read, in every interface language (the project standard: every user-visible
 * string in ky, ru and en). Each reason is a function of the facts it reports; WorkbookReadError prefixes
 * the file name. Technical details quoted in parentheses (a zip library's or the OS's own message) stay
 * as those libraries wrote them: they are for whoever debugs the file, not a sentence of ours.
 */
import type { Localized } from '../order281/text';

/** Sizes in reasons are megabytes to one decimal; the unit's abbreviation is the language's own. */
function mb(bytes: number, unit: string): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} ${unit}`;
}

const MB = { ky: 'МБ', ru: 'МБ', en: 'MB' } as const;

export const REASONS = {
  notAFile: (): Localized => ({ ky: 'бул файл эмес', ru: 'это не файл', en: 'not a file' }),
  notFound: (): Localized => ({ ky: 'мындай файл жок', ru: 'файл не найден', en: 'no such file' }),
  cannotOpen: (detail: string): Localized => ({
    ky: `файлды ачуу мүмкүн эмес (${detail})`,
    ru: `файл не открывается (${detail})`,
    en: `cannot be opened (${detail})`,
  }),
  fileTooLarge: (bytes: number, limit: number): Localized => ({
    ky: `файлдын көлөмү ${mb(bytes, MB.ky)}; чеги ${mb(limit, MB.ky)}`,
    ru: `размер файла ${mb(bytes, MB.ru)}; допустимо не более ${mb(limit, MB.ru)}`,
    en: `the file is ${mb(bytes, MB.en)}; the limit is ${mb(limit, MB.en)}`,
  }),
  encrypted: (): Localized => ({
    ky: 'китеп сырсөз менен корголгон; сырсөзү жок көчүрмөсүн сактап, ошону текшериңиз',
    ru: 'книга защищена паролем; сохраните копию без пароля и проверьте её',
    en: 'the workbook is password-protected; save a copy without a password and check that',
  }),
  legacyXls: (): Localized => ({
    ky: 'бул эски экилик .xls китеби; аны .xlsx (Excel китеби) катары сактап, ошону текшериңиз',
    ru: 'это старая двоичная книга .xls; сохраните её как .xlsx (Книга Excel) и проверьте',
    en: 'this is an old binary .xls workbook; save it as .xlsx (Excel Workbook) and check that',
  }),
  notZip: (): Localized => ({
    ky: '.xlsx китеби эмес (файл zip-пакет эмес)',
    ru: 'это не книга .xlsx (файл не является zip-пакетом)',
    en: 'not an .xlsx workbook (the file is not a zip package)',
  }),
  truncated: (detail: string): Localized => ({
    ky: `файл бузулган же аягына чейин сакталган эмес (${detail})`,
    ru: `файл повреждён или обрезан (${detail})`,
    en: `the file is damaged or truncated (${detail})`,
  }),
  truncatedEntry: (entry: string, detail: string): Localized => ({
    ky: `файл бузулган же аягына чейин сакталган эмес (${entry} бөлүгү: ${detail})`,
    ru: `файл повреждён или обрезан (часть ${entry}: ${detail})`,
    en: `the file is damaged or truncated (entry ${entry}: ${detail})`,
  }),
  openDocument: (): Localized => ({
    ky: 'бул OpenDocument таблицасы (.ods); аны Excel китеби (.xlsx) катары сактап, ошону текшериңиз',
    ru: 'это таблица OpenDocument (.ods); сохраните её как книгу Excel (.xlsx) и проверьте',
    en: 'an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and check that',
  }),
  zipNotWorkbook: (): Localized => ({
    ky: 'zip-пакет, бирок Excel китеби эмес (xl/workbook.xml жок)',
    ru: 'zip-пакет, но не книга Excel (нет xl/workbook.xml)',
    en: 'a zip package but not an Excel workbook (no xl/workbook.xml)',
  }),
  unpacksTooMuch: (limit: number): Localized => ({
    ky: `пакет ачылганда ${mb(limit, MB.ky)} ашат; кабыл алынган жок`,
    ru: `пакет распаковывается более чем в ${mb(limit, MB.ru)}; отклонено`,
    en: `the package unpacks to more than ${mb(limit, MB.en)}; refused`,
  }),
  partTooLarge: (entry: string, bytes: number, limit: number): Localized => ({
    ky: `${entry} бөлүгү ачылганда ${mb(bytes, MB.ky)}; бир бөлүккө чеги ${mb(limit, MB.ky)}`,
    ru: `часть ${entry} распаковывается в ${mb(bytes, MB.ru)}; допустимо не более ${mb(limit, MB.ru)} на часть`,
    en: `part ${entry} unpacks to ${mb(bytes, MB.en)}; the limit is ${mb(limit, MB.en)} per part`,
  }),
  // Counts are written «label: n», as in the reports: no plural forms needed.
  tooManySheets: (sheets: number, limit: number): Localized => ({
    ky: `китептеги барактар: ${sheets}; чеги ${limit}`,
    ru: `листов в книге: ${sheets}; допустимо не более ${limit}`,
    en: `the workbook has ${sheets} sheets; the limit is ${limit}`,
  }),
  tooManyRows: (rows: number, limit: number): Localized => ({
    ky: `барактагы саптар: ${rows}; бир баракка чеги ${limit}`,
    ru: `строк на листе: ${rows}; допустимо не более ${limit} на лист`,
    en: `a sheet has ${rows} rows; the limit is ${limit} rows per sheet`,
  }),
  sheetSpansTooManyRows: (sheet: string, rows: number, limit: number): Localized => ({
    ky: `«${sheet}» барагы камтыган саптар: ${rows}; чеги ${limit}`,
    ru: `лист «${sheet}» охватывает строк: ${rows}; допустимо не более ${limit}`,
    en: `sheet «${sheet}» spans ${rows} rows; the limit is ${limit}`,
  }),
  sheetTooBig: (rows: number, columns: number): Localized => ({
    ky: `барак чектен чоң: ${rows} саптан же ${columns} мамычадан ашат`,
    ru: `лист больше допустимого: более ${rows} строк или ${columns} столбцов`,
    en: `a sheet is larger than the limit of ${rows} rows or ${columns} columns`,
  }),
  tooManyCells: (limit: number): Localized => ({
    ky: `китептеги уячалар ${limit} ашат; кабыл алынган жок`,
    ru: `в книге более ${limit} ячеек; отклонено`,
    en: `the workbook has more than ${limit} cells; refused`,
  }),
  compressionRatio: (entry: string, ratio: number): Localized => ({
    ky: `${entry} бөлүгү ${ratio}:1 кысылган — бул zip-бомба; кабыл алынган жок`,
    ru: `часть ${entry} сжата в ${ratio}:1 — это zip-бомба; отклонено`,
    en: `entry ${entry} compresses ${ratio}:1, a zip bomb; refused`,
  }),
  unpacksPastStatedSize: (entry: string): Localized => ({
    ky: `${entry} бөлүгү ачылганда көрсөтүлгөн өлчөмүнөн чоң; кабыл алынган жок`,
    ru: `часть ${entry} распаковывается больше заявленного размера; отклонено`,
    en: `entry ${entry} unpacks to more than its stated size; refused`,
  }),
  unpacksShortOfStatedSize: (entry: string): Localized => ({
    ky: `файл бузулган: ${entry} бөлүгү ачылганда көрсөтүлгөн өлчөмүнөн кичине`,
    ru: `файл повреждён: часть ${entry} распаковывается меньше заявленного размера`,
    en: `the file is damaged: entry ${entry} unpacks to less than its stated size`,
  }),
  entryUnreadable: (entry: string): Localized => ({
    ky: `${entry} бөлүгүн окуу мүмкүн эмес`,
    ru: `часть ${entry} не читается`,
    en: `entry ${entry} cannot be read`,
  }),
  unknownCompression: (entry: string): Localized => ({
    ky: `${entry} бөлүгү Excel колдонбогон ыкма менен кысылган`,
    ru: `часть ${entry} сжата методом, которого Excel не использует`,
    en: `entry ${entry} uses a compression method Excel does not write`,
  }),
  excelUnreadable: (detail: string): Localized => ({
    ky: `Excel мазмунун окуу мүмкүн болгон жок (${detail})`,
    ru: `содержимое Excel не удалось прочитать (${detail})`,
    en: `Excel content could not be read (${detail})`,
  }),
};
