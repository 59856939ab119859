/** A small hand-built plan, so the adapter is tested on its own terms whatever the core's plans look like. */
import type { PlanStyle, PlanStyleName, SheetPlan } from '../../src/registers/sheet-plan';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { printSetup } from '../../src/registers/print-setup';

const style: PlanStyle = { wrap: true, border: true, vertical: 'top' };
const styles: Record<PlanStyleName, PlanStyle> = {
  approval: { horizontal: 'right' },
  title: { bold: true, horizontal: 'center', fontSize: 14 },
  bodyName: { italic: true, horizontal: 'center' },
  header: { ...style, bold: true, horizontal: 'center', fill: '#D9E1F2' },
  heading: { ...style, bold: true },
  cell: style,
  number: { ...style, horizontal: 'center' },
  footnote: { italic: true, fontSize: 9 },
};

/** Appendix 2's header as the Order prints it: the reader must recognise it, so it is the core's own text. */
export const HEADERS = TEMPLATE_TEXT.positions.ky.header;
export const LEVELS = ['төмөнкү', 'орточо', 'жогорку'];

export function handPlan(sheetName = 'Тизме 2'): SheetPlan {
  const headerRow = 3;
  const columnWidths = [6, 30, 40, 40, 18];
  const cells: SheetPlan['cells'] = [
    { row: 1, column: 1, value: 'Коррупциогендик кызмат орундарынын ТИЗМЕГИ', style: 'title' },
    ...HEADERS.map((value, i) => ({ row: headerRow, column: i + 1, value, style: 'header' as const })),
    { row: 4, column: 1, value: 1, style: 'number' },
    { row: 4, column: 2, value: 'Бөлүм башчысы', style: 'cell' },
  ];
  return {
    kind: 'positions',
    language: 'ky',
    sheetName,
    columnWidths,
    cells,
    blocks: [
      { top: 1, left: 1, bottom: 1, right: 5, style: 'title' },
      { top: headerRow, left: 1, bottom: headerRow, right: 5, style: 'header' },
      { top: 4, left: 1, bottom: 8, right: 5, style: 'cell' },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
    rowHeights: [{ row: headerRow, height: 48 }],
    writingRows: [{ top: 5, bottom: 8, height: 54 }],
    validations: [
      {
        area: { top: 4, left: 5, bottom: 8, right: 5 },
        list: 'levels',
        alert: 'stop',
        prompt: { title: 'Деңгээл', message: 'Тизмеден тандаңыз' },
        error: { title: 'Маани тизмеде жок', message: 'төмөнкү, орточо же жогорку' },
      },
    ],
    lists: [{ name: 'levels', values: LEVELS }],
    headerRow,
    freezeRows: headerRow,
    lastRow: 8,
    lastColumn: 5,
    print: printSetup('positions', 'ky', columnWidths, headerRow),
    styles,
  };
}
