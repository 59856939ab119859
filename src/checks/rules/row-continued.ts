import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import { ROW_PLACE_WHY } from './shared/function-list';

/** Text carried on into the next rows reads, but sorting or filtering would tear the entry apart. */
export const rowContinued: RegisterRule = {
  id: 'row.continued',
  severity: 'info',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Текст бир нече сапта', ru: 'Текст на нескольких строках', en: 'Text over several rows' },
  why: ROW_PLACE_WHY,
  check({ register, report }) {
    for (const row of register.rows) {
      if (row.continuation.length === 0) continue;
      const cell = row.cells.risk ?? row.cells.powers ?? Object.values(row.cells)[0]!;
      const rows = row.continuation.join(', ');
      report({
        cell, column: cell === row.cells.powers ? 'powers' : 'risk',
        messages: {
          ky: `Бул саптын тексти ${rows}-саптарда уланат; аны бир уячада сактаңыз, ошондо иреттөө жана чыпкалоо сапты бөлбөйт.`,
          ru: `Текст этой строки продолжается в строках ${rows}; держите его в одной ячейке, чтобы сортировка и фильтр не разрывали запись.`,
          en: `This row's text continues in rows ${rows}; keep it in one cell so sorting and filtering do not split the entry.`,
        },
      });
    }
  },
};
