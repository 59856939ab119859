import type { RegisterRule } from '../finding';
import { ROW_PLACE_WHY, rowAnchor, rowsWithoutHeading } from './shared/function-list';

/** A risk above the first function heading of Appendix 1 belongs to no function (p.5). */
export const rowBeforeHeading: RegisterRule = {
  id: 'row.before-heading',
  severity: 'error',
  paragraph: 'p.5',
  title: { ky: 'Сап аталыштан жогору', ru: 'Строка выше заголовка', en: 'Row above the first heading' },
  why: ROW_PLACE_WHY,
  check({ register, report }) {
    // With no heading at all, heading.none says it once.
    if (register.kind !== 'risks' || register.headings.length === 0) return;
    for (const row of rowsWithoutHeading(register.rows)) {
      report({
        cell: rowAnchor(row), column: 'heading',
        messages: {
          ky: 'Бул тобокелдик биринчи функция аталышынан жогору турат: аны тиешелүү функциянын астына жылдырыңыз.',
          ru: 'Этот риск стоит выше первого заголовка функции: перенесите его под соответствующую функцию.',
          en: 'This risk stands above the first function heading: move it under the function it belongs to.',
        },
      });
    }
  },
};
