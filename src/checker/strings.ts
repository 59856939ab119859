/**
 * The checker page's own words, in Kyrgyz, Russian and English; everything it shares with the pane
 * (verdict, findings, flags, the language switch) keeps the pane's words (src/taskpane/strings.ts).
 * `{name}` marks a value filled in at run time.
 */
import type { Localized } from '../order281/text';

export const PAGE_STRINGS = {
  pageTitle: { ky: 'Тобокел: тизмени текшерүү', ru: 'Тобокел: проверка перечня', en: 'Tobokel: check a register' },
  pageSubtitle: {
    ky: '281-буйрук боюнча тизмелерди браузерде текшерүү — кошумчасыз жана орнотуусуз',
    ru: 'Проверка перечней по Распоряжению № 281 в браузере — без надстройки и установки',
    en: 'Registers under Order No. 281, checked in your browser — no add-in, nothing to install',
  },
  privacyTitle: { ky: 'Эч нерсе компьютерден чыкпайт', ru: 'Ничего не покидает компьютер', en: 'Nothing leaves this computer' },
  privacy: {
    ky: 'Файлдар ушул баракта окулат жана текшерилет; эч жакка жөнөтүлбөйт. Барак жүктөлүп бүткөндөн кийин тармаксыз иштейт.',
    ru: 'Файлы читаются и проверяются на этой странице; никуда не отправляются. После загрузки страница работает без сети.',
    en: 'Your files are read and checked here, in this page, and sent nowhere. Once loaded, the page works without a network.',
  },
  engineLoading: { ky: 'Текшергич даярдалууда…', ru: 'Подготовка проверки…', en: 'Getting the checker ready…' },
  engineReady: {
    ky: 'Даяр. Эми тармактан ажыратсаңыз да болот.',
    ru: 'Готово. Теперь можно отключиться от сети.',
    en: 'Ready. You may disconnect from the network now.',
  },
  engineInPage: {
    ky: 'Бул браузер папкадан ачылган баракка фондук иштетүүнү (Web Worker) уруксат бербейт, ошондуктан файлдар ушул өтмөктө текшерилет: чоң файл текшерилип бүткөнчө барак күтүп турушу мүмкүн.',
    ru: 'Этот браузер не разрешает странице, открытой из папки, фоновую обработку (Web Worker), поэтому файлы проверяются в этой вкладке: на большом файле страница может подождать, пока проверка не закончится.',
    en: 'This browser does not let a page opened from a folder work in the background (a Web Worker), so files are checked in this tab: with a large file the page may wait until the check is done.',
  },
  engineForbidden: {
    ky: 'Бул браузер текшергичти папкадан иштетүүгө уруксат бербейт. Баракты IT бөлүмү берген дарек боюнча же Chrome, Edge же Firefox браузеринде ачыңыз.',
    ru: 'Этот браузер не разрешает запускать проверку из папки. Откройте страницу по адресу, который дал ИТ-отдел, или в Chrome, Edge либо Firefox.',
    en: 'This browser does not let the checker run from a folder. Open the page at the address your IT unit gave you, or in Chrome, Edge or Firefox.',
  },
  engineStopped: {
    ky: 'Текшергич күтүлбөгөн жерден токтоп калды — балким, файл бул компьютердин эси үчүн өтө чоң. Кайра аракет кылыңыз; кайталанса, баракты жаңылаңыз.',
    ru: 'Проверка неожиданно остановилась — возможно, файлу не хватило памяти этого компьютера. Попробуйте снова; если повторится, обновите страницу.',
    en: 'The checker stopped unexpectedly — perhaps the file was too big for this computer’s memory. Try again; if it repeats, reload the page.',
  },
  checkTitle: { ky: 'Тизмени текшерүү', ru: 'Проверить перечень', en: 'Check a register' },
  chooseFiles: { ky: '.xlsx файлдарын тандоо', ru: 'Выбрать файлы .xlsx', en: 'Choose .xlsx files' },
  dropHint: {
    ky: 'же ушул жерге сүйрөп таштаңыз. Бир же бир нече файл; ар бири өзүнчө текшерилет, бир нечеси жалпы жыйынтыкка да кошулат.',
    ru: 'или перетащите их сюда. Один файл или несколько; каждый проверяется отдельно, несколько — ещё и сводятся вместе.',
    en: 'or drop them here. One file or many: each is checked on its own, and several are also summed up together.',
  },
  progressReading: { ky: '{file} окулууда ({n} / {total})…', ru: 'Чтение {file} ({n} из {total})…', en: 'Reading {file} ({n} of {total})…' },
  progressChecking: { ky: '{file} текшерилүүдө ({n} / {total})…', ru: 'Проверка {file} ({n} из {total})…', en: 'Checking {file} ({n} of {total})…' },
  progressLabel: { ky: 'Текшерүүнүн жүрүшү', ru: 'Ход проверки', en: 'Progress of the check' },
  filesTitle: { ky: 'Текшерилген файлдар: {n}', ru: 'Проверено файлов: {n}', en: 'Files checked: {n}' },
  unreadableTitle: { ky: 'Файл окулган жок', ru: 'Файл не прочитан', en: 'The file could not be read' },
  showReport: { ky: 'Жыйынтыкты көрсөтүү', ru: 'Показать результат', en: 'Show the report' },
  reportFor: { ky: '«{file}» файлынын жыйынтыгы', ru: 'Результат по файлу «{file}»', en: 'Report on “{file}”' },
  countsLine: {
    ky: 'Ката: {errors} · Эскертүү: {warnings} · Белгиленген кызмат орундары: {flags}',
    ru: 'Ошибок: {errors} · Предупреждений: {warnings} · Отмечено должностей: {flags}',
    en: 'Errors: {errors} · Warnings: {warnings} · Positions flagged: {flags}',
  },
  downloadCopy: { ky: 'Белгиленген көчүрмөнү жүктөп алуу', ru: 'Скачать отмеченную копию', en: 'Download a checked copy' },
  downloadCopyHint: {
    ky: 'Ошол эле китеп: оңдоо керек болгон уячалар түс менен белгиленген, ар бир табылганды уячасына шилтеме менен тизмелеген барак кошулган. Сиздин файлыңыз өзгөрбөйт; көчүрмө {name} деген ат менен сакталат.',
    ru: 'Та же книга: ячейки, которые нужно исправить, отмечены цветом, и добавлен лист со всеми замечаниями и ссылками на ячейки. Ваш файл не меняется; копия сохраняется под именем {name}.',
    en: 'The same workbook with the cells to fix coloured and a sheet listing every finding with a link to its cell. Your file is not changed; the copy is saved as {name}.',
  },
  preparingCopy: { ky: 'Көчүрмө даярдалууда…', ru: 'Копия готовится…', en: 'Preparing the copy…' },
  copySaved: { ky: '{name} сакталды.', ru: 'Сохранено: {name}.', en: 'Saved {name}.' },
  findingsTitle: { ky: 'Табылгандар', ru: 'Замечания', en: 'Findings' },
  consolidationTitle: { ky: 'Бардык файлдар бирге', ru: 'Все файлы вместе', en: 'All files together' },
  bodyLine: {
    ky: 'Тобокелдиктер: {risks} · Кызмат орундары: {positions}',
    ru: 'Рисков: {risks} · Должностей: {positions}',
    en: 'Risks: {risks} · Positions: {positions}',
  },
  sharedRisksTitle: {
    ky: 'Бир нече органга таандык тобокелдиктер',
    ru: 'Риски, общие для нескольких органов',
    en: 'Risks several bodies share',
  },
  sharedRisksNone: {
    ky: 'Бир нече органда кайталанган тобокелдик жок.',
    ru: 'Рисков, общих для нескольких органов, нет.',
    en: 'No risk is named by more than one body.',
  },
  sharedRiskBodies: { ky: 'Органдар: {bodies}', ru: 'Органы: {bodies}', en: 'Bodies: {bodies}' },
  templatesTitle: { ky: 'Бош формалар', ru: 'Пустые формы', en: 'Blank forms' },
  templatesIntro: {
    ky: 'Буйруктун формалары ачылма тизмелери менен Excel китеби катары — Excelдин каалаган версиясында же LibreOfficeто толтуруу үчүн.',
    ru: 'Формы распоряжения в виде книги Excel с раскрывающимися списками — для заполнения в любой версии Excel или в LibreOffice.',
    en: "The Order's forms as a workbook with dropdown lists, to fill in with any Excel or with LibreOffice.",
  },
  appendixBoth: { ky: 'Эки тиркеме тең', ru: 'Оба приложения', en: 'Both appendices' },
  downloadForm: { ky: 'Форманы жүктөп алуу', ru: 'Скачать форму', en: 'Download the form' },
  preparingForm: { ky: 'Форма даярдалууда…', ru: 'Форма готовится…', en: 'Preparing the form…' },
  failed: { ky: 'Аткарылган жок: {detail}', ru: 'Не удалось: {detail}', en: 'Could not finish: {detail}' },
  addinNote: {
    ky: 'Excel 2021, Microsoft 365 же Excel Онлайн колдонсоңуз, Тобокел кошумчасы ушул эле текшерүүнү Excelдин ичинде аткарат.',
    ru: 'В Excel 2021, Microsoft 365 или Excel в Интернете ту же проверку выполняет надстройка Тобокел прямо в Excel.',
    en: 'With Excel 2021, Microsoft 365 or Excel on the web, the Tobokel add-in does the same check inside Excel.',
  },
} satisfies Record<string, Localized>;

export type PageStringKey = keyof typeof PAGE_STRINGS;
