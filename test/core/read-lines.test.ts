/**
 * Single lines the reader must tell apart by their words or numbers: a heading's number from a row's, a
 * totals line, a note, a signature, a page's mark, the line that opens the next register. Each case pairs
 * a line that is one with a line that only looks like one.
 */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { GOOD_RISK, positionGrid, riskGrid } from '../fixtures/grids';
import { GOOD_POSITION, HEADING, risk } from '../checks/rules/helpers';
import { KY_HEADER, headingsOf, other, rowsOf, sheetOf } from './read-helpers';

/** A line of the grids above at sheet row `row`, merged from column 2 to the table's last. */
const mergedAcross = (row: number, right: number) => ({ top: row, left: 2, bottom: row, right });

describe('a heading\'s number beside its text', () => {
  it('«1.» or «1)» with a text that names no function type, not merged, over a row «2», is a row', () => {
    for (const number of ['1.', '1)']) {
      const grid = riskGrid([HEADING, [number, 'Кадрларды тандоо'], risk(2)]);
      expect(headingsOf(grid)).toEqual([HEADING]);
      expect(rowsOf(grid)).toEqual([6, 7]);
    }
  });

  it('a Roman number, with or without its stop, is a heading\'s whatever its text', () => {
    for (const number of ['II', 'IV.', 'III)']) {
      expect(headingsOf(riskGrid([HEADING, risk(1), [number, 'Кадрларды тандоо'], risk(2)]))).toEqual([HEADING, 'Кадрларды тандоо']);
    }
  });

  it('a number of two digits beside a function type is a row\'s; with a stop it is a heading\'s', () => {
    expect(headingsOf(riskGrid([HEADING, risk(11), ['12', 'Уруксат берүү функциясы']]))).toEqual([HEADING]);
    expect(headingsOf(riskGrid([HEADING, risk(11), ['12.', 'Уруксат берүү функциясы'], risk(1)]))).toEqual([HEADING, 'Уруксат берүү функциясы']);
  });

  it('a number beside an Excel error is no heading, Roman or not', () => {
    const grid = riskGrid([HEADING, risk(1), ['II', { error: '#REF!' }], risk(2)]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7, 8]);
  });

  it('a row number of two levels («1.1») merged across is a row, not a heading', () => {
    const grid: Grid = { ...riskGrid([HEADING, ['1.1', 'Кадрларды тандоо'], risk(2)]), merges: [mergedAcross(6, 8)] };
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });

  it('a Roman figure in another column than №, beside a text, is a row\'s cell', () => {
    const grid = riskGrid([HEADING, risk(1), [null, 'II', 'Жер ресурстары бөлүмү'], risk(2)]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7, 8]);
  });

  it('in Appendix 2 a numbered unit merged across names no function type, even when its words name one', () => {
    const grid: Grid = { ...positionGrid([['1.', 'Уруксат берүү функциясы'], GOOD_POSITION]), merges: [mergedAcross(5, 5)] };
    expect(readRegisters([grid])[0].headings.map((h) => [h.text, h.functionType])).toEqual([['Уруксат берүү функциясы', undefined]]);
  });
});

describe('rows numbered under a heading\'s number', () => {
  it('only a longer number that starts with the heading\'s makes it a heading: «9» over «10.» is a row', () => {
    const grid = riskGrid([HEADING, ['9', 'Кадрларды тандоо'], risk('10.')]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });

  it('the same number again under it («1» over «1.») is no row under a heading', () => {
    const grid = riskGrid([HEADING, ['1', 'Кадрларды тандоо'], risk('1.')]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });

  it('a heading under it that opens with the same number («1. Уруксат берүү функциясы») is no row of it', () => {
    const grid = riskGrid([['1', 'Кадрларды тандоо'], ['1. Уруксат берүү функциясы'], risk(2)]);
    expect(headingsOf(grid)).toEqual(['1. Уруксат берүү функциясы']);
    expect(rowsOf(grid)).toEqual([5, 7]);
  });

  it('«1)» over «1.1» is a heading', () => {
    expect(headingsOf(riskGrid([['1)', 'Кадрларды тандоо'], risk('1.1')]))).toEqual(['Кадрларды тандоо']);
  });
});

describe('headings in a register of risks without a № column', () => {
  const unitFirst = [KY_HEADER[2], KY_HEADER[1], ...KY_HEADER.slice(3)];
  const row: CellValue[] = [GOOD_RISK[1], GOOD_RISK[0], ...GOOD_RISK.slice(2)];

  it('a line in the first column, here the unit\'s, is a heading', () => {
    expect(headingsOf(sheetOf([unitFirst, [HEADING], row]))).toEqual([HEADING]);
  });

  it('a line in the function column is a heading', () => {
    const grid = sheetOf([unitFirst, [null, HEADING], row]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([3]);
  });
});

describe('the column-number row and totals', () => {
  it('a column-number row under a header of three columns is skipped', () => {
    const grid = sheetOf([['Должность', 'Служебные полномочия', 'Уровень коррупционных рисков'], [1, 2, 3], ['Бухгалтер', 'Проверка отчётов', 'Средний']]);
    expect(rowsOf(grid)).toEqual([3]);
  });

  it.each([['Всего: 12'], ['Бардыгы 5'], ['Итого'], ['ЖЫЙЫНТЫГЫ:']])('«%s» is a totals line: no heading, no row', (line) => {
    const grid = riskGrid([HEADING, risk(1), [line], risk(2)]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 8]);
  });

  it.each([['Учёт всего государственного имущества'], ['Итоговая аттестация']])('«%s» is a heading, though a totals word stands in it', (heading) => {
    expect(headingsOf(riskGrid([HEADING, risk(1), [heading], risk(2)]))).toEqual([HEADING, heading]);
  });
});

describe('the line that opens the next register', () => {
  const secondRegister = (opening: CellValue[]): Grid => riskGrid([HEADING, risk(1), [], opening, [null, null, null, null, null, null, '2026-ж. "15" март'], [], KY_HEADER, HEADING, risk(1)]);

  it('ends the table when it shares its row with the act it refers to', () => {
    const grid = secondRegister(['2-тиркеме', null, null, null, null, null, 'Министрликтин 2026-жылдын 15-мартындагы № 45 буйругуна']);
    expect(readRegisters([grid]).map((r) => r.rows.length)).toEqual([1, 1]);
  });

  it('ends the table when the approval word stands beside the head\'s post', () => {
    const grid = secondRegister(['БЕКИТЕМИН', null, null, null, null, null, 'Министр']);
    expect(readRegisters([grid]).map((r) => r.rows.length)).toEqual([1, 1]);
  });

  it('is never a numbered row, whatever its text', () => {
    const grid = positionGrid([GOOD_POSITION, [2, 'Приложение 2'], [3, 'Кассир', 'Акча кабыл алуу', 'Накталай акчаны уурдоо', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5, 6, 7]);
  });

  it('is never a line of three cells', () => {
    const grid = positionGrid([GOOD_POSITION, [null, 'Бухгалтер', 'Приложение 2', 'Орточо'], [3, 'Кассир', 'Акча кабыл алуу', 'Накталай акчаны уурдоо', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5, 6, 7]);
  });
});

describe('notes, signatures and marks are known by their first word', () => {
  it.each([
    ['Административдик эскертүү берүү функциясы'],
    ['Документтерди даярдаган'],
    ['Курулуш иштеринин аягы'],
  ])('«%s», a heading with the word inside it, is a heading and the table goes on', (heading) => {
    const grid = riskGrid([HEADING, risk(1), [heading], other(2, 'a')]);
    expect(headingsOf(grid)).toEqual([HEADING, heading]);
    expect(rowsOf(grid)).toEqual([6, 8]);
  });

  it.each([['¹² По данным отдела кадров'], ['¹⁰ жобого ылайык']])('«%s», a footnote of two figures, ends the table', (note) => {
    expect(rowsOf(riskGrid([HEADING, risk(1), [note], risk(2)]))).toEqual([6]);
  });

  it.each([['Подготовил: отдел кадров'], ['Ответственный  исполнитель: Асанова Айгуль'], ['М.П']])('«%s» is a signature line and ends the table', (line) => {
    expect(rowsOf(positionGrid([GOOD_POSITION, [line], [2, 'Кассир', 'Акча кабыл алуу', 'Накталай акчаны уурдоо', 'Орточо']]))).toEqual([5]);
  });

  it.each([['маалыматтар базасы (db_portal) аркылуу'], ['жана Алыкул уулу көчөсүндөгү жайларды ижарага берүү']])(
    'a risk going on into the next line («%s») is no signature, though it holds an underscore or «уулу»',
    (text) => {
      const grid = riskGrid([HEADING, risk(1), [null, null, null, text], other(2, 'a')]);
      expect(rowsOf(grid)).toEqual([6, 8]);
      expect(readRegisters([grid])[0].rows[0].cells.risk?.text).toBe(`${GOOD_RISK[2]} ${text}`);
    },
  );

  it.each([['Продолжение  таблицы'], ['Таблицанын уландысы']])('«%s» is a page\'s mark', (mark) => {
    const grid = riskGrid([HEADING, risk(1), [mark], other(2, 'a')]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 8]);
  });
});
