import { readRegisters } from '../../src/registers/read';
import { classifyHeaderCell } from '../../src/registers/headers';
import { parseDateText, dateFromSerial } from '../../src/registers/dates';
import type { Grid } from '../../src/registers/grid';
import { APPENDIX_1_FORM_HEADER, APPENDIX_2_FORM_HEADER, appendix1SampleGrid, appendix2SampleGrid } from '../fixtures/order-samples';
import { GOOD_RISK, riskGrid } from '../fixtures/grids';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';

describe('header recognition', () => {
  it('recognises every column of both forms in Kyrgyz and Russian', () => {
    expect(APPENDIX_1_FORM_HEADER.map(classifyHeaderCell)).toEqual(['number', 'function', 'unit', 'risk', 'category', 'level', 'scope', 'note']);
    expect(TEMPLATE_TEXT.risks.ru.header.map(classifyHeaderCell)).toEqual(['number', 'function', 'unit', 'risk', 'category', 'level', 'scope', 'note']);
    expect(APPENDIX_2_FORM_HEADER.map(classifyHeaderCell)).toEqual(['position', 'powers', 'risk', 'level']);
    expect(TEMPLATE_TEXT.positions.ru.header.map(classifyHeaderCell)).toEqual(['number', 'position', 'powers', 'risk', 'level']);
  });

  it('reads header cells with line breaks and the sample\'s «Түзүмдүк бөлүнүш»', () => {
    expect(classifyHeaderCell('Коррупциялык\nтобокелдиктин\r\nдеңгээли')).toBe('level');
    expect(classifyHeaderCell('Түзүмдүк бөлүнүш (коррупциялык тобокелдик бар кызмат орду)')).toBe('unit');
    expect(classifyHeaderCell('№ п/п')).toBe('number');
  });
});

describe('readRegisters', () => {
  it('finds the Order\'s Appendix 1 sample below its title, with its heading and row', () => {
    const [register] = readRegisters([appendix1SampleGrid()]);
    expect(register.kind).toBe('risks');
    expect(register.language).toBe('ky');
    expect(register.headerRow).toBe(4);
    expect(register.headings.map((h) => [h.text, h.functionType?.id])).toEqual([['Уруксат берүү функциясы', 'permitting']]);
    expect(register.rows).toHaveLength(1);
    expect(register.rows[0].cells.unit?.text).toBe('Соода саясатын башкаруу');
    expect(register.rows[0].cells.category?.address).toBe('E6');
  });

  it('reads the Appendix 2 sample with «№» and joins the risk the Order prints over two rows', () => {
    const [register] = readRegisters([appendix2SampleGrid()]);
    expect(register.kind).toBe('positions');
    expect(register.rows.map((r) => r.row)).toEqual([5, 6]);
    expect(register.rows[1].cells.risk?.text).toMatch(/так эмес мүнөздөмөлөр же бир конкреттүү/);
    expect(register.rows[1].continuation).toEqual([7]);
  });

  it('reads Appendix 2 without «№», as the blank form prints it', () => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [APPENDIX_2_FORM_HEADER, ['Башчы', 'Лицензия берүү', 'Арыз берүүчү менен макулдашуу', 'Орточо']] };
    const [register] = readRegisters([grid]);
    expect(register.columns).toEqual({ position: 1, powers: 2, risk: 3, level: 4 });
    expect(register.rows).toHaveLength(1);
  });

  it('finds the header anywhere, in another column order, and keeps sheet addresses', () => {
    const header = [...APPENDIX_1_FORM_HEADER];
    [header[4], header[5]] = [header[5], header[4]];
    const grid: Grid = {
      sheet: 'Offset', firstRow: 10, firstColumn: 3,
      values: [header, ['Уруксат берүү функциясы'], [1, GOOD_RISK[0], GOOD_RISK[1], GOOD_RISK[2], 'Жогорку', 'Потенциалдуу', GOOD_RISK[5]]],
    };
    const [register] = readRegisters([grid]);
    expect(register.headerRow).toBe(10);
    expect(register.columns.level).toBe(7);
    expect(register.rows[0].cells.level?.address).toBe('G12');
    expect(register.rows[0].cells.category?.text).toBe('Потенциалдуу');
  });

  it('never reads footnotes as data and skips blank rows and the column-number row', () => {
    const grid = riskGrid([
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      'Уруксат берүү функциясы',
      [1, ...GOOD_RISK],
      [],
      [2, ...GOOD_RISK.map((v) => `${v} 2`)],
      [],
      ['Эскертүү:'],
      ['(*) - мамлекеттик орган жөнүндө бекитилген жобого ылайык.'],
      ['(**) - коррупциялык көрүнүштөр болгон мисалдарды көрсөтүү менен …'],
    ]);
    const [register] = readRegisters([grid]);
    expect(register.rows.map((r) => r.cells.number?.text)).toEqual(['1', '2']);
  });

  it('spreads a function merged over several rows to each of them', () => {
    const grid = riskGrid(['Уруксат берүү функциясы', [1, ...GOOD_RISK], [2, null, ...GOOD_RISK.slice(1)]]);
    grid.merges = [{ top: 6, left: 2, bottom: 7, right: 2 }];
    const [register] = readRegisters([grid]);
    expect(register.rows[1].cells.function?.text).toBe(GOOD_RISK[0]);
  });

  it('keeps a row that has only a number apart as an empty template row', () => {
    const [register] = readRegisters([riskGrid(['Уруксат берүү функциясы', [1, ...GOOD_RISK], [2]])]);
    expect(register.rows).toHaveLength(1);
    expect(register.emptyNumberedRows.map((c) => c.address)).toEqual(['A7']);
  });

  it('reads two registers on one sheet', () => {
    const grid: Grid = {
      sheet: 'Both', firstRow: 1, firstColumn: 1,
      values: [APPENDIX_1_FORM_HEADER, ['Уруксат берүү функциясы'], [1, ...GOOD_RISK], ['Эскертүү:'], [], ['№', ...APPENDIX_2_FORM_HEADER], [1, 'Башчы', 'Лицензия', 'Арыз', 'Орточо']],
    };
    expect(readRegisters([grid]).map((r) => [r.kind, r.headerRow, r.rows.length])).toEqual([['risks', 1, 1], ['positions', 6, 1]]);
  });

  it('reads the approval date in its Kyrgyz, Russian, numeric and serial forms', () => {
    expect(parseDateText('2024-ж. "12" март')).toBe('2024-03-12');
    expect(parseDateText('«12» мая 2024 г.')).toBe('2024-05-12');
    expect(parseDateText('12.05.2024')).toBe('2024-05-12');
    expect(parseDateText('2016-ж. " _ " _____')).toBeUndefined();
    expect(dateFromSerial(45424)).toBe('2024-05-12');
    const [register] = readRegisters([riskGrid(['Уруксат берүү функциясы', [1, ...GOOD_RISK]])]);
    expect(register.approval?.date).toBe('2026-03-15');
  });

  it('finds nothing in a sheet with no register', () => {
    expect(readRegisters([{ sheet: 'Notes', firstRow: 1, firstColumn: 1, values: [['Коррупциялык тобокелдик'], ['категория']] }])).toEqual([]);
  });
});

describe('positions registers', () => {
  const header = ['Коррупциялык тобокелдик бар кызмат орду(*)', 'Кызматтык ыйгарым укуктар(**)', 'Коррупциялык тобокелдик(***)', 'Коррупциялык тобокелдиктердин деңгээли(****)'];

  it('read a lone position in the first column as a row still to be filled, not a heading', () => {
    const [register] = readRegisters([{ sheet: 'S', firstRow: 1, firstColumn: 1, values: [header, ['Бөлүм башчысы']] }]);
    expect(register.headings).toEqual([]);
    expect(register.rows.map((r) => r.cells.position?.text)).toEqual(['Бөлүм башчысы']);
  });

  it('read a unit line merged across the table as a group heading', () => {
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [header, ['Лицензиялоо башкармалыгы'], ['Башчы', 'Лицензия берүү', 'Арыз берүүчү менен макулдашуу', 'Орточо']], merges: [{ top: 2, left: 1, bottom: 2, right: 4 }] };
    const [register] = readRegisters([grid]);
    expect(register.headings.map((h) => h.text)).toEqual(['Лицензиялоо башкармалыгы']);
    expect(register.rows).toHaveLength(1);
  });
});
