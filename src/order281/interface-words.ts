/**
 * The words the pane and the command line both print around a report, from the guide's "Words for the
 * interface" table: one place, so the two cannot drift («Not ready» in one, «Not ready to submit» in the
 * other).
 */
import type { Localized } from './text';

export const INTERFACE_WORDS = {
  ready: { ky: 'Тапшырууга даяр', ru: 'Готово к представлению', en: 'Ready to submit' },
  notReady: { ky: 'Тапшырууга даяр эмес', ru: 'Не готово', en: 'Not ready' },
  error: { ky: 'Ката', ru: 'Ошибка', en: 'Error' },
  warning: { ky: 'Эскертүү', ru: 'Предупреждение', en: 'Warning' },
  info: { ky: 'Маалымат', ru: 'Замечание', en: 'Note' },
  flag: { ky: 'Коррупциогендик кызмат орду', ru: 'Коррупциогенная должность', en: 'Corruption-prone position' },
  discretion: { ky: 'Дискрециялык ыйгарым укук', ru: 'Дискреционные полномочия', en: 'Discretionary power' },
  contact: { ky: 'Жарандар жана уюмдар менен байланыш', ru: 'Контакты с гражданами и организациями', en: 'Contact with citizens and organisations' },
  zone: { ky: 'Коррупциогендик зона', ru: 'Коррупционно опасная зона', en: 'High-risk zone' },
  appendix1: { ky: '1-тиркеме', ru: 'Приложение 1', en: 'Appendix 1' },
  appendix2: { ky: '2-тиркеме', ru: 'Приложение 2', en: 'Appendix 2' },
  // Column titles of a findings table, wherever one is printed.
  sheet: { ky: 'Барак', ru: 'Лист', en: 'Sheet' },
  cell: { ky: 'Уяча', ru: 'Ячейка', en: 'Cell' },
  basis: { ky: 'Негиз', ru: 'Основание', en: 'Basis' },
  position: { ky: 'Кызмат орду', ru: 'Должность', en: 'Position' },
} satisfies Record<string, Localized>;
