import { cellHash, cellKey, sameWords } from '../cell-words';
import type { CellText, RegisterRow } from '../../registers/model';
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
    // Rows are told apart by the hashes of their three cells' words; only rows whose hashes agree are
    // compared word for word. No key string is built per row.
    const [a, b, c] = IDENTITY[register.kind];
    const { rows } = register;
    /** The latest first row of each hash; rows with the same hash but other words are chained behind it. */
    const latest = new Map<number, number>();
    const chained = new Int32Array(rows.length).fill(-1);
    const same = (one: RegisterRow, other: RegisterRow) => sameWords(one.cells[a], other.cells[a]) && sameWords(one.cells[b], other.cells[b]) && sameWords(one.cells[c], other.cells[c]);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const hash = (Math.imul(Math.imul(cellHash(row.cells[a]), 31) ^ cellHash(row.cells[b]), 31) ^ cellHash(row.cells[c])) & 0x3fffffff;
      if (isBlank(row.cells[a]) && isBlank(row.cells[b]) && isBlank(row.cells[c])) continue;
      const head = latest.get(hash) ?? -1;
      let earlier = head;
      while (earlier >= 0 && !same(rows[earlier], row)) earlier = chained[earlier];
      if (earlier < 0) {
        chained[i] = head;
        latest.set(hash, i);
        continue;
      }
      report({
        cell: row.cells.risk ?? Object.values(row.cells)[0]!, column: 'risk',
        messages: {
          ky: `Бул сап ${rows[earlier].row}-сапты кайталайт.`,
          ru: `Эта строка повторяет строку ${rows[earlier].row}.`,
          en: `This row repeats row ${rows[earlier].row}.`,
        },
      });
    }
  },
};

/** A cell with no words: the hash of its words rules most cells out before the words are written out. */
function isBlank(cell: CellText | undefined): boolean {
  return cellHash(cell) === EMPTY_HASH && cellKey(cell) === '';
}

const EMPTY_HASH = cellHash(undefined);
