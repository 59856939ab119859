/** What `tobokel summary` and `tobokel diff` say, in every interface language. */
import type { Localized } from '../order281/text';

export const SUMMARY_SYNOPSIS = 'tobokel summary FILE.xlsx... --out SUMMARY.xlsx [--lang ky|ru|en]';
export const DIFF_SYNOPSIS = 'tobokel diff OLD.xlsx NEW.xlsx [--format table|json|html|xlsx] [--out FILE] [--lang ky|ru|en]';

export const SUMMARY_USAGE: Localized = {
  ky: `Колдонуу: ${SUMMARY_SYNOPSIS}

Тизмелер боюнча жыйынтык баракты өзүнчө .xlsx файлына жазат: деңгээл × категория (жылуулук картасы),
функциялардын түрү, түзүмдүк бөлүмдөр, жогорку деңгээлдеги тобокелдиктер, коррупциогендик кызмат
орундары жана 2-тиркемеде жок кызмат орундары, диаграмма менен. Реестрлердин файлдары өзгөрбөйт.
`,
  ru: `Использование: ${SUMMARY_SYNOPSIS}

Записывает сводный лист по перечням в отдельный файл .xlsx: уровень × категория (тепловая карта), виды
функций, структурные подразделения, риски высокого уровня, коррупциогенные должности и должности,
которых нет в Приложении 2, с диаграммой. Файлы реестров не меняются.
`,
  en: `Usage: ${SUMMARY_SYNOPSIS}

Writes a summary sheet of the registers to a separate .xlsx: level × category (a heat map), function
types, structural units, the high-level risks, the flagged posts and the posts Appendix 2 lacks, with a
chart. The registers' files are not changed.
`,
};

export const DIFF_USAGE: Localized = {
  ky: `Колдонуу: ${DIFF_SYNOPSIS}

Өткөн жылдын тизмесин быйылкысы менен салыштырат: кошулган, алынып салынган жана деңгээли же
категориясы өзгөргөн тобокелдиктер жана кызмат орундары, ар биринин эки файлдагы саптары менен.
Өзгөрбөгөн саптар саналат, тизмеленбейт. Чыгуу коддору: 0 салыштырылды, 2 файл окулбады.
`,
  ru: `Использование: ${DIFF_SYNOPSIS}

Сравнивает перечень прошлого года с текущим: добавленные, удалённые и переоценённые (изменён уровень
или категория) риски и должности, со строкой в каждом файле. Неизменные строки считаются, но не
перечисляются. Коды выхода: 0 сравнение выполнено, 2 файл не прочитан.
`,
  en: `Usage: ${DIFF_SYNOPSIS}

Compares last year's register with this year's: risks and posts added, removed and re-rated (level or
category changed), with the row in each file. Unchanged rows are counted, not listed. Exit codes: 0
compared, 2 a file could not be read or the usage is wrong.
`,
};

export const SUMMARY_MESSAGES = {
  outIsInput: (file: string): Localized => ({
    ky: `--out ${file} — текшерилүүчү файлдардын бири: реестрдин файлына жазылбайт`,
    ru: `--out ${file} — один из входных файлов: в файл реестра ничего не записывается`,
    en: `--out ${file} is one of the input files: Tobokel never writes into a register's file`,
  }),
  nothingRead: (): Localized => ({
    ky: 'бир да файл окулган жок: жыйынтык жазылган жок',
    ru: 'ни один файл не прочитан: сводка не записана',
    en: 'no file could be read: no summary was written',
  }),
  needTwoFiles: (): Localized => ({
    ky: 'эки файл керек: өткөн жылдын жана быйылкы тизмеси',
    ru: 'нужны два файла: перечень прошлого года и текущий',
    en: 'diff needs two files: last year\'s register and this year\'s',
  }),
  xlsxNeedsOut: (): Localized => ({
    ky: '--format xlsx үчүн --out FILE.xlsx керек',
    ru: 'для --format xlsx нужен --out FILE.xlsx',
    en: '--format xlsx needs --out FILE.xlsx',
  }),
};
