import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';

/** A fresh template has runs of empty numbered rows: one finding per run says it once, not once a row. */
export const rowEmptyNumbered: RegisterRule = {
  id: 'row.empty-numbered',
  severity: 'warning',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Бош номурланган сап', ru: 'Пустая пронумерованная строка', en: 'Empty numbered row' },
  why: {
    ky: 'Номери бар бош сап формадан калган: аны толтуруңуз же өчүрүңүз.',
    ru: 'Пронумерованная пустая строка осталась от формы: заполните или удалите её.',
    en: 'A numbered row with nothing in it is left over from the form: fill it in or delete it.',
  },
  check({ register, report }) {
    const cells = register.emptyNumberedRows;
    for (let start = 0; start < cells.length;) {
      let end = start;
      while (end + 1 < cells.length && cells[end + 1].row === cells[end].row + 1) end++;
      const first = cells[start];
      const last = cells[end];
      report({
        cell: first, column: 'number',
        range: first === last ? undefined : `${first.address}:${last.address}`,
        messages: first === last
          ? {
            ky: 'Номурланган сап бош: толтуруңуз же өчүрүңүз.',
            ru: 'Пронумерованная строка пуста: заполните или удалите её.',
            en: 'A numbered row is empty: fill it in or delete it.',
          }
          : {
            ky: `${first.row}–${last.row}-саптар номурланган, бирок бош: толтуруңуз же өчүрүңүз.`,
            ru: `Строки ${first.row}–${last.row} пронумерованы, но пусты: заполните или удалите их.`,
            en: `Rows ${first.row}–${last.row} are numbered but empty: fill them in or delete them.`,
          },
      });
      start = end + 1;
    }
  },
};
