/**
 * How the reader cuts a sheet into registers, headings and rows: what ends a table, what a heading is, what
 * continues the row above, and when a second sheet carries on the first one's register.
 */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { GOOD_RISK, positionGrid, riskGrid } from '../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, risk } from '../checks/rules/helpers';
import { KY_HEADER, headingsOf, other, rowsOf, sheetOf } from './read-helpers';

const KY_POSITIONS = TEMPLATE_TEXT.positions.ky.header;

describe('what ends a table', () => {
  it.each([
    ['Эскертуу: (*) жобого ылайык'], ['ЭСКЕРТҮҮЛӨР'], ['Эскертуулор:'], ['Примечания.'], ['Сноски:'], ['Сноска 1'], ['Note: see the regulation'], ['Notes'],
    ['Эскертүү/Примечание'], ['Примечание (*)'], ['Примечание – уровень определяется комиссией'],
    ['*) жобого ылайык'], ['*** мисалдар менен'], ['(*)'], ['² Перечень открыт'], ['³) по данным отдела'], ['¹–по данным отдела'],
  ])('«%s» under the last row is a note: nothing after it is read', (note) => {
    const grid = riskGrid([HEADING, risk(1), [note], ['Тизме жыл сайын такталат', 'Экинчи']]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6]);
  });

  it.each([['Эскертүүсүз функциялар'], ['Примечательные функции'], ['Сноскасыз функциялар'], ['*Жер* функциясы'], ['1-функция']])('«%s» is no note label: the heading and its rows are read', (text) => {
    const grid = riskGrid([HEADING, risk(1), text, other(1, 'b')]);
    expect(headingsOf(grid)).toEqual([HEADING, text]);
    expect(rowsOf(grid)).toEqual([6, 8]);
  });

  it.each([
    ['Аткаруучу: Б. Бекова'], ['Исп. Бекова Б.'], ['Аткарган: кадрлар бөлүмү'], ['Даярдаган: Б. Бекова'], ['Подготовила: Б. Бекова'], ['Составил: отдел кадров'],
    ['Тел.: 62-00-00'], ['Телефон 62-00-00'], ['М.П.'], ['М.О.'], ['м. п.'], ['Бекова Б.Б.'], ['Бекова Б. Б.'], ['Б.Б. Бекова'], ['Б. Бекова-Асанова'], ['Асанова-Бекова Г.'],
    // Surnames in capitals, the last stop left out, Kyrgyz names with «уулу» / «кызы», the «responsible» label.
    ['А. АСАНОВ'], ['АСАНОВ А.А.'], ['Асанов А.Б'], ['Б. Асан уулу'], ['Асан уулу Б.'], ['Асанбек кызы Айгүл'], ['Айгүл Асанбек кызы'], ['Бакыт АСАН УУЛУ'],
    ['Ответственный исполнитель: Асанова Айгуль'], ['Жооптуу аткаруучу: Б. Бекова'],
  ])('«%s» under the last row is a signature: the table ends there', (line) => {
    const grid = positionGrid([GOOD_POSITION, [line], [2, 'Бухгалтер', 'Төлөмдөрдү текшерүү', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5]);
  });

  it('a head\'s post with the name far right, after a blank row, ends it: no row of four empty cells is made of it', () => {
    for (const name of ['А. АСАНОВ', 'Б. Асан уулу']) {
      const grid = riskGrid([HEADING, risk(1), [], ['Министр', null, null, null, null, name]]);
      expect(rowsOf(grid)).toEqual([6]);
      expect(findingsOf(check(grid), 'required.empty')).toEqual([]);
    }
  });

  it.each([['Асан уулу'], ['Б. Асан уулу'], ['А. АСАНОВ']])('a numbered row whose post reads «%s» is a row of the table', (text) => {
    expect(rowsOf(positionGrid([GOOD_POSITION, [2, text, 'Төлөмдөрдү текшерүү', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']]))).toEqual([5, 6]);
  });

  it('a signature line of underscores ends it too, wherever it stands in the row', () => {
    const grid = positionGrid([GOOD_POSITION, ['Кадрлар бөлүмүнүн башчысы', null, '________'], [2, 'Бухгалтер', 'Төлөмдөрдү текшерүү', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5]);
  });

  it.each([
    [[2, 'Бухгалтер', 'Даярдаган долбоорлорду макулдашуу', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']],
    [[2, 'Бухгалтер', 'Төлөмдөрдү текшерүү', 'Исполнитель по договору завышает объёмы работ', 'Орточо']],
    [[2, 'Бухгалтер', 'Телефон аркылуу арыздарды кабыл алуу', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']],
    // A label with its colon, in a numbered row: still a row of the table.
    [[2, 'Бухгалтер', 'Аткаруучу: келишимдердин аткарылышын көзөмөлдөө', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']],
    [[2, 'Бухгалтер', 'Төлөмдөрдү текшерүү', 'Б.Б. Бекова', 'Орточо']],
  ])('a row whose cell opens with a signature word (%j) is a row: the rows under it are read', (row) => {
    const grid = positionGrid([GOOD_POSITION, row, [3, 'Кассир', 'Акча кабыл алуу', 'Накталай акчаны уурдоо', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5, 6, 7]);
  });

  it('a text that goes on in the row under it is read on though it opens with a signature word in lower case', () => {
    const grid = positionGrid([[1, 'Башкы адис', 'Лицензияларды берүү', 'Чечимди', 'Жогорку'], [null, null, 'даярдаган документтерди кароо'], [2, 'Кассир', 'Акча кабыл алуу', 'Уурдоо', 'Орточо']]);
    expect(rowsOf(grid)).toEqual([5, 7]);
  });

  it('a position named like a person or a unit is still a position, not a signature', () => {
    for (const name of ['Башкы адис', 'Бөлүм башчысы', 'Финансы-экономика бөлүмүнүн адиси', 'Экономист (2 ставка)']) {
      expect(rowsOf(positionGrid([GOOD_POSITION, [2, name, 'Төлөмдөрдү текшерүү', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']]))).toEqual([5, 6]);
    }
  });

  it('a signature-like line before the first row is no end: the rows under it are read', () => {
    const grid = riskGrid(['Тел.: 62-00-00', HEADING, risk(1)]);
    expect(rowsOf(grid)).toEqual([7]);
  });

  it('the last row the register spans leaves the notes under it out', () => {
    expect(readRegisters([riskGrid([HEADING, risk(1), [], ['Эскертүү:'], ['(*) жобого ылайык']])])[0].lastRow).toBe(6);
    expect(readRegisters([riskGrid([])])[0].lastRow).toBe(4);
  });
});

describe('a page\'s mark that the table goes on', () => {
  it.each([['Продолжение таблицы'], ['(продолжение)'], ['Окончание таблицы.'], ['( окончание )'], ['Уландысы'], ['Таблицанын уландысы'], ['Аягы']])('«%s» is neither heading nor row', (mark) => {
    const grid = riskGrid([HEADING, risk(1), [mark], other(2, 'a')]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 8]);
  });

  it('is a mark only alone on its line and alone in its cell', () => {
    expect(headingsOf(riskGrid([HEADING, risk(1), ['Продолжение таблицы', null, 'Продолжение таблицы'], other(1, 'a')]))).toEqual([HEADING, 'Продолжение таблицы']);
    expect(headingsOf(riskGrid([HEADING, risk(1), ['Уландысы: кызмат көрсөтүү функциясы'], other(1, 'a')]))).toEqual([HEADING, 'Уландысы: кызмат көрсөтүү функциясы']);
  });
});

describe('the header printed again', () => {
  it('on the next page, with the same columns, goes on with the same register', () => {
    const grid = riskGrid([HEADING, risk(1), KY_HEADER, other(2, 'a')]);
    expect(readRegisters([grid]).map((r) => r.rows.map((row) => row.row))).toEqual([[6, 8]]);
  });

  it('with its columns in another order is another table', () => {
    const reordered = [...KY_HEADER];
    [reordered[4], reordered[5]] = [reordered[5], reordered[4]];
    const grid = riskGrid([HEADING, risk(1), reordered, [HEADING], [1, ...GOOD_RISK.slice(0, 3), 'Жогорку', 'Потенциалдуу', GOOD_RISK[5]]]);
    const registers = readRegisters([grid]);
    expect(registers.map((r) => [r.headerRow, r.columns.level])).toEqual([[4, 6], [7, 5]]);
  });

  it('with a column more is another table', () => {
    const grid = riskGrid([HEADING, risk(1).slice(0, 7)]);
    grid.values[3] = KY_HEADER.slice(0, 7);
    grid.values.push(KY_HEADER, [HEADING], risk(1));
    expect(readRegisters([grid]).map((r) => r.headerRow)).toEqual([4, 7]);
  });

  it('with a column fewer is another table', () => {
    const grid = riskGrid([HEADING, risk(1), KY_HEADER.slice(0, 7), [HEADING], risk(1).slice(0, 7)]);
    expect(readRegisters([grid]).map((r) => r.headerRow)).toEqual([4, 7]);
  });

  it('after a note is a new register, with rows of its own', () => {
    const grid = riskGrid([HEADING, risk(1), ['Эскертүү:'], KY_HEADER, [HEADING], other(1, 'b')]);
    expect(readRegisters([grid]).map((r) => [r.headerRow, r.rows.map((row) => row.row)])).toEqual([[4, [6]], [8, [10]]]);
  });

  it('is never itself a row or a heading, though it has no number', () => {
    const [register] = readRegisters([riskGrid([HEADING, risk(1), KY_HEADER, other(2, 'a')])]);
    expect(register.headings.map((h) => h.cell.row)).toEqual([5]);
  });

  it('is no header when a cell of it holds a row number: that is a row that happens to use the header\'s words', () => {
    const grid = riskGrid([HEADING, risk(1), [2, ...KY_HEADER.slice(1)]]);
    const registers = readRegisters([grid]);
    expect(registers).toHaveLength(1);
    expect(registers[0].rows.map((r) => r.row)).toEqual([6, 7]);
  });
});

describe('what is a heading', () => {
  it('a function written across the row, each cell holding it (a merged line as a file gives it), is one heading', () => {
    const grid = riskGrid([Array.from({ length: 8 }, () => HEADING), risk(1)]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(readRegisters([grid])[0].headings[0].functionType?.id).toBe('permitting');
  });

  it('a heading in the function column of a row without a number counts; a text there beside a number is a row', () => {
    expect(headingsOf(riskGrid([[null, HEADING], risk(1)]))).toEqual([HEADING]);
    const grid = riskGrid([HEADING, [1, 'Жер участокторун ижарага берүү']]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6]);
  });

  it('a heading numbered in the № column with its text beside it, merged across, is a heading: the rows «1.1», «1.2» stand under it', () => {
    const merged = (row: number) => ({ top: row, left: 2, bottom: row, right: 8 });
    const grid: Grid = { ...riskGrid([['1.', HEADING], risk(1), risk(2), ['2.', 'Ижара'], risk(1)]), merges: [merged(5), merged(8)] };
    grid.values[5][0] = '1.1';
    grid.values[6][0] = '1.2';
    grid.values[8][0] = '2.1';
    expect(headingsOf(grid)).toEqual([HEADING, 'Ижара']);
    expect(rowsOf(grid)).toEqual([6, 7, 9]);
    const report = check(grid);
    expect(report.findings.filter((f) => f.severity === 'error' || f.rule.startsWith('numbering.'))).toEqual([]);
  });

  it('a p.5 function type beside a heading\'s number is a heading without a merge; beside a row\'s plain number it is a row', () => {
    expect(headingsOf(riskGrid([['1.', 'Разрешительная функция'], risk(1)]))).toEqual(['Разрешительная функция']);
    expect(headingsOf(riskGrid([['II', 'Кызмат көрсөтүү функциясы'], risk(1)]))).toEqual(['Кызмат көрсөтүү функциясы']);
    const row = riskGrid([HEADING, [1, 'Уруксат берүү']]);
    expect(headingsOf(row)).toEqual([HEADING]);
    expect(rowsOf(row)).toEqual([6]);
  });

  it('in Appendix 2, a unit numbered in the № column and merged across is a heading over its posts', () => {
    const grid: Grid = { ...positionGrid([['1.', 'Лицензиялоо бөлүмү'], GOOD_POSITION]), merges: [{ top: 5, left: 2, bottom: 5, right: 5 }] };
    const [register] = readRegisters([grid]);
    expect(register.headings.map((h) => h.text)).toEqual(['Лицензиялоо бөлүмү']);
    expect(register.rows.map((r) => r.row)).toEqual([6]);
    expect(findingsOf(check(grid), 'required.empty')).toEqual([]);
  });

  it('a function typed on in small letters into the next line\'s function cell finishes the row above, not a heading', () => {
    const grid = riskGrid([HEADING, risk(1), [null, 'жана башка иш-аракеттер'], risk(2)]);
    const [register] = readRegisters([grid]);
    expect(register.headings.map((h) => h.text)).toEqual([HEADING]);
    expect(register.rows.map((r) => [r.row, r.continuation])).toEqual([[6, [7]], [8, []]]);
    expect(register.rows[0].cells.function?.text).toBe(`${risk(1)[1]} жана башка иш-аракеттер`);
    expect(findingsOf(check(grid), 'heading.unknown-function')).toEqual([]);
  });

  it('a text in the function column that opens with a capital, or stands apart from the row above, is still a heading', () => {
    expect(headingsOf(riskGrid([HEADING, risk(1), [null, 'Кызмат көрсөтүү функциясы'], risk(2)]))).toEqual([HEADING, 'Кызмат көрсөтүү функциясы']);
    expect(headingsOf(riskGrid([HEADING, risk(1), [], [null, 'кызмат көрсөтүү функциясы'], risk(2)]))).toEqual([HEADING, 'кызмат көрсөтүү функциясы']);
  });

  it('a lone text in another column of Appendix 1 is a row with the rest to fill, not a heading', () => {
    const grid = riskGrid([HEADING, risk(1), [null, null, 'Жер ресурстары бөлүмү']]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(readRegisters([grid])[0].rows.map((r) => r.cells.unit?.text)).toEqual(['Жер ресурстары бөлүмү', 'Жер ресурстары бөлүмү']);
  });

  it('a cell holding an Excel error beside a text makes a row, not a heading', () => {
    const grid = riskGrid([HEADING, risk(1), [{ error: '#REF!' }, HEADING]]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });

  it('in Appendix 2, a unit written in the № column groups the posts under it, and names no function type', () => {
    const grid = positionGrid([['Лицензиялоо башкармалыгы'], GOOD_POSITION]);
    const [register] = readRegisters([grid]);
    expect(register.headings.map((h) => [h.text, h.functionType])).toEqual([['Лицензиялоо башкармалыгы', undefined]]);
    expect(register.rows.map((r) => r.heading?.text)).toEqual(['Лицензиялоо башкармалыгы']);
  });

  it('in Appendix 2 without a № column, a unit merged across is a heading only where it starts the table', () => {
    const header = KY_POSITIONS.slice(1);
    const mergedIn = (column: number): Grid => ({
      ...sheetOf([header, [], GOOD_POSITION.slice(1)]),
      values: [header, column === 1 ? ['Лицензиялоо башкармалыгы'] : [null, 'Лицензиялоо башкармалыгы'], GOOD_POSITION.slice(1)],
      merges: [{ top: 2, left: column, bottom: 2, right: 4 }],
    });
    expect(headingsOf(mergedIn(1))).toEqual(['Лицензиялоо башкармалыгы']);
    expect(headingsOf(mergedIn(2))).toEqual([]);
  });

  it('a text to the right of the table is no part of it: neither a row nor a heading', () => {
    const grid = riskGrid([HEADING, risk(1), [null, null, null, null, null, null, null, null, null, 'Комиссиянын эскертмеси'], other(2, 'a')]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 8]);
    const [register] = readRegisters([grid]);
    expect(Object.values(register.rows[0].cells).map((c) => c?.text)).not.toContain('Комиссиянын эскертмеси');
    expect(register.rows[0].continuation).toEqual([]);
    expect(findingsOf(check(grid), 'row.continued')).toEqual([]);
  });

  it('a row of different texts without a number is a row to number, not a heading', () => {
    const grid = riskGrid([HEADING, risk(1), [null, 'Маалымат берүү', 'Маалымат бөлүмү', 'Маалыматты кечиктирүү']]);
    expect(headingsOf(grid)).toEqual([HEADING]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });
});

describe('rows', () => {
  it('a row with only its number is a blank row of the form, even the first one', () => {
    const [register] = readRegisters([riskGrid([HEADING, [1]])]);
    expect(register.rows).toEqual([]);
    expect(register.emptyNumberedRows.map((c) => c.address)).toEqual(['A6']);
  });

  it('the column-number row is skipped under the header, not read as a row', () => {
    const [register] = readRegisters([positionGrid([['1', '2', '3', '4', '5'], GOOD_POSITION])]);
    expect(register.rows.map((r) => r.row)).toEqual([6]);
    expect(register.emptyNumberedRows).toEqual([]);
  });

  it('a row of two numbers is no column-number row', () => {
    const [register] = readRegisters([positionGrid([GOOD_POSITION, ['1', '2']])]);
    expect(register.rows.map((r) => r.row)).toEqual([5, 6]);
  });

  it('a text that spills into the next row joins the row above, and fills a cell that was empty', () => {
    const grid = positionGrid([[1, 'Башкы адис', 'Лицензияларды берүү', null, 'Жогорку'], [null, null, 'жана арыздарды кароо', 'Чечимди кечиктирүү']]);
    const [register] = readRegisters([grid]);
    expect(register.rows).toHaveLength(1);
    expect(register.rows[0].cells.powers?.text).toBe('Лицензияларды берүү жана арыздарды кароо');
    expect(register.rows[0].cells.risk?.text).toBe('Чечимди кечиктирүү');
    expect(register.rows[0].cells.risk?.address).toBe('D6');
    expect(register.rows[0].continuation).toEqual([6]);
  });

  it('a risk typed over two lines with the row\'s other cells merged down beside it (a Word table pasted in) is one row', () => {
    const down = (column: number) => ({ top: 6, left: column, bottom: 7, right: column });
    const allMerged: Grid = { ...riskGrid([HEADING, risk(1), [null, null, null, 'жана башка ушул сыяктуу көрүнүштөр'], risk(2)]), merges: [1, 2, 3, 5, 6, 7].map(down) };
    const [register] = readRegisters([allMerged]);
    expect(register.rows.map((r) => [r.row, r.continuation])).toEqual([[6, [7]], [8, []]]);
    expect(register.rows[0].cells.risk?.text).toBe(`${risk(1)[3]} жана башка ушул сыяктуу көрүнүштөр`);
    expect(register.rows[0].cells.function?.text).toBe(risk(1)[1]);
    const report = check(allMerged);
    expect(report.findings.filter((f) => f.rule.startsWith('numbering.') || f.severity === 'error' || f.rule === 'risk.thin').map((f) => f.cell)).toEqual([]);
    // Only the function and the unit merged: the lone risk still goes on with the row above.
    const someMerged: Grid = { ...allMerged, merges: [2, 3].map(down) };
    expect(readRegisters([someMerged])[0].rows.map((r) => r.row)).toEqual([6, 8]);
    expect(findingsOf(check(someMerged), 'required.empty')).toEqual([]);
  });

  it('a function merged down over rows that have their own numbers is each row\'s function', () => {
    const grid: Grid = { ...riskGrid([HEADING, risk(1), risk(2, { 1: null, 2: null })]), merges: [{ top: 6, left: 2, bottom: 7, right: 2 }, { top: 6, left: 3, bottom: 7, right: 3 }] };
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => [r.row, r.cells.function?.text])).toEqual([[6, risk(1)[1]], [7, risk(1)[1]]]);
  });

  it('in Appendix 2, powers typed over two lines beside a post merged down are one post', () => {
    const down = (column: number) => ({ top: 5, left: column, bottom: 6, right: column });
    const grid: Grid = { ...positionGrid([[1, 'Башкы адис', 'Арыздарды кабыл алуу,', 'Чечимди кечиктирүү', 'Жогорку'], [null, null, 'лицензия берүү жөнүндө чечимдерди даярдоо'], [2, 'Бухгалтер', 'Эсеп жүргүзүү', 'Каражатты туура эмес бөлүштүрүү', 'Орточо']]), merges: [1, 2, 4, 5].map(down) };
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => r.row)).toEqual([5, 7]);
    expect(register.rows[0].cells.powers?.text).toBe('Арыздарды кабыл алуу, лицензия берүү жөнүндө чечимдерди даярдоо');
    expect(check(grid).flags.map((f) => f.cell)).toEqual(['B5']);
  });

  it('a text under a new heading starts a row of its own, though it fills only a continuable column', () => {
    const grid = riskGrid([HEADING, risk(1), 'Кызмат көрсөтүү функциясы', [null, null, null, 'Маалымкат берүүнү кечиктирүү'], other(2, 'a')]);
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => [r.row, r.heading?.text])).toEqual([[6, HEADING], [8, 'Кызмат көрсөтүү функциясы'], [9, 'Кызмат көрсөтүү функциясы']]);
  });

  it('a text in an identifying column starts a new row', () => {
    const grid = riskGrid([HEADING, risk(1), [null, null, null, 'Кошумча тобокелдик', null, 'Жогорку']]);
    expect(rowsOf(grid)).toEqual([6, 7]);
  });

  it.each([
    ['unit', 2], ['category', 4], ['level', 5],
  ])('a text in the %s column alone starts a row of its own', (_column, index) => {
    const row: CellValue[] = [null, null, null, null, null, null];
    row[index as number] = index === 2 ? 'Каржы бөлүмү' : index === 4 ? 'Потенциалдуу' : 'Орточо';
    const [register] = readRegisters([riskGrid([HEADING, risk(1), row])]);
    expect(register.rows.map((r) => r.row)).toEqual([6, 7]);
    expect(register.rows[0].continuation).toEqual([]);
  });

  it.each([
    ['risk', 3, 'risk'], ['scope', 6, 'scope'],
  ])('a text in the %s column alone goes on with the row above', (_column, index, key) => {
    const row: CellValue[] = [null, null, null, null, null, null, null];
    row[index as number] = 'уланды';
    const [register] = readRegisters([riskGrid([HEADING, risk(1), row])]);
    expect(register.rows.map((r) => r.row)).toEqual([6]);
    expect(register.rows[0].continuation).toEqual([7]);
    expect(register.rows[0].cells[key as 'risk' | 'scope']?.text).toMatch(/ уланды$/);
  });

  it('a position alone in its column starts a row; powers or a risk alone go on with the row above', () => {
    expect(rowsOf(positionGrid([GOOD_POSITION, [null, 'Кассир']]))).toEqual([5, 6]);
    const [register] = readRegisters([positionGrid([GOOD_POSITION, [null, null, 'жана башкалар'], [null, null, null, 'жана башкалар']])]);
    expect(register.rows.map((r) => [r.row, r.continuation])).toEqual([[5, [6, 7]]]);
  });

  it('a caption set apart by a blank row is dropped, a lone text right under the last row is kept', () => {
    expect(rowsOf(positionGrid([GOOD_POSITION, [], [null, 'Бухгалтер']]))).toEqual([5]);
    expect(rowsOf(positionGrid([GOOD_POSITION, [null, 'Бухгалтер']]))).toEqual([5, 6]);
    // A row spilling over counts as the row's own: a lone text right under its last line is kept too.
    expect(rowsOf(positionGrid([[1, 'Башкы адис', 'Лицензияларды берүү', 'Чечимди', 'Жогорку'], [null, null, null, 'кечиктирүү'], [null, 'Бухгалтер']]))).toEqual([5, 7]);
    expect(rowsOf(positionGrid([[1, 'Башкы адис', 'Лицензияларды берүү', 'Чечимди', 'Жогорку'], [null, null, null, 'кечиктирүү'], [], [null, 'Бухгалтер']]))).toEqual([5]);
    // The only row of a register is never dropped, and a row of two texts is no caption.
    expect(rowsOf(positionGrid([[], [null, 'Бухгалтер']]))).toEqual([6]);
    expect(rowsOf(positionGrid([GOOD_POSITION, [], [null, 'Бухгалтер', 'Эсеп']]))).toEqual([5, 7]);
  });

  it('a lone risk under a heading of its own is a row to fill, last in the table or not', () => {
    const lone = [null, null, null, 'Текшерүүнүн жыйынтыгын бурмалоо'];
    expect(rowsOf(riskGrid([HEADING, risk(1), 'Текшерүү функциясы', lone]))).toEqual([6, 8]);
    expect(rowsOf(riskGrid([HEADING, risk(1), [], 'Текшерүү функциясы', lone]))).toEqual([6, 9]);
    // Set apart from its heading by a blank row, it is a caption again.
    expect(rowsOf(riskGrid([HEADING, risk(1), 'Текшерүү функциясы', [], lone]))).toEqual([6]);
    // Kept, it is checked: its empty cells are findings, not silently lost.
    const findings = check(riskGrid([HEADING, risk(1), 'Текшерүү функциясы', lone])).findings.filter((f) => f.row === 8);
    expect(findings.map((f) => [f.rule, f.cell])).toContainEqual(['required.empty', 'B8']);
  });
});

describe('a register continued on another sheet', () => {
  const first = () => riskGrid([HEADING, risk(1), other(2, 'a')]);
  const second = (above: CellValue[][] = []) => sheetOf([...above, KY_HEADER, other(3, 'b')], 'Уландысы');

  it('is another register when it has an approval block of its own', () => {
    const registers = readRegisters([first(), second([['Бекитемин'], ['2026-ж. "15" март']])]);
    expect(registers[1].continues).toBeUndefined();
    expect(registers[1].rows[0].heading).toBeUndefined();
  });

  it('is read, header alone, without taking anything from the first sheet', () => {
    const registers = readRegisters([first(), sheetOf([KY_HEADER], 'Уландысы')]);
    expect(registers[1].continues).toBeUndefined();
    expect(registers[1].rows).toEqual([]);
  });

  it('needs the first sheet to end in a numbered row', () => {
    expect(readRegisters([riskGrid([HEADING]), second()])[1].continues).toBeUndefined();
    expect(readRegisters([riskGrid([HEADING, risk(1, { 0: 'а' })]), sheetOf([KY_HEADER, other(1, 'b')], 'Уландысы')])[1].continues).toBeUndefined();
  });

  it('is never the same sheet\'s second table, whatever its numbers', () => {
    const grid = riskGrid([HEADING, risk(1), other(2, 'a'), ['Эскертүү:'], KY_HEADER, other(3, 'b')]);
    const registers = readRegisters([grid]);
    expect(registers).toHaveLength(2);
    expect(registers[1].continues).toBeUndefined();
  });

  it('and reports nothing about its numbering or approval when it is one', () => {
    const report = check(first(), second());
    expect(findingsOf(report, 'approval.missing')).toEqual([]);
    expect(findingsOf(report, 'row.before-heading')).toEqual([]);
  });
});

describe('the header', () => {
  it('knows each of its cells by column', () => {
    const [register] = readRegisters([riskGrid([HEADING, risk(1)])]);
    expect(Object.fromEntries(Object.entries(register.headerCells).map(([key, cell]) => [key, cell?.address]))).toEqual({
      number: 'A4', function: 'B4', unit: 'C4', risk: 'D4', category: 'E4', level: 'F4', scope: 'G4', note: 'H4',
    });
  });

  it.each([['№ р/с'], ['п/п'], ['№ п.п.']])('with its number column headed «%s» keeps the headings written in that column', (numberHeader) => {
    const grid = sheetOf([[numberHeader, ...KY_HEADER.slice(1)], [HEADING], risk(1), ['Кызмат көрсөтүү функциясы'], other(1, 'b')]);
    const [register] = readRegisters([grid]);
    expect(register.columns.number).toBe(1);
    expect(register.headings.map((h) => h.text)).toEqual([HEADING, 'Кызмат көрсөтүү функциясы']);
    expect(findingsOf(check(grid), 'heading.none')).toEqual([]);
  });

  it('of three columns is enough for a list of positions', () => {
    const grid = sheetOf([['Должность', 'Служебные полномочия', 'Уровень коррупционных рисков'], ['Бухгалтер', 'Проверка отчётов', 'Средний']]);
    expect(readRegisters([grid]).map((r) => [r.kind, r.rows.length])).toEqual([['positions', 1]]);
  });
});
