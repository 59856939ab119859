/**
 * The few words the CLI's reports add around the core's findings (verdict, section names). The Order's own
 * words where it has them (src/order281/interface-words.ts); finding messages come
 * from the core's Localized messages, never from here.
 */
import type { Localized, UiLanguage } from '../order281/text';
import { INTERFACE_WORDS } from '../order281/interface-words';

export const WORDS = {
  ready: INTERFACE_WORDS.ready,
  notReady: INTERFACE_WORDS.notReady,
  unreadable: { ky: 'Текшерилген жок', ru: 'Не проверен', en: 'Not checked' },
  error: INTERFACE_WORDS.error,
  warning: INTERFACE_WORDS.warning,
  info: INTERFACE_WORDS.info,
  flag: INTERFACE_WORDS.flag,
  discretion: INTERFACE_WORDS.discretion,
  contact: INTERFACE_WORDS.contact,
  zone: INTERFACE_WORDS.zone,
  flagsHeading: {
    ky: 'Коррупциогендик кызмат орундары (9-пункттун үч белгиси тең бар)',
    ru: 'Коррупциогенные должности (все три признака пункта 9)',
    en: 'Corruption-prone positions (all three signs of paragraph 9)',
  },
  position: INTERFACE_WORDS.position,
  signs: { ky: 'Белгилери', ru: 'Признаки', en: 'Signs' },
  sheet: INTERFACE_WORDS.sheet,
  cell: INTERFACE_WORDS.cell,
  row: { ky: 'Сап', ru: 'Строка', en: 'Row' },
  column: { ky: 'Мамыча', ru: 'Столбец', en: 'Column' },
  file: { ky: 'Файл', ru: 'Файл', en: 'File' },
  reason: { ky: 'Себеби', ru: 'Причина', en: 'Reason' },
  suggestion: { ky: 'Сунушталган маани', ru: 'Предлагаемое значение', en: 'Suggested value' },
  // The Order calls its registers «тизме» / «перечень» (guide.md), never «реестр».
  noRegister: { ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' },
  appendix1: INTERFACE_WORDS.appendix1,
  appendix2: INTERFACE_WORDS.appendix2,
  risksRegister: { ky: 'Коррупциялык тобокелдиктердин тизмеси', ru: 'Перечень коррупционных рисков', en: 'List of corruption risks' },
  positionsRegister: { ky: 'Коррупциогендик кызмат орундарынын тизмеси', ru: 'Перечень коррупциогенных должностей', en: 'List of corruption-prone positions' },
  summary: { ky: 'Жыйынтык', ru: 'Сводка', en: 'Consolidated summary' },
  total: { ky: 'Бардыгы', ru: 'Всего', en: 'Total' },
  allBodies: { ky: 'Бардык органдар', ru: 'Все органы', en: 'All bodies' },
  body: { ky: 'Орган', ru: 'Орган', en: 'Body' },
  byLevel: { ky: 'Деңгээли боюнча', ru: 'По уровню', en: 'By level' },
  byCategory: { ky: 'Категориясы боюнча', ru: 'По категории', en: 'By category' },
  byFunction: { ky: 'Функциянын түрү боюнча', ru: 'По виду функции', en: 'By function type' },
  level: { ky: 'Тобокелдиктин деңгээли', ru: 'Уровень риска', en: 'Risk level' },
  category: { ky: 'Тобокелдиктин категориясы', ru: 'Категория риска', en: 'Risk category' },
  shared: { ky: 'Бир нече органга таандык тобокелдиктер', ru: 'Риски, общие для нескольких органов', en: 'Risks several bodies share' },
  none: { ky: 'жок', ru: 'нет', en: 'none' },
  unrecognised: { ky: 'таанылган жок', ru: 'не распознано', en: 'not recognised' },
  empty: { ky: 'толтурулган эмес', ru: 'не заполнено', en: 'empty' },
  otherFunction: { ky: 'башка функция', ru: 'другая функция', en: 'other function' },
  noHeading: { ky: 'функция көрсөтүлгөн эмес', ru: 'функция не указана', en: 'no function heading' },
  type: { ky: 'Түрү', ru: 'Тип', en: 'Type' },
  message: { ky: 'Билдирүү', ru: 'Сообщение', en: 'Message' },
  rule: { ky: 'Эреже (коду)', ru: 'Правило (код)', en: 'Rule (code)' },
  basis: INTERFACE_WORDS.basis,
  // Not «Замечания»: that is the Russian name of one severity (info).
  findings: { ky: 'Эмне табылды', ru: 'Что найдено', en: 'What the check found' },
  notChecked: { ky: 'Текшерилбеген файлдар', ru: 'Непроверенные файлы', en: 'Files not checked' },
  inKyrgyz: { ky: 'кыргызча', ru: 'на кыргызском', en: 'in Kyrgyz' },
  inRussian: { ky: 'орусча', ru: 'на русском', en: 'in Russian' },
  checkTitle: { ky: 'Тизмелерди текшерүүнүн жыйынтыгы', ru: 'Результат проверки перечней', en: 'Result of the check of the registers' },
  order: {
    ky: 'Кыргыз Республикасынын Премьер-министринин 2016-жылдын 18-майындагы № 281 буйругу',
    ru: 'Распоряжение Премьер-министра Кыргызской Республики от 18 мая 2016 года № 281',
    en: 'Order No. 281 of the Prime Minister of the Kyrgyz Republic, 18 May 2016',
  },
  checkedOn: { ky: 'Текшерилген күнү', ru: 'Дата проверки', en: 'Checked on' },
  approvedOn: { ky: 'бекитилген күнү', ru: 'утверждён', en: 'approved' },
  filesChecked: { ky: 'Текшерилген файлдар', ru: 'Проверено файлов', en: 'Files checked' },
  madeBy: { ky: 'Tobokel программасы менен түзүлдү', ru: 'Составлено программой Tobokel', en: 'Made with Tobokel' },
  verdict: { ky: 'Корутунду', ru: 'Вывод', en: 'Verdict' },
  register: { ky: 'Тизме', ru: 'Перечень', en: 'Register' },
  levelByCategory: { ky: 'Деңгээл × категория', ru: 'Уровень × категория', en: 'Level × category' },
} satisfies Record<string, Localized>;

export type Word = keyof typeof WORDS;

export function word(key: Word, lang: UiLanguage): string {
  return WORDS[key][lang];
}

/**
 * A noun's forms after a numeral. Kyrgyz keeps the singular after any number («5 ката»); Russian has
 * three forms (Intl.PluralRules' one, few, many: «1 ошибка, 2 ошибки, 5 ошибок»); English two.
 */
export interface NounForms {
  ky: string;
  ru: { one: string; few: string; many: string };
  en: { one: string; other: string };
}

export const NOUNS = {
  errors: { ky: 'ката', ru: { one: 'ошибка', few: 'ошибки', many: 'ошибок' }, en: { one: 'error', other: 'errors' } },
  warnings: { ky: 'эскертүү', ru: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' }, en: { one: 'warning', other: 'warnings' } },
  infos: { ky: 'маалымат', ru: { one: 'замечание', few: 'замечания', many: 'замечаний' }, en: { one: 'note', other: 'notes' } },
  flags: {
    ky: 'коррупциогендик кызмат орду',
    ru: { one: 'коррупциогенная должность', few: 'коррупциогенные должности', many: 'коррупциогенных должностей' },
    en: { one: 'corruption-prone position', other: 'corruption-prone positions' },
  },
  rows: { ky: 'сап', ru: { one: 'строка', few: 'строки', many: 'строк' }, en: { one: 'row', other: 'rows' } },
  files: { ky: 'файл', ru: { one: 'файл', few: 'файла', many: 'файлов' }, en: { one: 'file', other: 'files' } },
  bodies: { ky: 'орган', ru: { one: 'орган', few: 'органа', many: 'органов' }, en: { one: 'body', other: 'bodies' } },
} satisfies Record<string, NounForms>;

export type Noun = keyof typeof NOUNS;

const RUSSIAN_PLURAL = new Intl.PluralRules('ru');

/** `5 ошибок`, `1 error`, `3 ката`. */
export function amount(n: number, noun: Noun | NounForms, lang: UiLanguage): string {
  const forms: NounForms = typeof noun === 'string' ? NOUNS[noun] : noun;
  if (lang === 'ky') return `${n} ${forms.ky}`;
  if (lang === 'en') return `${n} ${n === 1 ? forms.en.one : forms.en.other}`;
  const category = RUSSIAN_PLURAL.select(n);
  return `${n} ${category === 'one' ? forms.ru.one : category === 'few' ? forms.ru.few : forms.ru.many}`;
}

/** `2 errors, 1 warning`. */
export function counted(lang: UiLanguage, ...counts: Array<[Noun, number]>): string {
  return counts.map(([noun, n]) => amount(n, noun, lang)).join(', ');
}

/** A date as people in Kyrgyzstan write it in every language: 01.12.2026. */
export function dayText(date: Date | string): string {
  // The check's day as the reviewer's clock has it; --today gives UTC midnight, the same day east of UTC.
  const iso = typeof date === 'string' ? date : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
