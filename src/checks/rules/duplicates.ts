/** The same risk or position entered twice. */
import { cellKey } from '../cell-words';
import type { RegisterColumn } from '../../registers/kinds';
import { appendixOf } from '../columns';
import type { Rule } from '../finding';

const IDENTITY: Record<'risks' | 'positions', RegisterColumn[]> = {
  risks: ['function', 'unit', 'risk'],
  positions: ['position', 'powers', 'risk'],
};

export const noDuplicates: Rule = ({ register, report }) => {
  const first = new Map<string, number>();
  for (const row of register.rows) {
    const parts = IDENTITY[register.kind].map((column) => cellKey(row.cells[column]));
    if (parts.every((part) => part === '')) continue;
    const key = parts.join('\u0001');
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, row.row);
      continue;
    }
    const cell = row.cells.risk ?? Object.values(row.cells)[0]!;
    report({
      cell, column: 'risk', severity: 'warning', rule: 'row.duplicate', paragraph: appendixOf(register.kind),
      messages: {
        ky: `Бул сап ${earlier}-сапты кайталайт.`,
        ru: `Эта строка повторяет строку ${earlier}.`,
        en: `This row repeats row ${earlier}.`,
      },
    });
  }
};
