/**
 * Counts are written «label: n» in every language, which needs no plural forms.
 *
 * The few words the CLI's reports add around the core's findings (verdict, section names). The Order's own
 * words where it has them (shared/order-281/guide.md, «Words for the interface»); finding messages come
 * from the core's Localized messages, never from here.
 */
import type { Localized, UiLanguage } from '../order281/text';

export const WORDS = {
  ready: { ky: 'Тапшырууга даяр', ru: 'Готово к представлению', en: 'Ready to submit' },
  notReady: { ky: 'Тапшырууга даяр эмес', ru: 'Не готово', en: 'Not ready' },
  unreadable: { ky: 'Файл окулбады', ru: 'Файл не прочитан', en: 'Could not be read' },
  error: { ky: 'Ката', ru: 'Ошибка', en: 'Error' },
  warning: { ky: 'Эскертүү', ru: 'Предупреждение', en: 'Warning' },
  info: { ky: 'Маалымат', ru: 'Замечание', en: 'Note' },
  errors: { ky: 'каталар', ru: 'ошибки', en: 'errors' },
  warnings: { ky: 'эскертүүлөр', ru: 'предупреждения', en: 'warnings' },
  infos: { ky: 'маалыматтар', ru: 'замечания', en: 'notes' },
  flags: { ky: 'коррупциогендик кызмат орундары', ru: 'коррупциогенные должности', en: 'corruption-prone positions' },
  flag: { ky: 'Коррупциогендик кызмат орду', ru: 'Коррупциогенная должность', en: 'Corruption-prone position' },
  discretion: { ky: 'Дискрециялык ыйгарым укук', ru: 'Дискреционные полномочия', en: 'Discretionary power' },
  contact: { ky: 'Жарандар жана уюмдар менен байланыш', ru: 'Контакты с гражданами и организациями', en: 'Contact with citizens and organisations' },
  zone: { ky: 'Коррупциогендик зона', ru: 'Коррупционно опасная зона', en: 'High-risk zone' },
  sheet: { ky: 'Барак', ru: 'Лист', en: 'Sheet' },
  cell: { ky: 'Уяча', ru: 'Ячейка', en: 'Cell' },
  suggestion: { ky: 'Сунушталган маани', ru: 'Предлагаемое значение', en: 'Suggested value' },
  // The Order calls its registers «тизме» / «перечень» (guide.md), never «реестр».
  noRegister: { ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' },
  appendix1: { ky: '1-тиркеме', ru: 'Приложение 1', en: 'Appendix 1' },
  appendix2: { ky: '2-тиркеме', ru: 'Приложение 2', en: 'Appendix 2' },
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
