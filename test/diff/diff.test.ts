import { diffRegisters } from '../../src/checks/diff';
import { readRegisters } from '../../src/registers/read';
import type { Grid } from '../../src/registers/grid';
import { positionGrid, riskGrid } from '../fixtures/grids';
import { RISKS, riskRow } from './fixtures';

const read = (...grids: Grid[]) => readRegisters(grids);

describe('this year against last year', () => {
  const lastYear = riskGrid([
    'Уруксат берүү функциясы',
    riskRow(1, RISKS[0], 'Потенциалдуу', 'Жогорку'),
    riskRow(2, RISKS[1], 'Кырдаалдык', 'Төмөнкү'),
    riskRow(3, RISKS[2], 'Системалуу (реалдуу)', 'Орточо'),
    riskRow(4, RISKS[3], 'Потенциалдуу', 'Орточо'),
  ], { sheet: 'Тизме 2025' });

  it('finds nothing to list when only the order of rows and the sheet name changed', () => {
    const thisYear = riskGrid([
      'Уруксат берүү функциясы',
      riskRow(1, RISKS[3], 'Потенциалдуу', 'Орточо'),
      riskRow(2, RISKS[2], 'Системалуу (реалдуу)', 'Орточо'),
      riskRow(3, RISKS[0], 'Потенциалдуу', 'Жогорку'),
      riskRow(4, RISKS[1], 'Кырдаалдык', 'Төмөнкү'),
    ], { sheet: 'Тизме 2026' });
    const diff = diffRegisters(read(lastYear), read(thisYear));
    expect(diff.risks).toMatchObject({ added: [], removed: [], rerated: [], reworded: [], unchanged: 4, carriedOver: 4, old: 4, new: 4 });
  });

  it('names added, removed and re-rated risks with their rows in each file, and matches edited wording', () => {
    const edited: [string, string, string] = [RISKS[0][0], RISKS[0][1], 'Бөлүмдүн адиси арыз берүүчүгө жер участокторун ижарага берүүнү негизсиз кечиктирип, тезирээк чечим үчүн акы талап кылышы мүмкүн.'];
    const thisYear = riskGrid([
      'Уруксат берүү функциясы',
      riskRow(1, RISKS[4], 'Кырдаалдык', 'Төмөнкү'),
      riskRow(2, RISKS[2], 'Потенциалдуу', 'Жогорку'),
      riskRow(3, edited, 'Потенциалдуу', 'Жогорку'),
      riskRow(4, RISKS[3], 'Потенциалдуу', 'Орточо'),
    ], { sheet: 'Тизме 2026' });
    const diff = diffRegisters(read(lastYear), read(thisYear)).risks;
    expect(diff.added.map((c) => [c.new!.sheet, c.new!.row, c.new!.text])).toEqual([['Тизме 2026', 6, RISKS[4][2]]]);
    expect(diff.removed.map((c) => [c.old!.sheet, c.old!.row])).toEqual([['Тизме 2025', 7]]);
    expect(diff.rerated.map((c) => [c.old!.row, c.new!.row, c.old!.level, c.new!.level, c.old!.category, c.new!.category, c.changed])).toEqual([
      [8, 7, 'medium', 'high', 'systemic', 'potential', ['level', 'category']],
    ]);
    expect(diff.reworded.map((c) => [c.old!.row, c.new!.row, c.changed])).toEqual([[6, 8, ['wording']]]);
    expect(diff.reworded[0].similarity).toBeGreaterThan(0.7);
    expect(diff.reworded[0].similarity).toBeLessThan(1);
    expect(diff).toMatchObject({ unchanged: 1, carriedOver: 1 });
  });

  it('reports an edited risk whose level also changed as re-rated, with the wording noted', () => {
    const edited: [string, string, string] = [RISKS[1][0], RISKS[1][1], 'Товарларды экспорттоого лицензияларды берүүдөн негизсиз баш тартуу жана документтерди кабыл алууну атайылап создуктуруу'];
    const thisYear = riskGrid(['Уруксат берүү функциясы', riskRow(1, edited, 'Кырдаалдык', 'Орточо')]);
    const diff = diffRegisters(read(lastYear), read(thisYear)).risks;
    expect(diff.rerated.map((c) => [c.old!.row, c.new!.row, c.changed])).toEqual([[7, 6, ['level', 'wording']]]);
    expect(diff.removed).toHaveLength(3);
  });

  it('tells posts apart by their powers, and compares their levels', () => {
    const before = positionGrid([
      [1, 'Башкы адис', 'Жер участокторун ижарага берүү боюнча арыздарды кабыл алуу жана кароо', 'Чечимди кечиктирүү', 'Жогорку'],
      [2, 'Башкы адис', 'Мамлекеттик сатып алуулар боюнча тендердик документтерди даярдоо', 'Катышуучуга ыңгайлоо', 'Орточо'],
    ], { sheet: 'Кызмат орундары' });
    const after = positionGrid([
      [1, 'Башкы адис', 'Мамлекеттик сатып алуулар боюнча тендердик документтерди даярдоо', 'Катышуучуга ыңгайлоо', 'Жогорку'],
      [2, 'Башкы адис', 'Жер участокторун ижарага берүү боюнча арыздарды кабыл алуу жана кароо', 'Чечимди кечиктирүү', 'Жогорку'],
      [3, 'Бөлүм башчысы', 'Курулушка уруксат берүү боюнча чечимдерге кол коюу', 'Жеке таанышына артыкчылык', 'Орточо'],
    ], { sheet: 'Лауазымдар' });
    const diff = diffRegisters(read(before), read(after)).positions;
    expect(diff.rerated.map((c) => [c.old!.row, c.new!.row, c.old!.level, c.new!.level])).toEqual([[6, 5, 'medium', 'high']]);
    expect(diff.added.map((c) => c.new!.row)).toEqual([7]);
    expect(diff).toMatchObject({ removed: [], unchanged: 1, carriedOver: 0 });
  });

  it('does not pair different risks of one body', () => {
    const thisYear = riskGrid(['Уруксат берүү функциясы', riskRow(1, RISKS[4], 'Потенциалдуу', 'Жогорку')]);
    const diff = diffRegisters(read(lastYear), read(thisYear)).risks;
    expect(diff.added).toHaveLength(1);
    expect(diff.removed).toHaveLength(4);
    expect(diff.rerated).toEqual([]);
  });
});
