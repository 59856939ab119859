/**
 * Corruption-prone posts (p.9): a row is flagged only when it shows all three factors, each flag names the
 * post's cell and text, and the cells read are the ones the Order's forms give for the post.
 */
import type { Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { positionGrid, riskGrid } from '../fixtures/grids';
import { HEADING, check, risk } from './rules/helpers';

const post = (n: number, name: string, powers: string, riskText = 'Искажение сведений') => [n, name, powers, riskText, 'Средний'];
const flagsOf = (grid: Grid) => check(grid).flags;

describe('a post is flagged', () => {
  it('with discretion, contact and a zone, naming its cell, its text and the evidence of each', () => {
    const [flag, ...rest] = flagsOf(positionGrid([post(1, 'Главный специалист отдела лицензирования', 'Приём заявлений, отказ в выдаче лицензии')], { language: 'ru' }));
    expect(rest).toEqual([]);
    expect(flag).toEqual({
      sheet: 'Positions', row: 5, cell: 'B5', kind: 'positions', position: 'Главный специалист отдела лицензирования',
      factors: { discretion: ['отказ в выдаче лицензии'], contact: ['Приём заявлений'], zone: ['лицензирования', 'лицензии'] },
      zones: ['p.6/9'],
    });
  });

  it('never without a zone, without contact or without discretion', () => {
    const report = check(positionGrid([
      post(1, 'Специалист', 'Приём граждан, проверка отчётов'),
      post(2, 'Аналитик', 'Проверка отчётов по лицензиям'),
      post(3, 'Секретарь', 'Приём граждан, выдача справок о лицензиях'),
    ], { language: 'ru' }));
    expect(report.flags).toEqual([]);
    expect(report.summary.flags).toBe(0);
  });

  it('when the zone is named only in the risk the post carries', () => {
    const flags = flagsOf(positionGrid([post(1, 'Специалист', 'Приём граждан, проверка отчётов', 'Затягивание выдачи лицензий')], { language: 'ru' }));
    expect(flags.map((f) => [f.cell, f.zones])).toEqual([['B5', ['p.6/9']]]);
  });

  it('not for words in the level column', () => {
    const grid = positionGrid([[1, 'Специалист', 'Приём граждан, проверка отчётов', 'Искажение сведений', 'Средний (лицензии)']], { language: 'ru' });
    expect(flagsOf(grid)).toEqual([]);
  });
});

describe('in Appendix 1', () => {
  it('the unit of a risk row is flagged by its function, unit and risk, and named by the unit\'s cell', () => {
    const flags = flagsOf(riskGrid(['Башка функциялар', risk(1)]));
    expect(flags.map((f) => [f.cell, f.kind, f.position, f.zones])).toEqual([['C6', 'risks', 'Жер ресурстары бөлүмү', ['p.6/4', 'p.6/3']]]);
  });

  it('the zone may come from the function, the unit or the heading alone', () => {
    const risky = 'Арыз берүүчүгө чечимди негизсиз кечиктирүү';
    const plain = 'Маалыматтык колдоо';
    const grid = riskGrid([
      'Башка функциялар',
      [1, 'Жер участокторун ижарага берүү', 'Маалымат бөлүмү', risky, 'Потенциалдуу', 'Жогорку', 'Бир органга'],
      [2, plain, 'Лицензиялоо бөлүмү', `${risky} 2`, 'Потенциалдуу', 'Жогорку', 'Бир органга'],
      [3, plain, 'Маалымат бөлүмү', `${risky} 3`, 'Потенциалдуу', 'Жогорку', 'Бир органга'],
      HEADING,
      [1, plain, 'Маалымат бөлүмү', `${risky} 4`, 'Потенциалдуу', 'Жогорку', 'Бир органга'],
    ]);
    expect(flagsOf(grid).map((f) => [f.row, f.zones])).toEqual([[6, ['p.6/4', 'p.6/3']], [7, ['p.6/9']], [10, ['p.6/9']]]);
    expect(flagsOf(grid)[2].factors.zone).toEqual([HEADING]);
  });

  it('without a unit column, the flag points at the risk and names no unit', () => {
    const header = TEMPLATE_TEXT.risks.ky.header.filter((_, i) => i !== 2);
    const row = risk(1).filter((_, i) => i !== 2);
    const grid: Grid = { sheet: 'S', firstRow: 1, firstColumn: 1, values: [header, [HEADING], row] };
    const flags = flagsOf(grid);
    expect(flags.map((f) => [f.cell, f.position])).toEqual([['C3', '']]);
  });
});
