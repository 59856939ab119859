import { buildSheetPlan } from '../../src/registers/plans';
import { defaultTemplateOptions } from '../../src/registers/template-options';
import { SAMPLE_POSITIONS, SAMPLE_RISKS } from '../../src/registers/samples';
import { APPENDIX_1_FORM_HEADER, APPENDIX_1_SAMPLE_ROW, APPENDIX_2_FORM_HEADER, APPENDIX_2_SAMPLE_ROWS } from '../fixtures/order-samples';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { checkGrids } from '../../src/checks/check';
import type { CellValue, Grid } from '../../src/registers/grid';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { TODAY } from '../fixtures/grids';

/** What a spreadsheet would show after rendering a plan: its values, with merges. */
function planGrid(plan: SheetPlan): Grid {
  const values: CellValue[][] = Array.from({ length: plan.lastRow }, () => Array<CellValue>(plan.lastColumn).fill(null));
  for (const cell of plan.cells) values[cell.row - 1][cell.column - 1] = cell.value;
  return { sheet: plan.sheetName, firstRow: 1, firstColumn: 1, values, merges: plan.merges };
}

describe('sheet plans', () => {
  it('print the Order\'s Appendix 1 header verbatim in the header row, the form\'s two headings and the footnotes', () => {
    const plan = buildSheetPlan(defaultTemplateOptions('risks', 'ky', 2026));
    const header = plan.cells.filter((c) => c.row === plan.headerRow).map((c) => c.value);
    expect(header).toEqual(TEMPLATE_TEXT.risks.ky.header);
    expect(header[5]).toBe('Коррупциялык тобокелдиктин деңгээли (нөлдүк, төмөнкү, орточо нөлдүк)');
    const texts = plan.cells.map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Бекитемин', '2026-ж. " _ " _____', 'Уруксат берүү функциясы', 'Кызмат көрсөтүү функциясы', TEMPLATE_TEXT.risks.ky.footnotes[1]]));
    expect(plan.freezeRows).toBe(plan.headerRow);
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { first: plan.headerRow, last: plan.headerRow } });
  });

  it('give Appendix 1 dropdowns: categories and zero/low/medium/high stop others, function headings only warn', () => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions('risks', 'ky', 2026), rowsPerHeading: 3 });
    const lists = Object.fromEntries(plan.lists.map((l) => [l.name, l.values]));
    expect(lists.categories_ky).toEqual(['Системалуу (реалдуу)', 'Потенциалдуу', 'Кырдаалдык']);
    expect(lists.riskLevels_ky).toEqual(['Нөлдүк', 'Төмөнкү', 'Орточо', 'Жогорку']);
    const byList = (name: string) => plan.validations.filter((v) => v.list === name);
    expect(byList('categories_ky').map((v) => [v.area.left, v.area.bottom - v.area.top + 1, v.alert])).toEqual([[5, 3, 'stop'], [5, 3, 'stop']]);
    expect(byList('functions_ky').every((v) => v.alert === 'warning')).toBe(true);
    for (const v of plan.validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.error.message.length).toBeLessThanOrEqual(225);
    }
  });

  it('give Appendix 2 only high/medium/low, in Russian for a Russian template', () => {
    const plan = buildSheetPlan(defaultTemplateOptions('positions', 'ru', 2026));
    expect(plan.lists).toEqual([{ name: 'positionLevels_ru', values: ['Высокий', 'Средний', 'Низкий'] }]);
    expect(plan.cells.map((c) => c.value)).toEqual(expect.arrayContaining(['УТВЕРЖДАЮ', '(наименование государственного органа)']));
    expect(plan.sheetName).toBe('Приложение 2');
  });

  it.each([['risks', 'ky'], ['risks', 'ru'], ['positions', 'ky'], ['positions', 'ru']] as const)(
    'read back (%s, %s) as the register they plan, with findings only about its empty rows',
    (kind, language) => {
      const plan = buildSheetPlan({ ...defaultTemplateOptions(kind, language, 2026), rowsPerHeading: 2 });
      const report = checkGrids([planGrid(plan)], { today: TODAY });
      expect(report.registers).toEqual([expect.objectContaining({ kind, language, headerRow: plan.headerRow, rows: 0 })]);
      expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(['register.empty', 'row.empty-numbered']));
      expect(report.summary.ready).toBe(false);
    },
  );

  it('with the Order\'s sample rows, read back with no errors and the sample flagged', () => {
    for (const kind of ['risks', 'positions'] as const) {
      const plan = buildSheetPlan({ ...defaultTemplateOptions(kind, 'ky', 2026), withSample: true, rowsPerHeading: 0 });
      const report = checkGrids([planGrid(plan)], { today: TODAY });
      expect(report.summary.errors).toBe(0);
      expect(report.flags.length).toBe(kind === 'risks' ? 1 : 2);
    }
  });

  it('never put two values in one cell and keep every cell inside the planned area', () => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions('risks', 'ru', 2026), withSample: true, headings: ['control', 'permitting', 'normMaking'] });
    const seen = new Set(plan.cells.map((c) => `${c.row}:${c.column}`));
    expect(seen.size).toBe(plan.cells.length);
    expect(plan.cells.every((c) => c.row <= plan.lastRow && c.column <= plan.lastColumn)).toBe(true);
    expect(plan.cells.filter((c) => c.style === 'heading').map((c) => c.value)).toEqual(['Контрольно-надзорная функция', 'Разрешительная функция', 'Нормотворческая функция']);
  });
});

describe('row heights', () => {
  it('make the header tall enough for its longest wrapped title, and leave short rows alone', () => {
    const plan = buildSheetPlan({ ...defaultTemplateOptions('risks', 'ky', 2026), withSample: true });
    const height = (row: number) => plan.rowHeights.find((h) => h.row === row)?.height ?? 0;
    // Column 7's question, 121 characters in bold over a width of 34, takes at least five lines of 15 points.
    expect(height(plan.headerRow)).toBeGreaterThanOrEqual(5 * 15);
    const sampleRow = plan.headerRow + 2;
    expect(height(sampleRow)).toBeGreaterThanOrEqual(4 * 15);
    expect(height(1)).toBe(0);
    expect(height(sampleRow + 1)).toBe(0);
  });

  it('count a merged line over the whole width it spans: a footnote that fits across the table needs no height', () => {
    const plan = buildSheetPlan(defaultTemplateOptions('risks', 'ru', 2026));
    // 65 characters: many lines in column 1 alone, one across the merged line.
    const footnoteRow = plan.cells.find((c) => c.value === TEMPLATE_TEXT.risks.ru.footnotes[0])!.row;
    expect(plan.rowHeights.find((h) => h.row === footnoteRow)).toBeUndefined();
  });
});

describe('the template text and samples', () => {
  it('are the Order\'s, as typed independently from the source into the test fixtures', () => {
    expect(TEMPLATE_TEXT.risks.ky.header).toEqual(APPENDIX_1_FORM_HEADER);
    expect(TEMPLATE_TEXT.positions.ky.header).toEqual(['№', ...APPENDIX_2_FORM_HEADER]);
    const [risk] = SAMPLE_RISKS.ky;
    expect([1, risk.function, risk.unit, risk.risk, risk.category, risk.level, risk.scope, '']).toEqual(APPENDIX_1_SAMPLE_ROW);
    // The Order prints the second position's risk over two rows; the template keeps it in one cell.
    const [first, second, continued] = APPENDIX_2_SAMPLE_ROWS;
    const joined = [first, [...second.slice(0, 3), `${second[3]} ${continued[3]}`, second[4]]];
    expect(SAMPLE_POSITIONS.ky.map((p, i) => [i + 1, p.position, p.powers, p.risk, p.level])).toEqual(joined);
  });
});
