import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import type { RegisterColumn } from '../../registers/kinds';
import type { CellText } from '../../registers/model';

/** A formula error (#N/A, #REF!) hides what the cell holds: the register cannot be read there. */
export const cellErrorValue: RegisterRule = {
  id: 'cell.error-value',
  severity: 'error',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Формуланын катасы', ru: 'Ошибка формулы', en: 'Formula error' },
  why: {
    ky: 'Уячадагы формуланын катасы (#N/A, #REF! …) анын маанисин жашырат; тапшырылган тизме окула турган болушу керек.',
    ru: 'Ошибка формулы (#Н/Д, #ССЫЛКА! …) скрывает содержимое ячейки; представленный перечень должен читаться.',
    en: 'A formula error (#N/A, #REF! …) hides what a cell holds; a submitted register must be readable.',
  },
  check({ register, report }) {
    for (const row of register.rows) {
      // The reader gives every column of a row a cell, empty or not.
      for (const [column, cell] of Object.entries(row.cells) as [RegisterColumn, CellText][]) {
        if (!cell.error) continue;
        report({
          cell, column,
          messages: {
            ky: `Уячада формуланын катасы бар (${cell.error}): маанини текшериңиз.`,
            ru: `В ячейке ошибка формулы (${cell.error}): проверьте значение.`,
            en: `The cell holds a formula error (${cell.error}): fix the value.`,
          },
        });
      }
    }
  },
};
