import type { RegisterRule } from '../finding';
import { firstHeaderCell } from '../../registers/model';

/** A register with a header and no rows (a fresh template) is not a register yet (p.11). */
export const registerEmpty: RegisterRule = {
  id: 'register.empty',
  severity: 'error',
  paragraph: 'p.11',
  title: { ky: 'Тизме бош', ru: 'Перечень пуст', en: 'Empty register' },
  why: {
    ky: '11-пункт боюнча орган тизмени түзүп, бекитет: бир да сабы жок тизмени тапшырууга болбойт.',
    ru: 'По пункту 11 орган составляет и утверждает перечень: перечень без единой строки представить нельзя.',
    en: 'Paragraph 11 has the body draw up and approve the register: a register without a single row cannot be submitted.',
  },
  check({ register, report }) {
    if (register.rows.length > 0) return;
    const emptyRow = register.emptyNumberedRows[0];
    report({
      cell: emptyRow ?? firstHeaderCell(register), column: emptyRow ? 'number' : 'header',
      messages: {
        ky: 'Тизмеде бир да сап жок: тапшыруудан мурун саптарды толтуруңуз.',
        ru: 'В перечне нет ни одной строки: заполните строки перед представлением.',
        en: 'The register has no rows yet: fill them in before submitting it.',
      },
    });
  },
};
