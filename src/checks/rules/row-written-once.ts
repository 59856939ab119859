import { appendixOf, COLUMN_LABELS } from '../columns';
import type { RegisterRule } from '../finding';
import type { RegisterRow } from '../../registers/model';

/**
 * A function and unit written once for the risks under them, the cells below left blank and not merged:
 * read as written for each, but sorting or filtering would part a risk from its function.
 */
export const rowWrittenOnce: RegisterRule = {
  id: 'row.written-once',
  severity: 'info',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Функция бир жолу жазылган', ru: 'Функция записана один раз', en: 'Function written once' },
  why: {
    ky: '1-тиркеменин ар бир сабы өз функциясын жана бөлүмүн айтат; бош уяча жогорудагы саптан окулат, бирок иреттөөдө же чыпкалоодо тобокелдик функциясынан ажырайт.',
    ru: 'Каждая строка Приложения 1 называет свою функцию и подразделение; пустая ячейка читается по строке выше, но при сортировке или фильтре риск отрывается от своей функции.',
    en: 'Each row of Appendix 1 names its function and unit; a blank cell is read from the row above, but sorting or filtering parts the risk from its function.',
  },
  check({ register, report }) {
    const rows = register.rows;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].writtenAbove.length === 0 || rows[i - 1]?.writtenAbove.length) continue;
      const group = [rows[i]];
      while (i + 1 < rows.length && sameColumns(rows[i + 1], rows[i])) group.push(rows[++i]);
      const [first] = group;
      const column = first.writtenAbove[0];
      const numbers = group.map((row) => row.row).join(', ');
      const one = group.length === 1;
      const names = (language: 'ky' | 'ru' | 'en') => first.writtenAbove.map((key) => `«${COLUMN_LABELS[key][language]}»`).join(', ');
      report({
        cell: first.cells[column]!, column,
        messages: one ? {
          ky: `${names('ky')}: ${numbers}-сапта бош, жогорудагы саптан окулду; ар бир сапка кайталаңыз же уячаларды бириктириңиз.`,
          ru: `${names('ru')}: в строке ${numbers} пусто, прочитано по строке выше; повторите в каждой строке или объедините ячейки.`,
          en: `${names('en')}: blank in row ${numbers}, read from the row above; repeat it in each row or merge the cells.`,
        } : {
          ky: `${names('ky')}: ${numbers}-саптарда бош, жогорудагы саптан окулду; ар бир сапка кайталаңыз же уячаларды бириктириңиз.`,
          ru: `${names('ru')}: в строках ${numbers} пусто, прочитано по строке выше; повторите в каждой строке или объедините ячейки.`,
          en: `${names('en')}: blank in rows ${numbers}, read from the row above; repeat it in each row or merge the cells.`,
        },
      });
    }
  },
};

function sameColumns(row: RegisterRow, previous: RegisterRow): boolean {
  return row.writtenAbove.length === previous.writtenAbove.length && row.writtenAbove.every((key, i) => previous.writtenAbove[i] === key);
}
