import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import type { RegisterColumn } from '../../registers/kinds';

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
      // The reader gives every column of a row a cell, empty or not. A key loop, not Object.entries: this
      // runs over every cell of the register and almost none holds an error.
      for (const key in row.cells) {
        const column = key as RegisterColumn;
        const cell = row.cells[column]!;
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
