/**
 * Where the reader finds the approval block and its date: which words open it, how far above the header
 * and how far below the word it looks, which side of a «КЕЛИШИЛДИ / СОГЛАСОВАНО» block it reads first, and
 * what a date cell, an Excel serial or a blank line gives.
 */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { GOOD_RISK } from '../fixtures/grids';
import { HEADING, risk } from '../checks/rules/helpers';

const KY_HEADER = TEMPLATE_TEXT.risks.ky.header;
const BODY: CellValue[][] = [['Уруксат берүү функциясы'], [1, ...GOOD_RISK]];

/** A sheet with `above` over the Kyrgyz Appendix 1 header, and one heading and row under it. */
function sheet(above: CellValue[][]): Grid {
  return { sheet: 'S', firstRow: 1, firstColumn: 1, values: [...above, KY_HEADER, ...BODY] };
}

const approvalOf = (above: CellValue[][]) => readRegisters([sheet(above)])[0].approval;
const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => []);

describe('the approval word', () => {
  it.each([
    ['Бекитемин'], ['БЕКИТЕМИН:'], ['Бекитилген'], ['УТВЕРЖДАЮ'], ['Утверждено'], ['УТВЕРЖДЕН'],
    ['Министрдин буйругу менен бекитилген'], ['Өкмөттүн токтому менен бекитилген'], ['Коллегиянын чечими менен бекитилген'],
  ])('«%s» opens the approval block', (word) => {
    const approval = approvalOf([[null, null, null, null, null, word], [null, null, null, null, null, '2026-ж. "15" март']]);
    expect(approval?.cell.address).toBe('F1');
    expect(approval?.date).toBe('2026-03-15');
  });

  it('opens a cell that goes on with the head\'s post and name', () => {
    const approval = approvalOf([['Бекитемин: министр А. Асанов'], ['2026-ж. "15" март']]);
    expect(approval?.cell.address).toBe('A1');
    expect(approval?.date).toBe('2026-03-15');
  });

  it.each([['У Т В Е Р Ж Д А Ю'], ['Б Е К И Т Е М И Н'], ['у т в е р ж д а ю:']])('«%s», spaced out as stamps print it, opens the block', (word) => {
    const approval = approvalOf([[null, null, null, null, null, word], [null, null, null, null, null, '«15» марта 2024 г.']]);
    expect(approval?.cell.address).toBe('F1');
    expect(approval?.date).toBe('2024-03-15');
  });

  it('is not the caption that cites the Order the form comes from: the body\'s own approval below it is read', () => {
    const ky = approvalOf([
      [null, null, null, null, null, 'Кыргыз Республикасынын Премьер-министринин 2016-жылдын 18-майындагы № 281 буйругу менен бекитилген Методикалык колдонмого 1-тиркеме'],
      [], [null, null, null, null, null, 'Бекитемин'], [null, null, null, null, null, 'Министр ____ А. Асанов'], [null, null, null, null, null, '2024-ж. "15" март'],
    ]);
    expect(ky?.cell.address).toBe('F3');
    expect(ky?.date).toBe('2024-03-15');
    const ru = approvalOf([
      [null, null, null, null, null, 'Приложение 1'], [null, null, null, null, null, 'к Методическому руководству,'],
      [null, null, null, null, null, 'утвержденному распоряжением Премьер-министра КР от 18 мая 2016 года № 281'],
      [], [null, null, null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, null, null, 'Министр'], [null, null, null, null, null, '«15» марта 2024 г.'],
    ]);
    expect(ru?.cell.address).toBe('F5');
    expect(ru?.date).toBe('2024-03-15');
  });

  it('a caption citing the Order with no approval of the body\'s own is no approval block', () => {
    expect(approvalOf([['Приложение 1 к Методическому руководству, утвержденному распоряжением Премьер-министра КР от 18 мая 2016 года № 281']])).toBeUndefined();
  });

  it('is not any line above the header: a title or «Согласовано» alone opens no block', () => {
    expect(approvalOf([['СОГЛАСОВАНО'], ['«15» марта 2026 г.'], ['Коррупциялык тобокелдиктердин ТИЗМЕГИ']])).toBeUndefined();
  });

  it('is looked for up to 25 rows above the header, no further', () => {
    const at = (gap: number) => approvalOf([['Бекитемин'], ['2026-ж. "15" март'], ...blank(gap)]);
    // The word stands 2 + gap rows above the header: a title and a working group's members may come between.
    expect(at(23)?.date).toBe('2026-03-15');
    expect(at(24)).toBeUndefined();
  });
});

describe('the approval date', () => {
  it('may share the approval word\'s cell, after the head\'s post', () => {
    const approval = approvalOf([[null, null, null, null, 'УТВЕРЖДАЮ\nМинистр финансов\n«15» марта 2024 г.']]);
    expect(approval?.date).toBe('2024-03-15');
    expect(approval?.dateCell?.address).toBe('E1');
  });

  it('is read on the lines under the word, past the head\'s post', () => {
    const approval = approvalOf([['Бекитемин'], ['Министр'], ['2026-ж. "15" март']]);
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('A3');
  });

  it('may stand beside the word on its row, but not left of it', () => {
    expect(approvalOf([[null, 'Бекитемин', '2026-ж. "15" март']])?.date).toBe('2026-03-15');
    expect(approvalOf([['2025-ж. "1" май', 'Бекитемин'], [null, '2026-ж. "15" март']])?.date).toBe('2026-03-15');
  });

  it('is the one under the approval word, not the one of «КЕЛИШИЛДИ» on the left', () => {
    const approval = approvalOf([
      ['КЕЛИШИЛДИ', null, null, null, null, 'БЕКИТЕМИН'],
      ['Юстиция министрлиги', null, null, null, null, 'Министр'],
      ['2025-ж. "1" май', null, null, null, null, '2026-ж. "15" март'],
    ]);
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('F3');
  });

  it('is taken from the left when the approval\'s side has none', () => {
    const approval = approvalOf([[null, null, null, 'Бекитемин'], ['2026-ж. "15" март']]);
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('A2');
  });

  it('is looked for up to 8 rows under the word, past the post, name and signature, no further', () => {
    const at = (gap: number) => approvalOf([['Бекитемин'], ...blank(gap), ['2026-ж. "15" март']]);
    expect(at(7)?.date).toBe('2026-03-15');
    expect(at(8)?.date).toBeUndefined();
    expect(at(8)?.cell.address).toBe('A1');
  });

  it('is not looked for in the header row or below it', () => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [['Бекитемин'], KY_HEADER, ['2026-ж. "15" март'], ...BODY] };
    expect(readRegisters([grid])[0].approval?.date).toBeUndefined();
  });

  it('is read from a date cell as Excel shows it, and from an Excel serial as Office.js hands it over', () => {
    expect(approvalOf([['Бекитемин'], [new Date(Date.UTC(2026, 2, 15))]])?.date).toBe('2026-03-15');
    const serial = approvalOf([['Бекитемин'], [46096]]);
    expect(serial?.date).toBe('2026-03-15');
    expect(serial?.dateCell?.address).toBe('A2');
  });

  it('a blank date line is where the date belongs, and gives no date', () => {
    const approval = approvalOf([['Бекитемин'], ['Министр'], ['2026-ж. " _ " _____']]);
    expect(approval?.date).toBeUndefined();
    expect(approval?.dateCell?.address).toBe('A3');
  });

  it('a date further down wins over a blank line above it', () => {
    const approval = approvalOf([['Бекитемин'], ['2026-ж. " _ " _____'], ['2026-ж. "15" март']]);
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('A3');
  });

  it('a blank date line is not filled in by the date of the working group\'s protocol or of the title under it', () => {
    for (const under of ['Рассмотрен на заседании рабочей группы (протокол от 01.03.2024 № 2)', 'Перечень коррупционных рисков по состоянию на 01.03.2024', '01.03.2024-жылдагы абалы боюнча']) {
      const approval = approvalOf([['УТВЕРЖДАЮ'], ['Министр ___________ А. Асанов'], ['« __ » ______ 2024 г.'], [under]]);
      expect(approval?.date).toBeUndefined();
      expect(approval?.dateCell?.address).toBe('A3');
    }
  });

  it('a date line left blank in the approval word\'s own cell is where the date belongs', () => {
    const approval = approvalOf([['УТВЕРЖДАЮ\nМинистр ______ А. Асанов\n« __ » ______ 2024 г.'], ['Перечень коррупционных рисков по состоянию на 01.03.2024']]);
    expect(approval?.date).toBeUndefined();
    expect(approval?.dateCell?.address).toBe('A1');
  });

  it('the protocol\'s date is not the approval\'s, with no date line at all', () => {
    const approval = approvalOf([['УТВЕРЖДАЮ'], ['Министр А. Асанов'], ['Рассмотрен на заседании рабочей группы (протокол от 01.03.2024 № 2)']]);
    expect(approval?.date).toBeUndefined();
  });

  it('is read from a line typed over several cells', () => {
    const approval = approvalOf([[null, null, null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, null, null, 'Министр'], [null, null, null, null, null, '«15»', 'марта', '2024 г.']]);
    expect(approval?.date).toBe('2024-03-15');
    expect(approval?.dateCell?.address).toBe('F3');
  });

  it('a date line merged across from left of the approval word is the approval\'s, not «СОГЛАСОВАНО»\'s on the left', () => {
    const grid: Grid = {
      sheet: 'S', firstRow: 1, firstColumn: 1,
      values: [
        [null, 'СОГЛАСОВАНО', null, null, null, null, 'УТВЕРЖДАЮ'],
        [null, '«1» февраля 2024 г.', null, null, null, null, 'Министр'],
        [null, null, null, null, null, '«15» марта 2024 г.'],
        KY_HEADER, ...BODY,
      ],
      merges: [{ top: 1, left: 7, bottom: 1, right: 8 }, { top: 3, left: 6, bottom: 3, right: 8 }],
    };
    const approval = readRegisters([grid])[0].approval;
    expect(approval?.date).toBe('2024-03-15');
    expect(approval?.dateCell?.address).toBe('F3');
  });

  it('a register without a date line has the block but no date cell', () => {
    const approval = approvalOf([['Бекитемин'], ['Министр А. Асанов']]);
    expect(approval?.cell.address).toBe('A1');
    expect(approval?.dateCell).toBeUndefined();
  });
});

describe('two registers on one sheet', () => {
  it('the second does not take the approval of the first once the first has ended', () => {
    const grid: Grid = {
      sheet: 'S', firstRow: 1, firstColumn: 1,
      values: [['Бекитемин'], ['2026-ж. "15" март'], KY_HEADER, ...BODY, ['Эскертүү:'], KY_HEADER, ...BODY],
    };
    const registers = readRegisters([grid]);
    expect(registers.map((r) => r.approval?.date)).toEqual(['2026-03-15', undefined]);
  });

  it('the second has its own approval block, read from the rows after the first', () => {
    const grid: Grid = {
      sheet: 'S', firstRow: 1, firstColumn: 1,
      values: [['Бекитемин'], ['2026-ж. "15" март'], KY_HEADER, ...BODY, ['Эскертүү:'], ['Бекитемин'], ['2025-ж. "1" май'], KY_HEADER, ...BODY],
    };
    expect(readRegisters([grid]).map((r) => r.approval?.date)).toEqual(['2026-03-15', '2025-05-01']);
  });
});

describe('an order that approves the register', () => {
  it.each([
    ['Приложение № 12 к приказу Министерства от 15 марта 2024 года № 45'],
    ['Министрдин 2024-жылдын 15-мартындагы № 45 буйругуна 12-тиркеме'],
    ['Министрдин 2024-жылдын 15-мартындагы № 45 буйругуна тиркеме'],
    ['2024-жылдын 15-мартындагы № 45 буйругу менен бекитилген'],
  ])('«%s» approves it, dated in its own line', (line) => {
    const approval = approvalOf([[line]]);
    expect(approval?.cell.address).toBe('A1');
    expect(approval?.date).toBe('2024-03-15');
  });

  it.each([
    [['Приложение 12', 'к приказу Министерства от 15 марта 2024 года № 45']],
    [['12-тиркеме', 'Министрликтин 2024-жылдын 15-мартындагы № 45 буйругуна']],
    [['Тиркеме 12', 'Министрликтин 2024-жылдын 15-мартындагы № 45 буйругуна']],
  ])('%j over two lines approves it', (lines) => {
    const approval = approvalOf(lines.map((line) => [line]));
    expect(approval?.date).toBe('2024-03-15');
  });

  it.each([
    // «In accordance with the order», a reference cut short, the Order the form comes from, a title over an act.
    [['1-тиркеме', 'Министрдин № 45 буйругуна ылайык түзүлдү']],
    [['Министрликтин 2024-жылдын 15-мартындагы № 45 буйругуна']],
    [['1-тиркеме', 'Кыргыз Республикасынын Премьер-министринин 2016-жылдын 18-майындагы № 281 буйругуна']],
    [['№ 281 буйругуна 1-тиркеме']],
    [['Коррупциялык тобокелдиктердин тизмеси', 'к приказу Министерства от 15 марта 2024 года № 45']],
  ])('%j is no approval', (lines) => {
    expect(approvalOf(lines.map((line) => [line]))).toBeUndefined();
  });

  it('a Kyrgyz reference dated on the line above takes that line as its date cell', () => {
    const approval = approvalOf([['Министрдин 2026-жылдын 15-мартындагы'], ['№45 буйругу менен бекитилди']]);
    expect(approval?.cell.address).toBe('A2');
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('A1');
  });

  it('an approval word or an appendix caption does not take a date above it: that is another block\'s', () => {
    expect(approvalOf([['2025-ж. "1" май'], ['Бекитемин'], ['2026-ж. "15" март']])?.date).toBe('2026-03-15');
    expect(approvalOf([['2025-ж. "1" май'], ['Приложение № 1 к приказу Министерства'], ['от 15 марта 2024 года № 45']])?.date).toBe('2024-03-15');
  });
});

describe('a stamp spaced out letter by letter', () => {
  it('opens the block with the head\'s post and the date in the same cell', () => {
    const approval = approvalOf([['У Т В Е Р Ж Д А Ю\nМинистр ______ А. Асанов\n«15» марта 2024 г.']]);
    expect(approval?.cell.address).toBe('A1');
    expect(approval?.date).toBe('2024-03-15');
  });
});

describe('a date left of the approval word on its own row', () => {
  it('is never its date, even when only the left side has one below', () => {
    const approval = approvalOf([['2025-ж. "1" май', 'Бекитемин'], ['2026-ж. "15" март']]);
    expect(approval?.date).toBe('2026-03-15');
    expect(approval?.dateCell?.address).toBe('A2');
  });
});

describe('a line that opens the next register ends the table', () => {
  const POSITIONS: CellValue[][] = [TEMPLATE_TEXT.positions.ky.header, [1, 'Бөлүм башчысы', 'Лицензияларды берүү', 'Арыз берүүчүнү кечиктирүү', 'Жогорку']];

  it.each([[['Приложение 2']], [['2-тиркеме']], [['УТВЕРЖДЕН']], [['УТВЕРЖДЕНО']], [['У Т В Е Р Ж Д А Ю']]])('%j after the rows: the first register keeps only its own', (line) => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [KY_HEADER, ...BODY, [null, null, null, null, ...line], ['Коррупциогендик кызмат орундарынын тизмеси'], ...POSITIONS] };
    const [first, second] = readRegisters([grid]);
    expect(first.rows.map((r) => r.row)).toEqual([3]);
    expect(first.headings.map((h) => h.text)).toEqual(['Уруксат берүү функциясы']);
    expect(second?.kind).toBe('positions');
  });

  it.each([['(план утвержден)'], ['бекитилген тартипте'], ['приложение 3 к договору'], ['см. приложение 2'], ['(жобого 3-тиркеме)'], ['2-тиркемеде көрсөтүлгөн']])('a risk going on with «%s» is no such line: the rows after it are read', (text) => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [KY_HEADER, [HEADING], risk(1), [null, null, null, text], risk(2, { 3: `${GOOD_RISK[2]} 2` })] };
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => r.row)).toEqual([3, 5]);
    expect(register.rows[0].continuation).toEqual([4]);
  });
});
