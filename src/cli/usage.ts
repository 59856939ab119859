/**
 * Help texts in every interface language. Option names and literal syntax (`--format table|json|csv|html`,
 * FILE.xlsx, YYYY-MM-DD) stay as typed, in every language: they are what the user types. Words follow
 * the Order: the registers are «тизме» / «перечень».
 */
import type { Localized } from '../order281/text';
import { FORM_HEADINGS, FUNCTION_TYPES } from '../order281/function-types';
import { DIFF_SYNOPSIS, SUMMARY_SYNOPSIS } from './summary-strings';

const SYNOPSIS = {
  template: 'tobokel template --appendix 1|2|both --lang ky|ru [--sample] [--rows N] [--headings LIST] [--year YYYY] --out FILE.xlsx',
  check: 'tobokel check FILE.xlsx... [--format table|json|csv|html|xlsx] [--out FILE] [--lang ky|ru|en]',
  demo: 'tobokel demo [--dir DIR] [--lang ky|ru|en]',
};

export const MAIN_USAGE: Localized = {
  ky: `tobokel — 281-буйрук боюнча коррупциялык тобокелдиктердин тизмелери (Кыргыз Республикасы)

Колдонуу:
  ${SYNOPSIS.template}
  ${SYNOPSIS.check}
  ${SYNOPSIS.demo}
  ${SUMMARY_SYNOPSIS}
  ${DIFF_SYNOPSIS}

Команданын параметрлери: "tobokel КОМАНДА --help".
Чыгуу коддору: 0 бардык файлдар тапшырууга даяр, 1 тизмеде каталар бар, 2 файл окулбады же команда туура эмес берилди.
Интерфейстин тили: --lang ky|ru|en (check, demo, summary, diff) же LC_ALL, LC_MESSAGES, LANG (ky_KG → кыргызча, ru_RU → орусча).
`,
  ru: `tobokel — перечни коррупционных рисков по распоряжению № 281 (Кыргызская Республика)

Использование:
  ${SYNOPSIS.template}
  ${SYNOPSIS.check}
  ${SYNOPSIS.demo}
  ${SUMMARY_SYNOPSIS}
  ${DIFF_SYNOPSIS}

Параметры команды: "tobokel КОМАНДА --help".
Коды выхода: 0 все файлы готовы к представлению, 1 в перечне есть ошибки, 2 файл не прочитан или команда задана неверно.
Язык интерфейса: --lang ky|ru|en (check, demo, summary, diff) или LC_ALL, LC_MESSAGES, LANG (ky_KG → кыргызский, ru_RU → русский).
`,
  en: `tobokel — corruption-risk registers under Order No. 281 (Kyrgyz Republic)

Usage:
  ${SYNOPSIS.template}
  ${SYNOPSIS.check}
  ${SYNOPSIS.demo}
  ${SUMMARY_SYNOPSIS}
  ${DIFF_SYNOPSIS}

Run "tobokel COMMAND --help" for a command's options.
Exit codes: 0 every file is ready to submit, 1 a register has errors, 2 a file cannot be read or the usage is wrong.
Interface language: --lang ky|ru|en (check, demo, summary, diff), else LC_ALL, LC_MESSAGES, LANG (ky_KG → Kyrgyz, ru_RU → Russian).
`,
};

// The values --headings takes, and its default, are the core's.
const HEADING_IDS = FUNCTION_TYPES.map((type) => type.id).join(', ');
const DEFAULT_HEADINGS = FORM_HEADINGS.join(',');

export const TEMPLATE_USAGE: Localized = {
  ky: `Колдонуу: ${SYNOPSIS.template}

Буйруктун бош формасын (же анын толтурулган үлгүсүн) Excel китеби катары жазат: категория жана
деңгээл үчүн ачылма тизмелер, басып чыгаруу жөндөөлөрү (A4, туурасынан, аталыш саптары ар бир бетте)
жана бекитилген аталыш саптары менен.

Параметрлер:
  --appendix 1|2|both  1-тиркеме (коррупциялык тобокелдиктердин тизмеси), 2-тиркеме (коррупциогендик
                       кызмат орундарынын тизмеси) же экөө тең
  --lang ky|ru         тизменин тили (кыргызча же орусча); интерфейстин тили LC_ALL, LC_MESSAGES, LANG боюнча
  --sample             Буйруктун үлгү саптары менен (Экономика министрлиги)
  --rows N             1-тиркемедеги ар бир функциянын аталышынын астындагы жана 2-тиркеменин
                       таблицасындагы номерленген бош саптар (демейки 5, эң көбү 500)
  --headings LIST      1-тиркемедеги функциялардын аталыштары: "all" (5-пункттун бардык түрлөрү) же
                       үтүр менен бөлүнгөн маанилер: ${HEADING_IDS}
                       (демейки: ${DEFAULT_HEADINGS}, Буйруктун формасындагыдай)
  --year YYYY          «Бекитемин» блогундагы бекитүү жылы (демейки: ушул жыл)
  --out FILE.xlsx      китеп жазыла турган файл (милдеттүү)
  -h, --help           ушул текст
`,
  ru: `Использование: ${SYNOPSIS.template}

Записывает пустую форму распоряжения (или её образец заполнения) как книгу Excel: с раскрывающимися
списками для категории и уровня, параметрами печати (A4, альбомная, строки заголовков на каждой
странице) и закреплёнными строками заголовков.

Параметры:
  --appendix 1|2|both  Приложение 1 (перечень коррупционных рисков), Приложение 2 (перечень
                       коррупциогенных должностей) или оба
  --lang ky|ru         язык перечня (кыргызский или русский); язык интерфейса берётся из LC_ALL, LC_MESSAGES, LANG
  --sample             с образцом заполнения из распоряжения (Министерство экономики)
  --rows N             пустые нумерованные строки под каждым заголовком функции Приложения 1 и в
                       таблице Приложения 2 (по умолчанию 5, не более 500)
  --headings LIST      заголовки функций Приложения 1: "all" (все виды из пункта 5) или через запятую:
                       ${HEADING_IDS}
                       (по умолчанию: ${DEFAULT_HEADINGS}, как в форме распоряжения)
  --year YYYY          год утверждения в блоке «Бекитемин» (по умолчанию: текущий год)
  --out FILE.xlsx      куда записать книгу (обязательно)
  -h, --help           эта справка
`,
  en: `Usage: ${SYNOPSIS.template}

Writes the Order's blank form (or its filled sample) as an Excel workbook, with dropdown lists for
category and level, print settings (A4 landscape, header rows repeated) and frozen header rows.

Options:
  --appendix 1|2|both  Appendix 1 (list of corruption risks), Appendix 2 (corruption-prone positions), or both
  --lang ky|ru         language of the register (Kyrgyz or Russian); the interface follows LC_ALL, LC_MESSAGES, LANG
  --sample             fill in the Order's own sample rows (Ministry of Economy)
  --rows N             empty numbered rows under each function heading of Appendix 1, and in the
                       table of Appendix 2 (default 5, at most 500)
  --headings LIST      Appendix 1's function headings: "all" (every p.5 type) or a comma list of
                       ${HEADING_IDS}
                       (default: ${DEFAULT_HEADINGS}, as the Order's form)
  --year YYYY          approval year in the «Бекитемин» block (default: this year)
  --out FILE.xlsx      where to write the workbook (required)
  -h, --help           this text
`,
};

export const CHECK_USAGE: Localized = {
  ky: `Колдонуу: ${SYNOPSIS.check}

Ар бир китептеги тизмелерди 281-буйрук боюнча текшерип, отчет чыгарат. Папка анын ичиндеги бардык
.xlsx файлдарын билдирет; файлдын атындагы * жана ? ачылат (cmd.exe сыяктуу shell ачпаса да). Папкадагы
башка файлдар (.xls, .csv, Word, PDF…) текшерилбеген деп себеби менен тизмеленет. Бир нече
файл текшерилгенде ар бир орган боюнча жыйынтык кошулат (орган файлдын аты менен, же --body-by folder
менен папканын аты менен аталат): деңгээли, категориясы жана функциянын түрү боюнча сандар, ошондой эле
бир нече органга таандык тобокелдиктер.

Параметрлер:
  --format F       table (демейки, окуу үчүн), json (отчеттун объекти; бир файл үчүн так ошол отчет),
                   csv (ар бир билдирүүгө бир сап; ky жана ru үчүн ";" менен бөлүнөт, Excel ошентип ачат),
                   html (жетекчиге берүүчү өз алдынча барак, A4 форматында басылат),
                   xlsx (жыйынтык, билдирүүлөр, коррупциогендик кызмат орундары жана деңгээл × категория
                   өз барактарында; --out керек)
  --out FILE       отчетту стандарттык чыгууга эмес, FILE файлына жазуу
  --lang ky|ru|en  билдирүүлөрдүн жана отчеттун тили (демейки: LC_ALL, LC_MESSAGES, LANG боюнча, же en)
  --body-by file|folder  жыйынтыкта органды файлынын аты (демейки) же файлдары турган папканын аты
                   менен атоо (1- жана 2-тиркемени өзүнчө файл кылып жөнөткөн органдар үчүн)
  --today YYYY-MM-DD  бекитүү датасын текшерүү эсептелчү күн (демейки: бүгүн)
  --progress       терминал болбосо да, стандарттык ката агымында жүрүш сабын көрсөтүү
  --quiet          жүрүш сабы жок
  -h, --help       ушул текст

Чыгуу коддору: 0 бардык файлдар даяр, 1 тизмеде каталар бар, 2 файл окулбады же текшерилген жок (себеби
файлдын аты менен стандарттык ката агымына чыгат) же команда туура эмес берилди.
`,
  ru: `Использование: ${SYNOPSIS.check}

Проверяет перечни в каждой книге по распоряжению № 281 и выводит отчёт. Папка означает все файлы .xlsx
в ней, а * и ? в имени файла раскрываются (даже там, где их не раскрывает оболочка, как в cmd.exe).
Остальные файлы папки (.xls, .csv, Word, PDF…) перечисляются как непроверенные, с причиной.
Для нескольких файлов добавляется сводка по каждому органу (орган называется по имени файла или, с
--body-by folder, по папке): количество по уровню, категории и виду функции, а также риски, общие для
нескольких органов.

Параметры:
  --format F       table (по умолчанию, для чтения), json (объект отчёта; для одного файла — ровно
                   отчёт), csv (строка на каждое замечание; для ky и ru через ";", как его открывает Excel),
                   html (самостоятельная страница для руководителя, печатается на A4),
                   xlsx (сводка, замечания, коррупциогенные должности и уровень × категория на отдельных
                   листах; нужен --out)
  --out FILE       записать отчёт в FILE вместо стандартного вывода
  --lang ky|ru|en  язык сообщений и отчёта (по умолчанию из LC_ALL, LC_MESSAGES, LANG, иначе en)
  --body-by file|folder  называть орган в сводке по имени файла (по умолчанию) или по папке с его
                   файлами (для органов, присылающих Приложения 1 и 2 отдельными файлами)
  --today YYYY-MM-DD  дата, от которой считаются проверки даты утверждения (по умолчанию: сегодня)
  --progress       показывать строку хода проверки в стандартном потоке ошибок, даже если это не терминал
  --quiet          без строки хода проверки
  -h, --help       эта справка

Коды выхода: 0 все файлы готовы, 1 в перечне есть ошибки, 2 файл не прочитан или не проверен (причина с
именем файла выводится в стандартный поток ошибок) или команда задана неверно.
`,
  en: `Usage: ${SYNOPSIS.check}

Checks each workbook's registers against Order No. 281 and prints a report. A folder stands for every
.xlsx in it, and * and ? in a file name are expanded (also where the shell does not, as in cmd.exe).
Any other file there (.xls, .csv, Word, PDF…) is listed as not checked, with the reason. With
several files it adds a consolidated summary per body (a body is named by its file name, or its folder
with --body-by folder): counts by level, category and function type, and the risks several bodies share.

Options:
  --format F       table (default, for reading), json (the report object; one file prints exactly the
                   report), csv (one line per finding; separated by ";" for ky and ru, as Excel opens it there),
                   html (a self-contained page to hand to a head of body; prints on A4),
                   xlsx (the summary, the findings, the flagged positions and level × category, each on a
                   sheet; needs --out)
  --out FILE       write the report to FILE instead of standard output
  --lang ky|ru|en  language of the messages and the report (default: from LC_ALL, LC_MESSAGES, LANG, else en)
  --body-by file|folder  name each body in the summary by its file (default) or by the folder that
                   holds its files (for bodies that send Appendix 1 and 2 as separate files)
  --today YYYY-MM-DD  the date the approval-date checks count from (default: today)
  --progress       show a progress line on standard error even when it is not a terminal
  --quiet          no progress line
  -h, --help       this text

Exit codes: 0 every file is ready, 1 a register has errors, 2 a file cannot be read or was not checked (the
reason, naming the file, goes to standard error) or the usage is wrong.
`,
};

export const DEMO_USAGE: Localized = {
  ky: `Колдонуу: ${SYNOPSIS.demo}

Буйруктун эки тиркемесинин үлгүлөрүн китеп катары (demo/order-281-sample.xlsx) жана көп кездешүүчү
каталары бар көчүрмөсүн (demo/order-281-with-mistakes.xlsx) жазат, экөөнү тең текшерип, отчетторду чыгарат.

Параметрлер:
  --dir DIR        эки китеп жазыла турган папка (демейки ./demo)
  --lang ky|ru|en  билдирүүлөрдүн жана отчеттун тили (демейки: LC_ALL, LC_MESSAGES, LANG боюнча, же en)
  -h, --help       ушул текст
`,
  ru: `Использование: ${SYNOPSIS.demo}

Записывает образцы заполнения обоих приложений из распоряжения как книгу (demo/order-281-sample.xlsx) и
копию с типичными ошибками (demo/order-281-with-mistakes.xlsx), проверяет обе и выводит отчёты.

Параметры:
  --dir DIR        куда записать две книги (по умолчанию ./demo)
  --lang ky|ru|en  язык сообщений и отчёта (по умолчанию из LC_ALL, LC_MESSAGES, LANG, иначе en)
  -h, --help       эта справка
`,
  en: `Usage: ${SYNOPSIS.demo}

Writes the Order's own samples of both appendices as a workbook (demo/order-281-sample.xlsx) and a copy with
typical mistakes (demo/order-281-with-mistakes.xlsx), checks both and prints the reports.

Options:
  --dir DIR        where to write the two workbooks (default ./demo)
  --lang ky|ru|en  language of the messages and the report (default: from LC_ALL, LC_MESSAGES, LANG, else en)
  -h, --help       this text
`,
};
