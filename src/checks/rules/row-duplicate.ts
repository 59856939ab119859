import { cellKey } from '../cell-words';
import type { RegisterColumn } from '../../registers/kinds';
import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';

/** What makes two rows the same entry. */
const IDENTITY: Record<'risks' | 'positions', [RegisterColumn, RegisterColumn, RegisterColumn]> = {
  risks: ['function', 'unit', 'risk'],
  positions: ['position', 'powers', 'risk'],
};

/** The same risk or position entered twice. */
export const rowDuplicate: RegisterRule = {
  id: 'row.duplicate',
  severity: 'warning',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Кайталанган сап', ru: 'Повторяющаяся строка', en: 'Duplicate row' },
  why: {
    ky: 'Бир эле тобокелдиктин эки жолу жазылышы тизмени чоңойтуп, кайсы сап учурдагы экенин жашырат.',
    ru: 'Повтор одного и того же риска раздувает перечень и скрывает, какая строка актуальна.',
    en: 'The same risk twice inflates the register and hides which row is current.',
  },
  check({ register, report }) {
    // Nested by column rather than one joined key: each cell's folded text is hashed once, and no long
    // joined string is built per row.
    const first = new Map<string, Map<string, Map<string, number>>>();
    const [a, b, c] = IDENTITY[register.kind];
    for (const row of register.rows) {
      const keys = [cellKey(row.cells[a]), cellKey(row.cells[b]), cellKey(row.cells[c])];
      if (keys.every((key) => key === '')) continue;
      let second = first.get(keys[0]);
      if (!second) first.set(keys[0], (second = new Map()));
      let third = second.get(keys[1]);
      if (!third) second.set(keys[1], (third = new Map()));
      const earlier = third.get(keys[2]);
      if (earlier === undefined) {
        third.set(keys[2], row.row);
        continue;
      }
      report({
        cell: row.cells.risk ?? Object.values(row.cells)[0]!, column: 'risk',
        messages: {
          ky: `Бул сап ${earlier}-сапты кайталайт.`,
          ru: `Эта строка повторяет строку ${earlier}.`,
          en: `This row repeats row ${earlier}.`,
        },
      });
    }
  },
};
