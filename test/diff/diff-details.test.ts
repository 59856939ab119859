/**
 * The comparison's finer answers: a level or category written outside the Order's words is compared as
 * written, changes are listed in row order, and each register kind is compared with its own kind only.
 */
import { diffRegisters, meaningStems, similarity } from '../../src/checks/diff';
import { readRegisters } from '../../src/registers/read';
import type { Grid } from '../../src/registers/grid';
import { positionGrid, riskGrid } from '../fixtures/grids';
import { RISKS, riskRow } from './fixtures';

const read = (...grids: Grid[]) => readRegisters(grids);
const risks = (rows: ReturnType<typeof riskRow>[]) => riskGrid(['Уруксат берүү функциясы', ...rows]);

describe('this year against last year, in detail', () => {
  it('compares a level written outside the Order as written: the same text is no change, another text is', () => {
    const before = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Жогорку-орточо')]);
    const sameWording = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'жогорку-ОРТОЧО')]);
    const otherWording = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Өтө жогорку')]);
    expect(diffRegisters(read(before), read(sameWording)).risks).toMatchObject({ rerated: [], unchanged: 1 });
    expect(diffRegisters(read(before), read(otherWording)).risks.rerated.map((c) => c.changed)).toEqual([['level']]);
  });

  it('compares a category written outside the Order as written, and a valid one by its meaning', () => {
    const before = risks([riskRow(1, RISKS[1], 'Потенциалдуу эмес', 'Төмөнкү')]);
    const sameWording = risks([riskRow(1, RISKS[1], 'потенциалдуу ЭМЕС', 'Төмөнкү')]);
    const otherWording = risks([riskRow(1, RISKS[1], 'Башка', 'Төмөнкү')]);
    expect(diffRegisters(read(before), read(sameWording)).risks).toMatchObject({ rerated: [], unchanged: 1 });
    expect(diffRegisters(read(before), read(otherWording)).risks.rerated.map((c) => c.changed)).toEqual([['category']]);
    const spelledAgain = risks([riskRow(1, RISKS[1], 'Потенциалдуу эмес', 'ТӨМӨНКҮ')]);
    expect(diffRegisters(read(before), read(spelledAgain)).risks.rerated).toEqual([]);
  });

  it('lists added, removed and re-rated rows in the order they stand in their file', () => {
    const before = risks([
      riskRow(1, RISKS[2], 'Потенциалдуу', 'Орточо'),
      riskRow(2, RISKS[0], 'Потенциалдуу', 'Орточо'),
      riskRow(3, RISKS[1], 'Потенциалдуу', 'Орточо'),
    ]);
    const after = risks([
      riskRow(1, RISKS[4], 'Потенциалдуу', 'Орточо'),
      riskRow(2, RISKS[1], 'Потенциалдуу', 'Жогорку'),
      riskRow(3, RISKS[3], 'Потенциалдуу', 'Орточо'),
      riskRow(4, RISKS[0], 'Потенциалдуу', 'Жогорку'),
    ]);
    const diff = diffRegisters(read(before), read(after)).risks;
    expect(diff.added.map((c) => c.new!.row)).toEqual([6, 8]);
    expect(diff.removed.map((c) => c.old!.row)).toEqual([6]);
    expect(diff.rerated.map((c) => c.new!.row)).toEqual([7, 9]);
  });

  it('compares risks with risks and posts with posts, when one file holds both', () => {
    const posts = positionGrid([[1, 'Башкы адис', 'Жер участокторун ижарага берүү боюнча арыздарды кабыл алуу', 'Чечимди кечиктирүү', 'Жогорку']], { sheet: 'Кызмат орундары' });
    const before = read(risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Орточо')]), posts);
    const after = read(risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Орточо')]));
    const diff = diffRegisters(before, after);
    expect(diff.risks).toMatchObject({ old: 1, new: 1, unchanged: 1, removed: [] });
    expect(diff.positions.removed.map((c) => c.old!.text)).toEqual(['Башкы адис']);
  });

  it('pairs an edited risk with the most alike of last year\'s risks', () => {
    const [fn, unit, text] = RISKS[0];
    const far = [fn, unit, text.replace('негизсиз кечиктирип', 'кечиктирип').replace('тез чечим', 'чечим')] as [string, string, string];
    const near = [fn, unit, `${text} жана башка`] as [string, string, string];
    const before = risks([riskRow(1, far, 'Потенциалдуу', 'Орточо'), riskRow(2, near, 'Потенциалдуу', 'Орточо')]);
    const after = risks([riskRow(1, [fn, unit, `${text} жана башкалар`], 'Потенциалдуу', 'Жогорку')]);
    const diff = diffRegisters(read(before), read(after)).risks;
    expect(diff.rerated.map((c) => c.old!.row)).toEqual([7]);
    expect(diff.removed.map((c) => c.old!.row)).toEqual([6]);
  });

  it('reads a level written in another form of the same word as the same level', () => {
    const before = risks([riskRow(1, RISKS[2], 'Потенциалдуу', 'Жогорку')]);
    const after = risks([riskRow(1, RISKS[2], 'Потенциалдуу', 'жогору')]);
    expect(diffRegisters(read(before), read(after)).risks).toMatchObject({ rerated: [], unchanged: 1 });
  });

  it('compares texts by the stems of their words of three letters or more', () => {
    expect([...meaningStems('Жер участогун ижарага берүү, в т.ч. на торгах')]).toEqual(['жер', 'участо', 'ижараг', 'беруу', 'торгах']);
    expect(similarity(meaningStems('выдача разрешений'), meaningStems('выдача лицензий'))).toBe(0.5);
  });

  it('finds nothing alike in a text with no words to compare, even against another such text', () => {
    const none = meaningStems('в т.ч. 1, 2');
    expect(none.size).toBe(0);
    expect(similarity(none, none)).toBe(0);
    expect(similarity(none, meaningStems('выдача разрешений'))).toBe(0);
    expect(similarity(meaningStems('выдача разрешений'), none)).toBe(0);
  });

  it('counts no row that has a level but no risk written', () => {
    const before = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Орточо')]);
    const after = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Орточо'), riskRow(2, [RISKS[1][0], RISKS[1][1], ''], 'Потенциалдуу', 'Жогорку')]);
    expect(diffRegisters(read(before), read(after)).risks).toMatchObject({ added: [], new: 1, unchanged: 1 });
  });

  it('lists reworded rows in row order, not in the order they were found alike', () => {
    const [fn0, unit0, text0] = RISKS[0];
    const [fn1, unit1, text1] = RISKS[1];
    const before = risks([riskRow(1, RISKS[0], 'Потенциалдуу', 'Орточо'), riskRow(2, RISKS[1], 'Потенциалдуу', 'Орточо')]);
    const after = risks([
      riskRow(1, [fn0, unit0, text0.replace('негизсиз ', '').replace('тез ', 'тезирээк ')], 'Потенциалдуу', 'Орточо'),
      riskRow(2, [fn1, unit1, `${text1} жана башка`], 'Потенциалдуу', 'Орточо'),
    ]);
    const diff = diffRegisters(read(before), read(after)).risks;
    expect(diff.reworded[0].similarity).toBeLessThan(diff.reworded[1].similarity!);
    expect(diff.reworded.map((c) => c.new!.row)).toEqual([6, 7]);
  });
});
