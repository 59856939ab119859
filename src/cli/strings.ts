/**
 * Counts are written «label: n» in every language, which needs no plural forms.
 *
 * The few words the CLI's reports add around the core's findings (verdict, section names). The Order's own
 * words where it has them (src/order281/interface-words.ts); finding messages come
 * from the core's Localized messages, never from here.
 */
import type { Localized, UiLanguage } from '../order281/text';
import { INTERFACE_WORDS } from '../order281/interface-words';

export const WORDS = {
  ready: INTERFACE_WORDS.ready,
  notReady: INTERFACE_WORDS.notReady,
  unreadable: { ky: 'Файл окулбады', ru: 'Файл не прочитан', en: 'Could not be read' },
  error: INTERFACE_WORDS.error,
  warning: INTERFACE_WORDS.warning,
  info: INTERFACE_WORDS.info,
  errors: { ky: 'каталар', ru: 'ошибки', en: 'errors' },
  warnings: { ky: 'эскертүүлөр', ru: 'предупреждения', en: 'warnings' },
  infos: { ky: 'маалыматтар', ru: 'замечания', en: 'notes' },
  flags: { ky: 'коррупциогендик кызмат орундары', ru: 'коррупциогенные должности', en: 'corruption-prone positions' },
  flag: INTERFACE_WORDS.flag,
  discretion: INTERFACE_WORDS.discretion,
  contact: INTERFACE_WORDS.contact,
  zone: INTERFACE_WORDS.zone,
  sheet: { ky: 'Барак', ru: 'Лист', en: 'Sheet' },
  cell: { ky: 'Уяча', ru: 'Ячейка', en: 'Cell' },
  suggestion: { ky: 'Сунушталган маани', ru: 'Предлагаемое значение', en: 'Suggested value' },
  // The Order calls its registers «тизме» / «перечень» (guide.md), never «реестр».
  noRegister: { ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' },
  appendix1: INTERFACE_WORDS.appendix1,
  appendix2: INTERFACE_WORDS.appendix2,
  rows: { ky: 'саптар', ru: 'строки', en: 'rows' },
  headerRow: { ky: 'аталыштар сабы', ru: 'строка заголовков', en: 'header row' },
  summary: { ky: 'Жыйынтык', ru: 'Сводка', en: 'Consolidated summary' },
  body: { ky: 'Орган', ru: 'Орган', en: 'Body' },
  byLevel: { ky: 'Деңгээли боюнча', ru: 'По уровню', en: 'By level' },
  byCategory: { ky: 'Категориясы боюнча', ru: 'По категории', en: 'By category' },
  byFunction: { ky: 'Функциянын түрү боюнча', ru: 'По виду функции', en: 'By function type' },
  shared: { ky: 'Бир нече органга таандык тобокелдиктер', ru: 'Риски, общие для нескольких органов', en: 'Risks several bodies share' },
  none: { ky: 'жок', ru: 'нет', en: 'none' },
  unrecognised: { ky: 'таанылган жок', ru: 'не распознано', en: 'not recognised' },
  empty: { ky: 'толтурулган эмес', ru: 'не заполнено', en: 'empty' },
  otherFunction: { ky: 'башка функция', ru: 'другая функция', en: 'other function' },
  noHeading: { ky: 'функция көрсөтүлгөн эмес', ru: 'функция не указана', en: 'no function heading' },
  type: { ky: 'Түрү', ru: 'Тип', en: 'Type' },
  message: { ky: 'Билдирүү', ru: 'Сообщение', en: 'Message' },
  rule: { ky: 'Эреже', ru: 'Правило', en: 'Rule' },
  paragraph: { ky: 'Пункт', ru: 'Пункт', en: 'Paragraph' },
  files: { ky: 'файл', ru: 'файлов', en: 'files' },
} satisfies Record<string, Localized>;

export type Word = keyof typeof WORDS;

export function word(key: Word, lang: UiLanguage): string {
  return WORDS[key][lang];
}

/** `errors: 0, warnings: 3`. */
export function counted(lang: UiLanguage, ...counts: Array<[Word, number]>): string {
  return counts.map(([key, n]) => `${word(key, lang)}: ${n}`).join(', ');
}
