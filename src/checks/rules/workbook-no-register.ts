import type { WorkbookRule } from '../finding';
import { cellAddress } from '../../registers/grid';

/** A workbook holding neither register cannot be submitted as one (p.11). */
export const workbookNoRegister: WorkbookRule = {
  id: 'workbook.no-register',
  severity: 'error',
  paragraph: 'p.11',
  title: { ky: 'Тизме табылган жок', ru: 'Перечень не найден', en: 'No register found' },
  why: {
    ky: 'Тобокел тизмени баш сабы (Буйруктагы мамычалардын аталыштары) боюнча тааныйт; форманы кыстарыңыз же баш сапты текшериңиз.',
    ru: 'Тобокел узнаёт перечень по строке заголовков (названиям столбцов из распоряжения); вставьте форму или проверьте шапку.',
    en: "Tobokel recognises a register by its header row, the Order's column titles; insert a form or check the header.",
  },
  check({ registers, grids, report }) {
    if (registers.length > 0) return;
    const grid = grids[0];
    const row = grid?.firstRow ?? 1;
    report(grid?.sheet ?? '', {
      cell: { address: cellAddress(row, grid?.firstColumn ?? 1), row }, column: 'header',
      messages: {
        ky: 'Бул китепте 1-тиркеме же 2-тиркеме боюнча тизме табылган жок: таблицанын башы Буйруктагыдай болушу керек.',
        ru: 'В книге не найден перечень по Приложению 1 или 2: шапка таблицы должна быть как в Распоряжении.',
        en: 'No Appendix 1 or Appendix 2 register was found in this workbook: the table header must be the Order\'s.',
      },
    });
  },
};
