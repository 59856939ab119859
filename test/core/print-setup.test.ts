import { buildSheetPlan } from '../../src/registers/plans';
import { defaultTemplateOptions } from '../../src/registers/template-options';
import { A4_LANDSCAPE, columnPointsAtMost, minimumFitScale, MIN_PRINTED_POINTS, mm, pageFooter, WRITING_SPACE_MM, writingRowHeight } from '../../src/registers/print-setup';
import type { PlanStyleName } from '../../src/registers/sheet-plan';

const FOOTNOTE_STYLES = new Set<PlanStyleName>(['footnote', 'bodyName']);
const TEMPLATES = [['risks', 'ky'], ['risks', 'ru'], ['positions', 'ky'], ['positions', 'ru']] as const;

describe('print setup', () => {
  it.each(TEMPLATES)('keeps the %s (%s) form\'s type readable on paper at the smallest scale fit-to-width can reach', (kind, language) => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions(kind, language, 2026), rowsPerHeading: 3 });
    const scale = plan.print.minimumScale / 100;
    expect(plan.print.minimumScale).toBe(minimumFitScale(plan.columnWidths));
    for (const [name, style] of Object.entries(plan.styles) as Array<[PlanStyleName, { fontSize?: number }]>) {
      const printed = (style.fontSize ?? 11) * scale;
      expect({ name, printed: printed >= (FOOTNOTE_STYLES.has(name) ? MIN_PRINTED_POINTS.footnote : MIN_PRINTED_POINTS.body) }).toEqual({ name, printed: true });
    }
    // And the table, at that scale, fits between the margins.
    const width = plan.columnWidths.reduce((sum, w) => sum + columnPointsAtMost(w), 0) * scale;
    expect(width).toBeLessThanOrEqual(A4_LANDSCAPE.width - plan.print.margins.left - plan.print.margins.right);
  });

  it.each(TEMPLATES)('makes every blank numbered row of the %s (%s) form two handwritten lines tall on paper', (kind, language) => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions(kind, language, 2026), rowsPerHeading: 4 });
    const blankNumbered = plan.cells
      .filter((cell) => cell.style === 'number' && typeof cell.value === 'number')
      .filter((cell) => !plan.cells.some((other) => other.row === cell.row && other.column > 1))
      .map((cell) => cell.row);
    const covered = plan.writingRows.flatMap(({ top, bottom }) => Array.from({ length: bottom - top + 1 }, (_, i) => top + i));
    expect(covered).toEqual(blankNumbered);
    expect(blankNumbered.length).toBe(kind === 'risks' ? 8 : 4);
    for (const run of plan.writingRows) expect((run.height * plan.print.minimumScale) / 100).toBeGreaterThanOrEqual(mm(WRITING_SPACE_MM));
  });

  it('leaves the Order\'s filled sample rows to the wrapped-text estimate, not to writing height', () => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions('positions', 'ky', 2026), withSample: true, rowsPerHeading: 0 });
    expect(plan.writingRows).toEqual([]);
  });

  it('shrinks less as the table narrows, never enlarges, and sizes writing rows for the scale', () => {
    expect(minimumFitScale([10])).toBe(100);
    expect(minimumFitScale([100, 100])).toBeLessThan(minimumFitScale([100, 50]));
    expect(writingRowHeight(100)).toBeGreaterThanOrEqual(mm(WRITING_SPACE_MM));
    expect(writingRowHeight(50)).toBeGreaterThanOrEqual(2 * mm(WRITING_SPACE_MM));
    expect(writingRowHeight(50)).toBeLessThan(2.2 * mm(WRITING_SPACE_MM));
  });

  it('numbers pages in the register\'s language and names the appendix', () => {
    expect(pageFooter('risks', 'ky')).toEqual({ left: '1-тиркеме', center: '&N беттин &P-бети', right: '' });
    expect(pageFooter('positions', 'ru')).toEqual({ left: 'Приложение 2', center: 'Страница &P из &N', right: '' });
  });

  it('repeats the header row on every page and centres the table on A4 landscape', () => {
    const plan = buildSheetPlan(defaultTemplateOptions('positions', 'ru', 2026));
    expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: true, centerHorizontally: true, repeatRows: { first: plan.headerRow, last: plan.headerRow } });
  });
});
