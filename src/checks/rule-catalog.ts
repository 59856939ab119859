/**
 * Every rule the checks can raise, with a short title in the three interface languages: what the pane
 * shows as the rule's name and the CLI uses for grouping. A test keeps it in step with the rules.
 */
import type { Localized } from '../order281/text';

export const RULE_TITLES: Readonly<Record<string, Localized>> = {
  'workbook.no-register': { ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' },
  'register.empty': { ky: 'Тизме бош', ru: 'Перечень пуст', en: 'Empty register' },
  'header.missing-column': { ky: 'Мамыча жок', ru: 'Нет столбца', en: 'Missing column' },
  'required.empty': { ky: 'Милдеттүү уяча толтурулган эмес', ru: 'Не заполнена обязательная ячейка', en: 'Required cell is empty' },
  'cell.error-value': { ky: 'Формуланын катасы', ru: 'Ошибка формулы', en: 'Formula error' },
  'category.allowed': { ky: 'Категория тизмеде жок', ru: 'Категории нет в списке', en: 'Category not in the list' },
  'level.allowed': { ky: 'Деңгээл тизмеде жок', ru: 'Уровня нет в списке', en: 'Level not in the list' },
  'category.variant': { ky: 'Категориянын жазылышы', ru: 'Написание категории', en: 'Category spelling' },
  'level.variant': { ky: 'Деңгээлдин жазылышы', ru: 'Написание уровня', en: 'Level spelling' },
  'heading.none': { ky: 'Функция аталыштары жок', ru: 'Нет заголовков функций', en: 'No function headings' },
  'row.before-heading': { ky: 'Сап аталыштан жогору', ru: 'Строка выше заголовка', en: 'Row above the first heading' },
  'heading.unknown-function': { ky: 'Белгисиз функция', ru: 'Неизвестная функция', en: 'Unknown function type' },
  'numbering.sequence': { ky: 'Номурлоо ырааттуу эмес', ru: 'Нумерация не по порядку', en: 'Numbering out of order' },
  'numbering.repeated': { ky: 'Номур кайталанат', ru: 'Номер повторяется', en: 'Repeated number' },
  'row.empty-numbered': { ky: 'Бош номурланган сап', ru: 'Пустая пронумерованная строка', en: 'Empty numbered row' },
  'row.continued': { ky: 'Текст бир нече сапта', ru: 'Текст на нескольких строках', en: 'Text over several rows' },
  'row.duplicate': { ky: 'Кайталанган сап', ru: 'Повторяющаяся строка', en: 'Duplicate row' },
  'risk.thin': { ky: 'Тобокелдик толук сүрөттөлгөн эмес', ru: 'Риск описан слишком кратко', en: 'Risk described too thinly' },
  'level.zone-too-low': { ky: 'Коррупциогендик зонада төмөн деңгээл', ru: 'Низкий уровень в опасной зоне', en: 'Low level in a high-risk zone' },
  'level.systemic-zero': { ky: 'Системалуу тобокелдик нөлдүк', ru: 'Системный риск с нулевым уровнем', en: 'Systemic risk rated zero' },
  'scope.empty': { ky: '7-мамыча толтурулган эмес', ru: 'Не заполнен столбец 7', en: 'Column 7 empty' },
  'approval.missing': { ky: '«Бекитемин» жок', ru: 'Нет грифа «УТВЕРЖДАЮ»', en: 'No approval block' },
  'approval.undated': { ky: 'Бекитилген күнү жок', ru: 'Нет даты утверждения', en: 'Approval undated' },
  'approval.stale': { ky: 'Бир жылдан ашык мурун бекитилген', ru: 'Утверждён более года назад', en: 'Approved over a year ago' },
  'approval.future': { ky: 'Бекитилген күнү келечекте', ru: 'Дата утверждения в будущем', en: 'Approval date in the future' },
  'positions.missing-flagged-unit': { ky: 'Коррупциогендик кызмат орду 2-тиркемеде жок', ru: 'Коррупциогенной должности нет в Приложении 2', en: 'Corruption-prone unit missing from Appendix 2' },
  'positions.register-absent': { ky: '2-тиркеме жок', ru: 'Нет Приложения 2', en: 'No Appendix 2 to compare' },
};
