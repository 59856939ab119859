import type { RegisterRule } from '../finding';
import { FUNCTION_LIST, HEADINGS_WHY, rowAnchor, rowsWithoutHeading } from './shared/function-list';

/** The form groups the risks of Appendix 1 under function headings (p.5): none at all is one error, not one a row. */
export const headingNone: RegisterRule = {
  id: 'heading.none',
  severity: 'error',
  paragraph: 'p.5',
  title: { ky: 'Функция аталыштары жок', ru: 'Нет заголовков функций', en: 'No function headings' },
  why: HEADINGS_WHY,
  check({ register, report }) {
    if (register.kind !== 'risks' || register.headings.length > 0) return;
    const first = rowsWithoutHeading(register.rows)[0];
    if (!first) return;
    report({
      cell: rowAnchor(first), column: 'heading',
      messages: {
        ky: `Тобокелдиктер функциянын түрү боюнча топтолгон эмес: таблицага «… функциясы» деген аталыш саптарын кошуңуз (${FUNCTION_LIST.ky}).`,
        ru: `Риски не сгруппированы по видам функций: добавьте строки-заголовки «… функция» (${FUNCTION_LIST.ru}).`,
        en: `Risks are not grouped by function type: add heading rows such as «… функциясы» (${FUNCTION_LIST.en}).`,
      },
    });
  },
};
