import { COLUMN_LABELS, REQUIRED_COLUMNS, REQUIRED_PLACES, requiredColumnParagraph } from '../columns';
import type { RegisterRule } from '../finding';

/** The cells the form requires, each resting on its own footnote (Appendix 1 *, **; Appendix 2 *–****) or p.4. */
export const requiredEmpty: RegisterRule = {
  id: 'required.empty',
  severity: 'error',
  paragraph: requiredColumnParagraph,
  places: REQUIRED_PLACES,
  title: { ky: 'Милдеттүү уяча толтурулган эмес', ru: 'Не заполнена обязательная ячейка', en: 'Required cell is empty' },
  why: {
    ky: 'Саптын ар бир мамычасы Буйрук талап кылган нерсени камтыйт: функция, бөлүм, тобокелдик, анын категориясы жана деңгээли.',
    ru: 'Каждый столбец строки содержит то, что требует распоряжение: функцию, подразделение, риск, его категорию и уровень.',
    en: 'Each column of a row holds something the Order asks for: the function, the unit, the risk, its category and level.',
  },
  check({ register, report }) {
    for (const row of register.rows) {
      for (const { column } of REQUIRED_COLUMNS[register.kind]) {
        const cell = row.cells[column];
        // A formula error is an error of its own (cell.error-value), not an empty cell.
        if (!cell || cell.text !== '' || cell.error) continue;
        const label = COLUMN_LABELS[column];
        report({
          cell, column,
          messages: {
            ky: `Милдеттүү уяча толтурулган эмес: ${label.ky}.`,
            ru: `Не заполнена обязательная ячейка: ${label.ru}.`,
            en: `Required cell is empty: ${label.en}.`,
          },
        });
      }
    }
  },
};
