/**
 * Every word the pane, the adapter and the core show exists in Kyrgyz, Russian and English: a missing or
 * empty one fails here rather than showing up blank in someone's pane.
 */
import { checkGrids } from '../../src/checks/check';
import type { Finding } from '../../src/checks/report';
import { UI_LANGUAGES, type Localized } from '../../src/order281/text';
import { buildSheetPlan } from '../../src/registers/plans';
import type { Grid, CellValue } from '../../src/registers/grid';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { toExcelActionError } from '../../src/excel';
import { STRINGS } from '../../src/taskpane/strings';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

function expectComplete(name: string, text: Localized) {
  for (const language of UI_LANGUAGES) {
    const value = text[language];
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${name} has no ${language} text`);
  }
}

describe('pane strings', () => {
  test.each(Object.entries(STRINGS))('%s is in ky, ru and en', (key, text) => {
    expectComplete(key, text);
    // A placeholder filled in one language and missing in another would show as «{sheet}».
    expect(placeholders(text.ru)).toEqual(placeholders(text.en));
    expect(placeholders(text.ky)).toEqual(placeholders(text.en));
  });

  test('the words of the guide are the ones used', () => {
    expect(STRINGS.ready).toEqual({ ky: 'Тапшырууга даяр', ru: 'Готово к представлению', en: 'Ready to submit' });
    expect(STRINGS.notReady.ky).toBe('Тапшырууга даяр эмес');
    expect(STRINGS.clearMarks).toEqual({ ky: 'Белгилерди тазалоо', ru: 'Снять отметки', en: 'Clear marks' });
    expect(STRINGS.insertForm).toEqual({ ky: 'Форманы кыстаруу', ru: 'Вставить форму', en: 'Insert the form' });
    expect(STRINGS.severityError.ky).toBe('Ката');
    expect(STRINGS.downloadTemplates.ru).toBe('Скачать форму в виде книги Excel');
  });
});

function gridOf(plan: SheetPlan): Grid {
  const values: CellValue[][] = Array.from({ length: plan.lastRow }, () => Array<CellValue>(plan.lastColumn).fill(null));
  for (const cell of plan.cells) values[cell.row - 1][cell.column - 1] = cell.value;
  return { sheet: plan.sheetName, firstRow: 1, firstColumn: 1, values, merges: plan.merges };
}

/** Data rows of a plan with text in the given column (1-based), below the header. */
function filledRows(plan: SheetPlan, column: number): number[] {
  return plan.cells.filter((c) => c.row > plan.headerRow + 1 && c.column === column && c.style === 'cell' && String(c.value).trim()).map((c) => c.row);
}

describe('finding messages from the core', () => {
  test('every finding of a register full of mistakes has its message in all three languages', () => {
    const year = 2026;
    const risks = buildSheetPlan({ kind: 'risks', language: 'ky', withSample: true, rowsPerHeading: 2, headings: ['permitting', 'services', 'control'], year });
    const positions = buildSheetPlan({ kind: 'positions', language: 'ru', withSample: true, rowsPerHeading: 2, headings: [], year });
    const a = gridOf(risks);
    const b = gridOf(positions);
    // Mistakes a person makes: a category and a level not in the lists, an emptied risk, a zero level in Appendix 2.
    const [first, second] = filledRows(risks, 4);
    if (first) {
      a.values[first - 1][4] = 'жогорку';
      a.values[first - 1][5] = 'абдан жогору';
    }
    if (second) a.values[second - 1][3] = null;
    const [p1] = filledRows(positions, 2);
    if (p1) b.values[p1 - 1][4] = 'нулевой';
    const report = checkGrids([a, b, { sheet: 'Бош', firstRow: 1, firstColumn: 1, values: [['x']] }], { today: new Date(year, 10, 26) });
    expect(report.findings.length).toBeGreaterThan(3);
    const problems = report.findings.flatMap((f: Finding) => {
      try {
        expectComplete(`${f.rule} at ${f.sheet}!${f.cell}`, f.messages);
        return f.message === f.messages.en ? [] : [`${f.rule}: message differs from messages.en`];
      } catch (e) {
        return [(e as Error).message];
      }
    });
    expect(problems).toEqual([]);
  });

  test("the adapter's error messages are in all three languages", () => {
    for (const code of ['InvalidOperationInCellEditMode', 'AccessDenied', 'Conflict', 'RequestPayloadSizeLimitExceeded', 'ItemNotFound', 'Whatever']) {
      expectComplete(code, toExcelActionError('check', { code }).messages);
    }
  });
});
