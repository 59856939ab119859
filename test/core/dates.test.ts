/**
 * The approval date as Kyrgyz and Russian official documents write it. The Order dates itself
 * «2016-жылдын 18-майы»; bodies write the forms below under «Бекитемин» / «УТВЕРЖДАЮ».
 */
import { dateFromSerial, isBlankDateLine, isoDate, parseDateText } from '../../src/registers/dates';
import { readRegisters } from '../../src/registers/read';
import type { CellValue } from '../../src/registers/grid';
import { GOOD_RISK, riskGrid } from '../fixtures/grids';

describe('parseDateText', () => {
  it.each([
    // Kyrgyz, as the Order writes its own date.
    ['2016-жылдын 18-майы', '2016-05-18'],
    ['2026-жылдын 20-февралы', '2026-02-20'],
    ['2024-жылдын 1-мартындагы', '2024-03-01'],
    ['2024-жылы 5-апрелде', '2024-04-05'],
    // Kyrgyz, the form's «2016-ж. " _ " _____» filled in.
    ['2016-ж. "18" май', '2016-05-18'],
    ['2024-ж. «12» март', '2024-03-12'],
    ['2024 ж. 3 декабрь', '2024-12-03'],
    ['18-май 2016-ж.', '2016-05-18'],
    ['"18" май 2016-жыл', '2016-05-18'],
    // The Kyrgyz month names.
    ['2024-ж. "12" бугу', '2024-05-12'],
    ['2023-жылдын 7-жалган куран', '2023-03-07'],
    ['1 бештин айы 2025-ж.', '2025-12-01'],
    // Russian.
    ['"18" мая 2016 г.', '2016-05-18'],
    ['« 15 » марта 2024 года', '2024-03-15'],
    ['«15» марта 2024г.', '2024-03-15'],
    ['15 марта 2024 года', '2024-03-15'],
    ['от 3 сентября 2025 г. № 45', '2025-09-03'],
    ['„1“ декабря 2023 г.', '2023-12-01'],
    ['18 май, 2016', '2016-05-18'],
    // Numeric.
    ['18.05.2016', '2016-05-18'],
    ['18.05.2016 ж.', '2016-05-18'],
    ['18/05/2016', '2016-05-18'],
    ['18.05.16', '2016-05-18'],
    ['2016-05-18', '2016-05-18'],
    ['2016.05.18', '2016-05-18'],
    ['Приказ от 02.11.2025 № 118', '2025-11-02'],
    // An ordinal day, hyphens all through, the quoted day with the month as a number.
    ['1-го марта 2024 г.', '2024-03-01'],
    ['15-марта-2024', '2024-03-15'],
    ['«15» 03 2024 г.', '2024-03-15'],
    ['"5" 11.2025 ж.', '2025-11-05'],
  ])('reads «%s» as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each([
    ['2016-ж. " _ " _____'],
    ['«___» ____________ 2024 г.'],
    ['31.02.2024'],
    ['30 февраля 2024 г.'],
    ['2024-ж. "12" бир нерсе'],
    ['Министр А. Асанов'],
    ['№ 281'],
  ])('reads no date in «%s»', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('takes a blank form line for a date left to fill', () => {
    expect(isBlankDateLine('2016-ж. " _ " _____')).toBe(true);
    expect(isBlankDateLine('«___» ________ 2024 г.')).toBe(true);
    expect(isBlankDateLine('___________ А. Асанов')).toBe(false);
  });
});

describe('dates as Excel keeps them', () => {
  it('reads serial numbers from 1990 to 2100 and nothing outside', () => {
    expect(dateFromSerial(45424)).toBe('2024-05-12');
    expect(dateFromSerial(45424.75)).toBe('2024-05-12');
    expect(dateFromSerial(32874)).toBe('1990-01-01');
    expect(dateFromSerial(73051)).toBe('2100-01-01');
    expect(dateFromSerial(32873)).toBeUndefined();
    expect(dateFromSerial(73052)).toBeUndefined();
    expect(dateFromSerial(281)).toBeUndefined();
    expect(dateFromSerial(Number.NaN)).toBeUndefined();
  });

  it('refuses a day that does not exist', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
    expect(isoDate(2024, 13, 1)).toBeUndefined();
    expect(isoDate(2024, 4, 31)).toBeUndefined();
  });
});

describe('the approval date in a sheet', () => {
  const body = ['Уруксат берүү функциясы', [1, ...GOOD_RISK]];
  const approvalOf = (approval: CellValue[][], merges?: Parameters<typeof readRegisters>[0][number]['merges']) => {
    const grid = riskGrid(body, { approval });
    if (merges) grid.merges = merges;
    return readRegisters([grid])[0].approval;
  };

  it('reads a date cell and a serial number under «Бекитемин»', () => {
    expect(approvalOf([['Бекитемин'], ['Министр'], [new Date(Date.UTC(2026, 1, 20))]])).toMatchObject({ date: '2026-02-20', dateCell: { address: 'A3' } });
    expect(approvalOf([['УТВЕРЖДАЮ'], [46073]])).toMatchObject({ date: '2026-02-20', dateCell: { address: 'A2' } });
  });

  it('reads the date on the lines under the head\'s post, name and signature', () => {
    const approval = approvalOf([
      [null, null, null, null, 'Бекитемин'],
      [null, null, null, null, 'Кыргыз Республикасынын Экономика жана коммерция министри'],
      [null, null, null, null, '_____________ А. Асанов'],
      [null, null, null, null, 'М.О.'],
      [null, null, null, null, '2026-жылдын 20-февралы'],
    ]);
    expect(approval).toMatchObject({ date: '2026-02-20', dateCell: { address: 'E5' }, cell: { address: 'E1' } });
  });

  it('reads the date in the same cell as «УТВЕРЖДАЮ», over several lines', () => {
    expect(approvalOf([['УТВЕРЖДАЮ\nМинистр экономики\n_________ А. Асанов\n«15» марта 2024 года']])).toMatchObject({ date: '2024-03-15', dateCell: { address: 'A1' } });
  });

  it('prefers the approval\'s own date to the one under «СОГЛАСОВАНО» on its left', () => {
    const approval = approvalOf([
      ['СОГЛАСОВАНО', null, null, null, 'УТВЕРЖДАЮ'],
      ['Председатель комиссии', null, null, null, 'Министр'],
      ['«1» марта 2024 г.', null, null, null, '«15» марта 2024 г.'],
    ]);
    expect(approval).toMatchObject({ date: '2024-03-15', dateCell: { address: 'E3' } });
  });

  it('reads a date merged across from a column left of the approval word', () => {
    const approval = approvalOf([
      [null, null, null, null, null, 'УТВЕРЖДАЮ'],
      [null, null, null, null, '«15» марта 2024 г.'],
    ], [{ top: 2, left: 5, bottom: 2, right: 8 }]);
    expect(approval).toMatchObject({ date: '2024-03-15', dateCell: { address: 'E2' } });
  });

  it('reads the date beside the approval word on its row', () => {
    expect(approvalOf([['Бекитемин', '2024-ж. "12" март']])).toMatchObject({ date: '2024-03-12', dateCell: { address: 'B1' } });
  });

  it('reads «УТВЕРЖДЕН приказом … от …» and «Бекитилген»', () => {
    expect(approvalOf([['Утвержден приказом Министерства от 02.11.2025 № 118']])).toMatchObject({ date: '2025-11-02' });
    expect(approvalOf([['Бекитилген'], ['Министрдин 2025-жылдын 3-сентябрындагы № 45 буйругу менен']])).toMatchObject({ date: '2025-09-03' });
  });

  it('keeps the blank line as the place of a missing date', () => {
    expect(approvalOf([['Бекитемин'], ['Министр'], ['2016-ж. " _ " _____']])).toEqual({ cell: expect.objectContaining({ address: 'A1' }), dateCell: expect.objectContaining({ address: 'A3' }) });
    expect(approvalOf([['Бекитемин'], ['Министр']])).toEqual({ cell: expect.objectContaining({ address: 'A1' }) });
  });
});

describe('every month', () => {
  it.each([
    ['января', 1], ['февраля', 2], ['марта', 3], ['апреля', 4], ['мая', 5], ['май', 5], ['июня', 6], ['июля', 7],
    ['августа', 8], ['сентября', 9], ['октября', 10], ['ноября', 11], ['декабря', 12],
    ['үчтүн айы', 1], ['бирдин айы', 2], ['жалган куран', 3], ['чын куран', 4], ['бугу', 5], ['кулжа', 6], ['теке', 7],
    ['баш оона', 8], ['аяк оона', 9], ['тогуздун айы', 10], ['жетинин айы', 11], ['бештин айы', 12],
  ])('«%s» is month %i', (month, number) => {
    const iso = `2025-${String(number).padStart(2, '0')}-09`;
    expect(parseDateText(`9 ${month} 2025`)).toBe(iso);
    expect(parseDateText(`2025-ж. "9" ${month}`)).toBe(iso);
  });
});
