/**
 * Every word the pane shows, in Kyrgyz, Russian and English. The Order's own words and the interface
 * words the core keeps (src/order281/interface-words.ts) come first; a test fails on a missing or empty
 * entry. `{name}` marks a value filled in at run time (see `format`).
 */
import type { Localized } from '../order281/text';
import { INTERFACE_WORDS } from '../order281/interface-words';

export const STRINGS = {
  appTitle: { ky: 'Тобокел', ru: 'Тобокел', en: 'Tobokel' },
  appSubtitle: {
    ky: '281-буйрук: коррупциялык тобокелдиктердин тизмелери',
    ru: 'Распоряжение № 281: перечни коррупционных рисков',
    en: 'Order No. 281: corruption-risk registers',
  },
  languageLabel: { ky: 'Интерфейстин тили', ru: 'Язык интерфейса', en: 'Interface language' },
  languageKy: { ky: 'Кыргызча', ru: 'Кыргызский', en: 'Kyrgyz' },
  languageRu: { ky: 'Орусча', ru: 'Русский', en: 'Russian' },
  languageEn: { ky: 'Англисче', ru: 'Английский', en: 'English' },
  sectionsLabel: { ky: 'Бөлүмдөр', ru: 'Разделы', en: 'Sections' },
  tabTemplates: { ky: 'Формалар', ru: 'Формы', en: 'Forms' },
  tabCheck: { ky: 'Текшерүү', ru: 'Проверка', en: 'Check' },
  tabFlags: { ky: 'Кызмат орундары', ru: 'Должности', en: 'Positions' },
  loading: { ky: 'Жүктөлүүдө…', ru: 'Загрузка…', en: 'Loading…' },
  working: { ky: 'Аткарылууда…', ru: 'Выполняется…', en: 'Working…' },

  // Templates
  templatesIntro: {
    ky: 'Буйруктун формасын жаңы баракка кыстарыңыз. Бар уячалардын үстүнө эч нерсе жазылбайт.',
    ru: 'Вставьте форму распоряжения на новый лист. Существующие ячейки не перезаписываются.',
    en: "Insert the Order's form on a new sheet. Nothing already in the workbook is overwritten.",
  },
  registerLabel: { ky: 'Тизме', ru: 'Перечень', en: 'Register' },
  appendix1: {
    ky: '1-тиркеме: коррупциялык тобокелдиктердин тизмеси',
    ru: 'Приложение 1: перечень коррупционных рисков',
    en: 'Appendix 1: list of corruption risks',
  },
  appendix2: {
    ky: '2-тиркеме: коррупциогендик кызмат орундарынын тизмеси',
    ru: 'Приложение 2: перечень коррупциогенных должностей',
    en: 'Appendix 2: list of corruption-prone positions',
  },
  formLanguageLabel: { ky: 'Форманын тили', ru: 'Язык формы', en: 'Language of the form' },
  withSample: { ky: 'үлгү саптары менен', ru: 'с образцом заполнения', en: "with the Order's sample rows" },
  withSampleHint: {
    ky: 'Буйруктагы Экономика министрлигинин үлгүсү мисал катары кошулат.',
    ru: 'Образец Министерства экономики из распоряжения добавляется как пример.',
    en: "The Order's own sample (Ministry of Economy) is added as a worked example.",
  },
  rowsPerHeading: { ky: 'Ар бир аталыштын астындагы бош саптар', ru: 'Пустых строк под каждым заголовком', en: 'Empty rows under each heading' },
  rowsInTable: { ky: 'Бош саптардын саны', ru: 'Количество пустых строк', en: 'Empty rows' },
  headingsLabel: { ky: 'Функциялардын аталыштары', ru: 'Заголовки функций', en: 'Function headings' },
  headingsHint: {
    ky: 'Ар бир функциянын түрү бааланышы керек (5-пункт). Форманын өзүндөгү экөө белгиленген.',
    ru: 'Каждый вид функций должен быть оценён (пункт 5). Отмечены два заголовка самой формы.',
    en: "Every function type must be assessed (paragraph 5). The form's own two are ticked.",
  },
  headingsNone: {
    ky: 'Жок дегенде бир аталышты тандаңыз.',
    ru: 'Выберите хотя бы один заголовок.',
    en: 'Choose at least one heading.',
  },
  insertForm: { ky: 'Форманы кыстаруу', ru: 'Вставить форму', en: 'Insert the form' },
  inserting: { ky: 'Форма кыстарылууда…', ru: 'Форма вставляется…', en: 'Inserting the form…' },
  inserted: { ky: '«{sheet}» барагы кошулду.', ru: 'Добавлен лист «{sheet}».', en: 'Sheet “{sheet}” added.' },
  skippedTitle: {
    ky: 'Бул Excel төмөнкүлөрдү аткара албады:',
    ru: 'Этот Excel не смог выполнить:',
    en: 'This Excel could not do the following:',
  },

  // Check
  checkIntro: {
    ky: 'Китептеги бардык тизмелер 281-буйрукка ылайык текшерилет; оңдоо керек болгон уячалар белгиленет. Маанилер өзгөртүлбөйт.',
    ru: 'Все перечни книги проверяются по Распоряжению № 281; ячейки, которые нужно исправить, отмечаются. Значения не меняются.',
    en: 'Every register in the workbook is checked against Order No. 281 and the cells to fix are marked. No value is changed.',
  },
  runCheck: { ky: 'Текшерүү', ru: 'Проверить', en: 'Check' },
  checking: { ky: 'Текшерилүүдө…', ru: 'Проверка…', en: 'Checking…' },
  ready: INTERFACE_WORDS.ready,
  notReady: INTERFACE_WORDS.notReady,
  readyDetail: {
    ky: 'Ката жок. Эскертүүлөрдү карап чыгыңыз.',
    ru: 'Ошибок нет. Просмотрите предупреждения.',
    en: 'No errors. Look through the warnings.',
  },
  notReadyDetail: {
    ky: 'Каталарды оңдоп, кайра текшериңиз.',
    ru: 'Исправьте ошибки и проверьте снова.',
    en: 'Fix the errors and check again.',
  },
  registersFound: { ky: 'Текшерилген тизмелер: {n}', ru: 'Проверено перечней: {n}', en: 'Registers checked: {n}' },
  noRegisters: {
    ky: 'Бул китептен 1- же 2-тиркеменин тизмеси табылган жок. Форманы «Формалар» бөлүмүнөн кыстарыңыз.',
    ru: 'В книге не найдено перечней по Приложению 1 или 2. Вставьте форму в разделе «Формы».',
    en: 'No Appendix 1 or Appendix 2 register was found in this workbook. Insert a form from “Forms”.',
  },
  severityError: INTERFACE_WORDS.error,
  severityWarning: INTERFACE_WORDS.warning,
  severityInfo: INTERFACE_WORDS.info,
  countsLabel: { ky: 'Түрлөрү боюнча саны', ru: 'Количество по видам', en: 'Counts by severity' },
  filterLabel: { ky: 'Көрсөтүү', ru: 'Показать', en: 'Show' },
  filterAll: { ky: 'Баары', ru: 'Все', en: 'All' },
  noFindings: { ky: 'Оңдоо керек болгон эч нерсе жок.', ru: 'Исправлять нечего.', en: 'Nothing to fix.' },
  noFindingsFiltered: {
    ky: 'Бул түрдөгү белгилер жок.',
    ru: 'Замечаний этого вида нет.',
    en: 'Nothing of this kind.',
  },
  findingsLabel: { ky: 'Табылгандар', ru: 'Найденное', en: 'Findings' },
  shownOf: { ky: 'Көрсөтүлдү: {shown} / {total}', ru: 'Показано: {shown} из {total}', en: 'Showing {shown} of {total}' },
  showMore: { ky: 'Дагы {n} көрсөтүү', ru: 'Показать ещё {n}', en: 'Show {n} more' },
  sheetLabel: { ky: '«{sheet}» барагы', ru: 'Лист «{sheet}»', en: 'Sheet “{sheet}”' },
  rowLabel: { ky: '{row}-сап', ru: 'Строка {row}', en: 'Row {row}' },
  cellLabel: { ky: '{cell} уячасы', ru: 'Ячейка {cell}', en: 'Cell {cell}' },
  goToCell: {
    ky: '«{sheet}» барагындагы {cell} уячасына өтүү: {message}',
    ru: 'Перейти к ячейке {cell} на листе «{sheet}»: {message}',
    en: 'Go to cell {cell} on sheet “{sheet}”: {message}',
  },
  basis: { ky: 'Негиз: {paragraph}', ru: 'Основание: {paragraph}', en: 'Basis: {paragraph}' },
  suggestion: { ky: 'Сунушталган маани: {value}', ru: 'Предлагаемое значение: {value}', en: 'Suggested value: {value}' },
  showOrderWords: { ky: 'Буйруктун текстин көрсөтүү', ru: 'Показать текст распоряжения', en: "Show the Order's words" },
  hideOrderWords: { ky: 'Буйруктун текстин жашыруу', ru: 'Скрыть текст распоряжения', en: "Hide the Order's words" },
  whyLabel: { ky: 'Эмне үчүн:', ru: 'Почему:', en: 'Why:' },
  orderWordsSource: {
    ky: '281-буйруктун текстинен',
    ru: 'Из текста Распоряжения № 281 (на кыргызском языке)',
    en: 'From the text of Order No. 281 (in Kyrgyz)',
  },
  orderWordsMissing: {
    ky: 'Бул пункттун тексти жок.',
    ru: 'Текст этого пункта недоступен.',
    en: 'The text of this paragraph is not available.',
  },
  clearMarks: { ky: 'Белгилерди тазалоо', ru: 'Снять отметки', en: 'Clear marks' },

  // Summary and this year against last year (p.12, p.13)
  forHeadTitle: { ky: 'Жетекчи үчүн', ru: 'Для руководителя', en: 'For the head of the body' },
  summaryButton: { ky: 'Жыйынтык', ru: 'Сводка', en: 'Summary' },
  summaryHint: {
    ky: 'Жаңы баракка: деңгээл × категория, функциялар, бөлүмдөр, жогорку тобокелдиктер жана коррупциогендик кызмат орундары, диаграмма менен. Реестрлердин барактарына эч нерсе жазылбайт.',
    ru: 'На отдельный лист: уровень × категория, функции, подразделения, риски высокого уровня и коррупциогенные должности, с диаграммой. В листы реестров ничего не записывается.',
    en: "On a sheet of its own: level × category, functions, units, the high-level risks and the flagged posts, with a chart. Nothing is written into the registers' sheets.",
  },
  summarizing: { ky: 'Жыйынтык түзүлүүдө…', ru: 'Составляется сводка…', en: 'Making the summary…' },
  summaryWritten: { ky: '«{name}» барагы түзүлдү.', ru: 'Создан лист «{name}».', en: 'Wrote the sheet «{name}».' },
  summaryReplaced: { ky: 'Мурунку жыйынтык алмаштырылды.', ru: 'Прежняя сводка заменена.', en: 'The earlier summary was replaced.' },
  compareButton: { ky: 'Өткөн жылдын тизмеси менен салыштыруу', ru: 'Сравнить с перечнем прошлого года', en: "Compare with last year's register" },
  compareHint: {
    ky: 'Өткөн жылдын .xlsx файлын тандаңыз: ал ушул жерде окулат, эч жакка жөнөтүлбөйт.',
    ru: 'Выберите файл .xlsx прошлого года: он читается здесь и никуда не отправляется.',
    en: "Pick last year's .xlsx: it is read here and sent nowhere.",
  },
  comparing: { ky: 'Салыштырылууда…', ru: 'Сравнение…', en: 'Comparing…' },
  clearing: { ky: 'Белгилер тазаланууда…', ru: 'Отметки снимаются…', en: 'Clearing marks…' },
  cleared: { ky: 'Барактардан алынган белгилер: {n}.', ru: 'Снято отметок с листов: {n}.', en: 'Marks removed from the sheets: {n}.' },
  clearedNone: { ky: 'Барактарда тазалай турган белги жок.', ru: 'На листах нет отметок.', en: 'There were no marks on the sheets.' },
  clearedFindingsKept: {
    ky: 'Төмөнкү табылгандар акыркы текшерүүдөн; баракта алар эми белгиленген эмес. Кайра белгилөө үчүн дагы текшериңиз.',
    ru: 'Замечания ниже — из последней проверки; на листе они больше не отмечены. Чтобы отметить снова, нажмите «Проверить».',
    en: 'The findings below are from the last check; the sheet no longer marks them. Check again to mark them.',
  },

  // Flags
  flagsIntro: {
    ky: 'Кызмат орду үч белгини айкалыштырганда коррупциогендик деп белгиленет (9-пункт): дискрециялык ыйгарым укук, жарандар жана уюмдар менен байланыш, коррупциогендик зона.',
    ru: 'Должность отмечается как коррупциогенная, когда сочетает три признака (пункт 9): дискреционные полномочия, контакты с гражданами и организациями, коррупционно опасную зону.',
    en: 'A position is flagged when it combines three factors (paragraph 9): discretionary power, contact with citizens and organisations, and a high-risk zone.',
  },
  flagsBeforeCheck: {
    ky: 'Адегенде китепти текшериңиз.',
    ru: 'Сначала проверьте книгу.',
    en: 'Check the workbook first.',
  },
  flagsNone: {
    ky: 'Коррупциогендик кызмат орду табылган жок.',
    ru: 'Коррупциогенных должностей не найдено.',
    en: 'No corruption-prone position was found.',
  },
  flagTitle: INTERFACE_WORDS.flag,
  flagsCount: { ky: 'Белгиленген кызмат орундары: {n}', ru: 'Отмечено должностей: {n}', en: 'Positions flagged: {n}' },
  factorDiscretion: INTERFACE_WORDS.discretion,
  factorContact: INTERFACE_WORDS.contact,
  factorZone: INTERFACE_WORDS.zone,
  zonesLabel: {
    ky: 'Коррупциогендик зоналар жана тармактар',
    ru: 'Коррупционно опасные зоны и отрасли',
    en: 'High-risk zones and sectors',
  },
  factorNoEvidence: { ky: 'далил табылган жок', ru: 'признак не найден', en: 'no evidence found' },
  appendix1Flag: { ky: '1-тиркемеден', ru: 'Из Приложения 1', en: 'From Appendix 1' },
  appendix2Flag: { ky: '2-тиркемеден', ru: 'Из Приложения 2', en: 'From Appendix 2' },
  missingUnitsTitle: {
    ky: '1-тиркемеде белгиленген, бирок 2-тиркемеде жок',
    ru: 'Отмечены в Приложении 1, но отсутствуют в Приложении 2',
    en: 'Flagged in Appendix 1 but missing from Appendix 2',
  },
  missingUnitsNone: {
    ky: '1-тиркемеде белгиленген бардык бөлүмдөр 2-тиркемеде бар.',
    ru: 'Все отмеченные в Приложении 1 подразделения есть в Приложении 2.',
    en: 'Every unit flagged in Appendix 1 is in Appendix 2.',
  },

  // Where Excel falls short
  notInExcelTitle: { ky: 'Excel ачылган жок', ru: 'Excel не открыт', en: 'Not running in Excel' },
  notInExcel: {
    ky: 'Тобокел Excelдин ичинде иштейт. Бул жерден форманы Excel файлы катары жүктөп алсаңыз болот.',
    ru: 'Тобокел работает внутри Excel. Здесь можно скачать форму в виде книги Excel.',
    en: 'Tobokel works inside Excel. From here you can download the form as a workbook.',
  },
  oldExcelTitle: { ky: 'Excelдин бул версиясы эски', ru: 'Эта версия Excel устарела', en: 'This Excel is too old' },
  oldExcel: {
    ky: 'Бул Excel Тобокелге керектүү мүмкүнчүлүктөрдү (ExcelApi 1.1) колдобойт: форманы кыстаруу жана текшерүү иштебейт. Форманы Excel файлы катары жүктөп алыңыз.',
    ru: 'Этот Excel не поддерживает возможности, нужные Тобокелу (ExcelApi 1.1): вставка формы и проверка недоступны. Скачайте форму в виде книги Excel.',
    en: 'This Excel lacks what Tobokel needs (ExcelApi 1.1): inserting forms and checking are unavailable. Download the form as a workbook instead.',
  },
  noDropdownsTitle: {
    ky: 'Ачылма тизмелер жеткиликсиз',
    ru: 'Раскрывающиеся списки недоступны',
    en: 'Dropdown lists are unavailable',
  },
  noDropdowns: {
    ky: 'Бул Excel ачылма тизмелерди (ExcelApi 1.8) колдобойт: форма категория, деңгээл жана функция үчүн тизмелерсиз кыстарылат. Тизмелери бар форманы Excel файлы катары жүктөп алсаңыз болот. Текшерүү иштей берет.',
    ru: 'Этот Excel не поддерживает раскрывающиеся списки (ExcelApi 1.8): форма вставляется без списков категории, уровня и функции. Форму со списками можно скачать в виде книги Excel. Проверка работает.',
    en: 'This Excel cannot add dropdown lists (ExcelApi 1.8): forms are inserted without the category, level and function lists. You can download the form with its lists as a workbook. Checking still works.',
  },
  noHighlightsNote: {
    ky: 'Белгилөөлөр жөнөкөй түс менен коюлат (ExcelApi 1.6 жок).',
    ru: 'Отметки ставятся простой заливкой (нет ExcelApi 1.6).',
    en: 'Marks are plain fills (ExcelApi 1.6 is missing).',
  },
  downloadTemplates: {
    ky: 'Форманы Excel файлы катары жүктөп алуу',
    ru: 'Скачать форму в виде книги Excel',
    en: 'Download the form as a workbook',
  },
  downloadAppendix: {
    ky: '{appendix}, {language}',
    ru: '{appendix}, {language}',
    en: '{appendix}, {language}',
  },
  checkerPageLink: {
    ky: 'Китепти браузерде текшерүү (кошумчасыз)',
    ru: 'Проверить книгу в браузере (без надстройки)',
    en: 'Check a workbook in your browser (no add-in needed)',
  },
  appendix1Short: INTERFACE_WORDS.appendix1,
  appendix2Short: INTERFACE_WORDS.appendix2,

  // Errors
  errorTitle: { ky: 'Excel аракетти аткарган жок', ru: 'Excel не выполнил действие', en: 'Excel could not do that' },
  errorNotInExcel: {
    ky: 'Бул аракет Excelдин ичинде гана иштейт.',
    ru: 'Это действие работает только внутри Excel.',
    en: 'This works only inside Excel.',
  },
  errorUnknown: {
    ky: 'Күтүлбөгөн ката. Кайра аракет кылыңыз; кайталанса, китепти сактап, Excelди кайра ачыңыз.',
    ru: 'Непредвиденная ошибка. Повторите; если не поможет, сохраните книгу и перезапустите Excel.',
    en: 'Something unexpected went wrong. Try again; if it repeats, save the workbook and restart Excel.',
  },
  errorDetail: { ky: 'Excelдин билдирүүсү: {detail}', ru: 'Сообщение Excel: {detail}', en: 'Excel said: {detail}' },
  startFailed: {
    ky: 'Тобокел ачылган жок. Панелди жаап, кайра ачыңыз.',
    ru: 'Тобокел не запустился. Закройте панель и откройте её снова.',
    en: 'Tobokel could not start. Close the pane and open it again.',
  },
  dismiss: { ky: 'Жабуу', ru: 'Закрыть', en: 'Dismiss' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;
