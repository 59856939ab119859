/**
 * The CLI's own status and error lines, in every interface language. Each is a function of the facts it
 * reports, so the facts (file names, option names, counts) appear verbatim in every language. The
 * program's name and option names are never translated: they are what the user types.
 */
import type { Localized } from '../order281/text';

/** ` (got X)` in each language, or nothing when there was no value. */
function got(value: string | undefined): Localized {
  if (value === undefined) return { ky: '', ru: '', en: '' };
  return { ky: ` (берилгени: ${value})`, ru: ` (получено: ${value})`, en: ` (got ${value})` };
}

export const MESSAGES = {
  // Usage errors.
  unknownCommand: (command: string): Localized => ({
    ky: `белгисиз команда "${command}"`,
    ru: `неизвестная команда "${command}"`,
    en: `unknown command "${command}"`,
  }),
  seeHelp: (command: string): Localized => ({
    ky: `Колдонуу тартиби: "tobokel ${command} --help".`,
    ru: `Справка: "tobokel ${command} --help".`,
    en: `Run "tobokel ${command} --help" for usage.`,
  }),
  unknownOption: (option: string): Localized => ({
    ky: `белгисиз параметр '${option}'`,
    ru: `неизвестный параметр '${option}'`,
    en: `Unknown option '${option}'`,
  }),
  unexpectedArgument: (arg: string): Localized => ({
    ky: `ашыкча аргумент '${arg}': бул команда файлдарды же башка аргументтерди албайт`,
    ru: `лишний аргумент '${arg}': эта команда не принимает файлов и других аргументов`,
    en: `Unexpected argument '${arg}': this command takes no positional arguments`,
  }),
  missingValue: (option: string): Localized => ({
    ky: `${option} параметрине маани керек`,
    ru: `для параметра ${option} нужно значение`,
    en: `option ${option} needs a value`,
  }),
  noValueTaken: (option: string): Localized => ({
    ky: `${option} параметри маани албайт`,
    ru: `параметр ${option} не принимает значения`,
    en: `option ${option} takes no value`,
  }),
  badArguments: (detail: string): Localized => ({
    ky: `аргументтер туура эмес (${detail})`,
    ru: `неверные аргументы (${detail})`,
    en: detail,
  }),
  mustBeOneOf: (option: string, allowed: readonly string[], value?: string): Localized => ({
    ky: `--${option}: мүмкүн болгон маанилер — ${allowed.join(', ')}${got(value).ky}`,
    ru: `--${option}: допустимые значения — ${allowed.join(', ')}${got(value).ru}`,
    en: `--${option} must be one of ${allowed.join(', ')}${got(value).en}`,
  }),
  mustBeWholeNumber: (option: string, max: number, value: string): Localized => ({
    ky: `--${option}: бүтүн сан керек, эң азы 1, эң көбү ${max}${got(value).ky}`,
    ru: `--${option}: нужно целое число от 1 до ${max}${got(value).ru}`,
    en: `--${option} must be a whole number from 1 to ${max}${got(value).en}`,
  }),
  mustBeDate: (option: string, value: string): Localized => ({
    ky: `--${option}: дата YYYY-MM-DD түрүндө болушу керек${got(value).ky}`,
    ru: `--${option}: нужна дата в виде YYYY-MM-DD${got(value).ru}`,
    en: `--${option} must be a date as YYYY-MM-DD${got(value).en}`,
  }),
  needFiles: (): Localized => ({
    ky: 'жок дегенде бир .xlsx файлын көрсөтүңүз',
    ru: 'укажите хотя бы один файл .xlsx',
    en: 'check needs at least one .xlsx file',
  }),
  noFilesIn: (places: readonly string[]): Localized => ({
    ky: `.xlsx файлдары жок: ${places.join(', ')}`,
    ru: `нет файлов .xlsx: ${places.join(', ')}`,
    en: `no .xlsx files in ${places.join(', ')}`,
  }),
  formatNeedsOut: (format: string): Localized => ({
    ky: `--format ${format} файл жазат: --out FILE.${format} параметрин кошуңуз`,
    ru: `--format ${format} записывает файл: добавьте --out FILE.${format}`,
    en: `--format ${format} writes a file: add --out FILE.${format}`,
  }),
  outRequired: (): Localized => ({
    ky: '--out FILE.xlsx параметри милдеттүү',
    ru: 'нужен параметр --out FILE.xlsx',
    en: '--out FILE.xlsx is required',
  }),
  outNotXlsx: (value: string): Localized => ({
    ky: `--out: .xlsx файлынын аты керек${got(value).ky}`,
    ru: `--out: нужно имя файла .xlsx${got(value).ru}`,
    en: `--out must name an .xlsx file${got(value).en}`,
  }),
  badHeadings: (known: readonly string[], unknown: readonly string[]): Localized => {
    const list = known.join(', ');
    const names = unknown.join(', ');
    return {
      ky: `--headings: "all" же үтүр менен бөлүнгөн маанилер: ${list}${unknown.length ? ` (белгисиз: ${names})` : ''}`,
      ru: `--headings: "all" или через запятую: ${list}${unknown.length ? ` (неизвестные: ${names})` : ''}`,
      en: `--headings takes "all" or a comma list of ${list}${unknown.length ? ` (unknown: ${names})` : ''}`,
    };
  },

  // Status lines.
  wroteSheets: (file: string, sheets: readonly string[]): Localized => {
    const names = sheets.map((sheet) => `«${sheet}»`).join(', ');
    return { ky: `Жазылды: ${file}: ${names}`, ru: `Записан файл ${file}: ${names}`, en: `Wrote ${file}: ${names}` };
  },
  reportWritten: (file: string): Localized => ({
    ky: `отчет жазылды: ${file}`,
    ru: `отчёт записан в ${file}`,
    en: `report written to ${file}`,
  }),
  progress: (index: number, total: number, file: string): Localized => ({
    ky: `текшерүү ${index}/${total}: ${file}`,
    ru: `проверка ${index}/${total}: ${file}`,
    en: `checking ${index}/${total}: ${file}`,
  }),

  // Failures that are not the user's doing.
  internalError: (file: string, detail: string): Localized => ({
    ky: `${file}: текшерүү аткарылган жок (ички ката: ${detail})`,
    ru: `${file}: проверка не выполнена (внутренняя ошибка: ${detail})`,
    en: `${file}: could not be checked (internal error: ${detail})`,
  }),
  failed: (detail: string): Localized => ({
    ky: `аягына чыккан жок: ${detail}`,
    ru: `не удалось выполнить: ${detail}`,
    en: `could not finish: ${detail}`,
  }),
  demoFailed: (sampleReady: boolean, mistakesCaught: boolean): Localized => ({
    ky: `үлгү даяр, ал эми каталары бар көчүрмө даяр эмес болушу керек эле;${sampleReady ? '' : ' үлгү даяр эмес;'}${mistakesCaught ? '' : ' каталар табылган жок'}`,
    ru: `образец должен быть готов, а копия с ошибками — нет;${sampleReady ? '' : ' образец не готов;'}${mistakesCaught ? '' : ' ошибки не найдены'}`,
    en: `expected the sample to be ready and the copy with mistakes not;${sampleReady ? '' : ' the sample is not ready;'}${mistakesCaught ? '' : ' the mistakes were not caught'}`,
  }),
};
