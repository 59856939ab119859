/**
 * Registers as bodies lay them out: notes, footnotes and signatures under the table, headings numbered
 * with the rows under them, a table printed over several pages with its header repeated, and the approval
 * line written as an order's reference. Where a layout was seen in a published document, the comment
 * gives the address; the others are the Order's own form (cbd.minjust.gov.kg/act/view/ky-kg/215180).
 */
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { GOOD_RISK, positionGrid, riskGrid } from '../fixtures/grids';
import { GOOD_POSITION, HEADING, check, findingsOf, position, risk } from '../checks/rules/helpers';

const KY_HEADER = TEMPLATE_TEXT.risks.ky.header;
const RU_HEADER = TEMPLATE_TEXT.risks.ru.header;
const other = (n: number, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });

describe('what stands under the table', () => {
  it.each([
    ['Эскертүү / Примечание: (*) мамлекеттик орган жөнүндө бекитилген жобого ылайык.'],
    ['Эскертүү: (*) мамлекеттик орган жөнүндө бекитилген жобого ылайык.'],
    ['Примечание. Уровень риска определяется комиссией.'],
    ['Примечания:'],
    ['(*) - в соответствии с утверждённым положением о государственном органе.'],
    ['* в соответствии с утверждённым положением о государственном органе.'],
    ['** коррупциялык көрүнүштөр болгон мисалдарды көрсөтүү менен'],
    ['¹ Перечень не является исчерпывающим.'],
    ['Справочно: перечень уточняется ежегодно.'],
  ])('«%s» is a note, never a heading or a row', (note) => {
    const grid = riskGrid([HEADING, risk(1), [], [note], ['экинчи сап: тизмеге кирбейт']]);
    const [register] = readRegisters([grid]);
    expect(register.headings.map((h) => h.text)).toEqual([HEADING]);
    expect(register.rows.map((r) => r.row)).toEqual([6]);
    const report = check(grid);
    expect(findingsOf(report, 'heading.unknown-function')).toEqual([]);
    expect(findingsOf(report, 'required.empty')).toEqual([]);
  });

  it('reads signature lines, stamps and phone numbers as no part of Appendix 1', () => {
    const grid = riskGrid([
      HEADING, risk(1), [],
      ['Начальник отдела кадров', null, null, '_____________', null, 'А. Асанов'],
      ['М.П.'],
      ['Исполнитель: Б. Бекова, тел. 62-00-00'],
    ]);
    const report = check(grid);
    expect(readRegisters([grid])[0].headings).toHaveLength(1);
    expect(report.findings.filter((f) => f.row > 6)).toEqual([]);
  });

  it('reads a signature under Appendix 2 as no position, with or without a blank row before it', () => {
    const spaced = positionGrid([GOOD_POSITION, [], ['Кадрлар бөлүмүнүн башчысы'], ['Асанов А.А.']]);
    expect(readRegisters([spaced])[0].rows.map((r) => r.row)).toEqual([5]);
    const signed = positionGrid([GOOD_POSITION, ['Кадрлар бөлүмүнүн башчысы', null, null, 'А.А. Асанов']]);
    expect(readRegisters([signed])[0].rows.map((r) => r.row)).toEqual([5]);
    expect(check(signed).findings.filter((f) => f.row > 5)).toEqual([]);
  });

  it('keeps a lone position directly under the last row: a row still to be filled is an error to fix', () => {
    const report = check(positionGrid([GOOD_POSITION, [2, 'Бухгалтер']]));
    expect(findingsOf(report, 'required.empty').map((f) => f.cell)).toEqual(['C6', 'D6', 'E6']);
  });

  it('drops a caption after the last row, but judges a heading with rows under it', () => {
    const [register] = readRegisters([riskGrid(['Спорт иш-чаралары', risk(1), [], ['Тизме жыл сайын такталат']])]);
    expect(register.headings.map((h) => h.text)).toEqual(['Спорт иш-чаралары']);
  });
});

describe('numbering as bodies write it', () => {
  it('reads headings numbered «1.», «2.» with rows «1.1», «1.2» under them as in order', () => {
    const report = check(riskGrid([
      `1. ${HEADING}`, risk(1, { 0: '1.1' }), other(2, 'a').map((v, i) => (i === 0 ? '1.2.' : v)),
      '2. Кызмат көрсөтүү функциясы', other(1, 'b').map((v, i) => (i === 0 ? '2.1' : v)),
    ]));
    expect(report.findings.filter((f) => f.rule.startsWith('numbering') || f.rule.startsWith('heading'))).toEqual([]);
  });

  it('still sees a number out of order in that form', () => {
    const report = check(riskGrid([`1. ${HEADING}`, risk(1, { 0: '1.1' }), other(3, 'a').map((v, i) => (i === 0 ? '1.3' : v))]));
    expect(findingsOf(report, 'numbering.sequence').map((f) => [f.cell, f.suggestion])).toEqual([['A7', '2']]);
  });
});

describe('a register printed over several pages', () => {
  it('is one register when its header and column numbers repeat and a page says «Продолжение таблицы»', () => {
    const grid: Grid = {
      sheet: 'Перечень', firstRow: 1, firstColumn: 1,
      values: [
        [null, null, null, null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, null, null, null, '«15» марта 2026 г.'], [],
        RU_HEADER, ['1', '2', '3', '4', '5', '6', '7', '8'],
        ['Разрешительная функция'], [1, ...GOOD_RISK], [2, ...GOOD_RISK.map((v) => `${v} 2`)],
        ['Продолжение таблицы'],
        RU_HEADER, ['1', '2', '3', '4', '5', '6', '7', '8'],
        [3, ...GOOD_RISK.map((v) => `${v} 3`)],
        ['Примечание:'], ['(*) - в соответствии с положением.'],
      ] as CellValue[][],
    };
    const registers = readRegisters([grid]);
    expect(registers.map((r) => [r.headerRow, r.rows.map((row) => row.row)])).toEqual([[4, [7, 8, 12]]]);
    const report = check(grid);
    expect(report.findings.filter((f) => f.rule.startsWith('numbering') || f.rule.startsWith('approval'))).toEqual([]);
  });

  it('starts a new register where the other appendix\'s header follows', () => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [KY_HEADER, [HEADING], [1, ...GOOD_RISK], [], ['№', ...TEMPLATE_TEXT.positions.ky.header.slice(1)], position(1)] };
    expect(readRegisters([grid]).map((r) => r.kind)).toEqual(['risks', 'positions']);
  });
});

describe('a register continued on a second sheet', () => {
  const second = (rows: CellValue[][]): Grid => ({ sheet: 'Уландысы', firstRow: 1, firstColumn: 1, values: [KY_HEADER, ...rows] });

  it('is the first sheet\'s register: approved there, its numbers and heading carried on', () => {
    const first = riskGrid([HEADING, risk(1), other(2, 'a')]);
    const registers = readRegisters([first, second([other(3, 'b'), other(4, 'c'), ['Кызмат көрсөтүү функциясы'], other(1, 'd')])]);
    expect(registers[1].continues).toEqual({ sheet: 'Risks', firstNumber: 3 });
    expect(registers[1].rows[0].heading).toBe(registers[0].headings[0]);
    const report = check(first, second([other(3, 'b'), other(4, 'c'), ['Кызмат көрсөтүү функциясы'], other(1, 'd')]));
    expect(report.findings.filter((f) => f.sheet === 'Уландысы')).toEqual([]);
  });

  it('still sees a number out of order on the second sheet', () => {
    const report = check(riskGrid([HEADING, risk(1), other(2, 'a')]), second([other(3, 'b'), other(5, 'c')]));
    expect(findingsOf(report, 'numbering.sequence').map((f) => [f.sheet, f.cell, f.suggestion])).toEqual([['Уландысы', 'A3', '4']]);
  });

  it('is a register of its own when its numbers start again at 1, and must be approved', () => {
    const report = check(riskGrid([HEADING, risk(1)]), second([[HEADING], other(1, 'b')]));
    expect(readRegisters([riskGrid([HEADING, risk(1)]), second([[HEADING], other(1, 'b')])])[1].continues).toBeUndefined();
    expect(findingsOf(report, 'approval.missing').map((f) => f.sheet)).toEqual(['Уландысы']);
  });

  it('is a register of its own when it is the other appendix or in the other language', () => {
    const positions: Grid = { sheet: 'P', firstRow: 1, firstColumn: 1, values: [['№', ...TEMPLATE_TEXT.positions.ky.header.slice(1)], position(2)] };
    expect(readRegisters([riskGrid([HEADING, risk(1)]), positions])[1].continues).toBeUndefined();
    const russian: Grid = { sheet: 'R', firstRow: 1, firstColumn: 1, values: [RU_HEADER, other(2, 'b')] };
    expect(readRegisters([riskGrid([HEADING, risk(1)]), russian])[1].continues).toBeUndefined();
  });
});

describe('the approval line as published registers write it', () => {
  const approvedBy = (...lines: string[]) => check(riskGrid([HEADING, risk(1)], { approval: lines.map((line) => [null, null, null, null, null, line]) }));

  it('reads «Утверждено приказом … № … от 01 августа 2019 г.» over three lines', () => {
    // https://mfa.gov.kg/ru/osnovnoe-menyu/deyatelnost/o-rabote-mid-kr-po-protivodeystviyu-korrupcii/rukovodstvo-po-vyyavleniyu-ocenke-i-upravleniyu-korrupcionnymi-riskami-v-sisteme-organov-diplomaticheskoy-sluzhby
    const report = approvedBy('Утверждено', 'приказом МИД КР', '№168-п от 01 августа 2019 г.');
    expect(report.registers[0].approvalDate).toBe('2019-08-01');
    expect(findingsOf(report, 'approval.stale')).toHaveLength(1);
  });

  it('reads «Утверждены приказом … от «30» декабря 2022 года № 488» in one cell', () => {
    // https://galitoba.wixsite.com/website/post/методические-рекомендации-по-проведению-внутреннего-анализа-коррупционных-рисков-1
    expect(approvedBy('Утверждены приказом Председателя Агентства от «30» декабря 2022 года № 488').registers[0].approvalDate).toBe('2022-12-30');
  });

  it('reads the Kyrgyz «… буйругу менен бекитилген», with the date before the approval word', () => {
    // The Order dates itself «2016-жылдын 18-майы № 281» (cbd.minjust.gov.kg/act/view/ky-kg/215180).
    expect(approvedBy('Министрдин 2026-жылдын 20-февралындагы № 12 буйругу менен бекитилген').registers[0].approvalDate).toBe('2026-02-20');
  });

  it('reads a register issued as an appendix to the head\'s order as approved by it', () => {
    expect(approvedBy('Приложение № 1 к приказу Министерства от 15 марта 2024 года № 45').registers[0].approvalDate).toBe('2024-03-15');
    expect(approvedBy('Приложение', 'к распоряжению главы администрации', 'от 02.04.2025 № 17-р').registers[0].approvalDate).toBe('2025-04-02');
    expect(approvedBy('Министрликтин 2026-жылдын 20-февралындагы № 12 буйругуна 1-тиркеме').registers[0].approvalDate).toBe('2026-02-20');
    const unsigned = approvedBy('Приложение 2 к приказу', 'от «___» ____________ 20__ г. № ___');
    expect(findingsOf(unsigned, 'approval.missing')).toEqual([]);
    expect(unsigned.registers[0].approvalDate).toBeUndefined();
  });

  it('reads a Kyrgyz act reference over two lines, its date on the first', () => {
    expect(approvedBy('Министрдин 2026-жылдын 15-мартындагы', '№45 буйругу менен бекитилди').registers[0].approvalDate).toBe('2026-03-15');
    expect(approvedBy('1-тиркеме', 'Министрликтин 2026-жылдын 15-мартындагы № 45 буйругуна').registers[0].approvalDate).toBe('2026-03-15');
    // A protocol's date above is not the approval's.
    expect(approvedBy('Жумушчу топтун 2026-жылдын 1-мартындагы протоколу', '№45 буйругу менен бекитилди').registers[0].approvalDate).toBeUndefined();
  });

  it('does not take the form\'s own caption, or a bare «Приложение», for the approval', () => {
    const caption = 'Приложение 1 к Методическому руководству, утвержденному распоряжением Премьер-министра Кыргызской Республики от 18 мая 2016 года № 281';
    expect(findingsOf(approvedBy(caption), 'approval.missing')).toHaveLength(1);
    expect(findingsOf(approvedBy('Приложение 1', 'к Методическому руководству'), 'approval.missing')).toHaveLength(1);
    expect(findingsOf(approvedBy('Приложение 1'), 'approval.missing')).toHaveLength(1);
  });
});

/**
 * Layouts a reviewer meets in registers that take the Order's form with their own wordings and extra
 * columns (audit of 2026-12-02): each was read wrong before, most into errors on a correct register.
 */
describe('tables laid out with their own wordings and extra columns', () => {
  const RU_RISK: CellValue[] = [1, 'Выдача разрешений на строительство', 'Отдел архитектуры', 'Специалист отдела затягивает рассмотрение заявления и намекает заявителю на вознаграждение за ускорение выдачи разрешения', 'Ситуационный', 'Средний', 'Может относиться к органам местного самоуправления', null];
  const RU_CONTROL: CellValue[] = [2, 'Проведение плановых проверок субъектов предпринимательства', 'Отдел контроля', 'Инспектор при проверке скрывает выявленные нарушения за вознаграждение от руководителя проверяемой организации', 'Потенциальный', 'Высокий', 'Относится к органам контроля', null];
  const RU_POST: CellValue[] = [1, 'Главный специалист отдела лицензирования', 'Приём документов от заявителей, подготовка решения о выдаче или отказе в выдаче лицензии', 'Выдача и оформление лицензий', 'Высокий'];
  const approvedAt = (column: number): CellValue[][] => [[...Array(column).fill(null), 'УТВЕРЖДАЮ'], [...Array(column).fill(null), '«15» марта 2026 г.'], []];
  const sheet = (values: CellValue[][], merges: Grid['merges'] = []): Grid => ({ sheet: 'Лист1', firstRow: 1, firstColumn: 1, values, merges });
  const errorsAndWarnings = (grid: Grid) => check(grid).findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`);

  it.each([
    [['№', 'Должность', 'Функциональные обязанности', 'Коррупционный риск', 'Уровень коррупционного риска']],
    [['№', 'Структурное подразделение, должность', 'Служебные полномочия', 'Коррупционный риск', 'Уровень коррупционных рисков']],
    [['№', 'Должность, связанная с коррупционным риском', 'Служебные полномочия', 'Коррупционно-опасные функции', 'Уровень коррупционного риска']],
    [['Nº', 'Должность', 'Должностные обязанности', 'Коррупционный риск', 'Степень коррупционного риска']],
  ])('reads %j as Appendix 2, with nothing to send back', (header) => {
    const grid = sheet([...approvedAt(4), header, RU_POST]);
    expect(readRegisters([grid]).map((r) => r.kind)).toEqual(['positions']);
    expect(errorsAndWarnings(grid)).toEqual([]);
  });

  it.each([
    ['column 2 headed with the Order\'s «Служебные полномочия»', RU_HEADER.map((h, i) => (i === 1 ? 'Служебные полномочия' : h))],
    ['column 3 headed with the Order\'s bracket «Должность, связанная с коррупционным риском»', RU_HEADER.map((h, i) => (i === 2 ? 'Должность, связанная с коррупционным риском' : h))],
    ['the level headed «Степень коррупционного риска»', RU_HEADER.map((h, i) => (i === 5 ? 'Степень коррупционного риска (нулевая, низкая, средняя, высокая)' : h))],
    ['the category headed «Вид коррупционного риска»', RU_HEADER.map((h, i) => (i === 4 ? 'Вид коррупционного риска' : h))],
    ['the № headed «Nº п/п»', RU_HEADER.map((h, i) => (i === 0 ? 'Nº п/п' : h))],
  ])('reads Appendix 1 with %s', (_, header) => {
    const grid = sheet([...approvedAt(6), header, ['Разрешительная функция'], RU_RISK, ['Контрольно-надзорная функция'], RU_CONTROL]);
    expect(errorsAndWarnings(grid)).toEqual([]);
    // The column is read, not only found: a wrong value in it is still seen.
    const wrong = sheet([...approvedAt(6), header, ['Разрешительная функция'], RU_RISK.map((v, i) => (i === 4 ? 'Маловероятный' : i === 5 ? 'Очень высокий' : v))]);
    expect(check(wrong).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['category.allowed', 'level.allowed']));
  });

  it('reads measures listed one per line in an extra column as part of the row above', () => {
    const header = [...RU_HEADER.slice(0, 4), 'Меры по минимизации коррупционного риска', ...RU_HEADER.slice(4)];
    const withMeasures = (r: CellValue[]) => [...r.slice(0, 4), '1) электронная подача заявлений;', ...r.slice(4)];
    const grid = sheet([...approvedAt(7), header, ['Разрешительная функция'], withMeasures(RU_RISK),
      [null, null, null, null, '2) видеофиксация приёма;'], [null, null, null, null, '3) ротация специалистов.'],
      ['Контрольно-надзорная функция'], withMeasures(RU_CONTROL)]);
    expect(readRegisters([grid])[0].rows.map((r) => r.row)).toEqual([6, 10]);
    expect(errorsAndWarnings(grid)).toEqual([]);
  });

  it.each([
    ['«1.» | «Государственные закупки» over rows «1.1»', '1.', '1.1'],
    ['«I» | «Кадровая работа» over rows «1»', 'I', 1],
  ])('reads a heading split over two cells, not merged and naming no p.5 type: %s', (_, number, first) => {
    const procurement: CellValue[] = [first, 'Организация государственных закупок', 'Отдел закупок', 'Член тендерной комиссии за откат составляет техническое задание под конкретного поставщика и отклоняет заявки конкурентов', 'Потенциальный', 'Высокий', 'Относится ко всем органам', null];
    const grid = sheet([...approvedAt(6), RU_HEADER, [number, 'Государственные закупки'], procurement]);
    const [register] = readRegisters([grid]);
    expect([register.headings.map((h) => h.text), register.rows.map((r) => r.row)]).toEqual([['Государственные закупки'], [6]]);
    expect(check(grid).findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
  });

  it('keeps a row numbered «1» with only its function filled as a row when the next row is «2»', () => {
    const grid = sheet([...approvedAt(6), RU_HEADER, ['Разрешительная функция'], [1, 'Выдача разрешений на строительство'], RU_CONTROL]);
    expect(readRegisters([grid])[0].rows.map((r) => r.row)).toEqual([6, 7]);
  });

  it('reads a header over two rows, group cells above the columns they hold, merged or not', () => {
    const upper = ['№', 'Функции государственного органа', 'Структурное подразделение (должность)', 'Коррупционный риск', 'Оценка коррупционного риска', null, 'Относится ли риск к деятельности нескольких органов?', 'Примечание'];
    const lower = [null, null, null, null, 'Категория', 'Уровень', null, null];
    const plain = sheet([...approvedAt(6), upper, lower, ['Разрешительная функция'], RU_RISK]);
    expect(readRegisters([plain]).map((r) => [r.kind, r.headerRow, r.columns])).toEqual([['risks', 5, { number: 1, function: 2, unit: 3, risk: 4, category: 5, level: 6, scope: 7, note: 8 }]]);
    expect(errorsAndWarnings(plain)).toEqual([]);
    // «Коррупционный риск» merged over its description, category and level.
    const grouped = sheet([...approvedAt(6), ['№', 'Функции государственного органа', 'Структурное подразделение', 'Коррупционный риск', null, null, 'Относится ли риск к деятельности нескольких органов?', 'Примечание'],
      [null, null, null, 'Описание (механизм)', 'Категория', 'Уровень', null, null], ['Разрешительная функция'], RU_RISK], [{ top: 4, left: 4, bottom: 4, right: 6 }]);
    expect(readRegisters([grouped])[0].columns).toMatchObject({ risk: 4, category: 5, level: 6 });
    expect(errorsAndWarnings(grouped)).toEqual([]);
    // Repeated on the next printed page, both rows are the header again, not rows.
    const repeated = sheet([...approvedAt(6), upper, lower, ['Разрешительная функция'], RU_RISK, upper, lower, RU_CONTROL]);
    expect(readRegisters([repeated]).map((r) => r.rows.map((row) => row.row))).toEqual([[7, 10]]);
  });

  it('never joins two rows of a table into a header: posts listed without numbers stay posts', () => {
    // Between them the two rows name a post («должност…»), powers («полномочия») and a risk («Риск …»).
    const grid = sheet([...approvedAt(4), TEMPLATE_TEXT.positions.ru.header,
      [null, 'Специалист по должностным регламентам', 'Готовит проекты решений о выдаче лицензий', 'Затягивание рассмотрения заявлений', 'Средний'],
      [null, 'Главный специалист', 'Реализует полномочия по выдаче разрешений', 'Риск вымогательства у заявителей', 'Высокий']]);
    expect(readRegisters([grid]).map((r) => r.rows.map((row) => row.row))).toEqual([[5, 6]]);
  });

  it('drops a column-number row written «1.» «2.» … and a totals line', () => {
    const grid = sheet([...approvedAt(6), RU_HEADER, RU_HEADER.map((_, i) => `${i + 1}.`), ['Разрешительная функция'], RU_RISK, ['Итого', '1 риск']]);
    expect(readRegisters([grid])[0].rows.map((r) => r.row)).toEqual([7]);
    expect(errorsAndWarnings(grid)).toEqual([]);
  });

  it('reads two registers on one sheet, each with its caption and approval, no footnotes between', () => {
    const appendix2 = [[null, null, null, null, 'Приложение 2'], [null, null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, null, 'Министр _________ А.А. Асанов'],
      [null, null, null, null, '«15» марта 2026 г.'], [null, 'ПЕРЕЧЕНЬ коррупционно-опасных должностей'], TEMPLATE_TEXT.positions.ru.header, RU_POST];
    const grid = sheet([...approvedAt(6), RU_HEADER, ['Разрешительная функция'], RU_RISK, [], ...appendix2]);
    expect(readRegisters([grid]).map((r) => [r.kind, r.rows.length, r.approval?.date])).toEqual([['risks', 1, '2026-03-15'], ['positions', 1, '2026-03-15']]);
    // Only what a reviewer would say of the two together: the flagged unit has no post in the list.
    expect(errorsAndWarnings(grid)).toEqual(['positions.missing-flagged-unit C6']);
  });
});
