import { positionsMissingFlaggedUnit } from '../../../src/checks/rules/positions-missing-flagged-unit';
import { nameStems, namesMatch } from '../../../src/checks/rules/shared/unit-names';
import type { Grid } from '../../../src/registers/grid';
import { readRegisters } from '../../../src/registers/read';
import { TEMPLATE_TEXT } from '../../../src/registers/template-text';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { GOOD_POSITION, HEADING, MATCHING_POSITION, check, findingsOf, placed, position, risk } from './helpers';

describe('positions.missing-flagged-unit', () => {
  const risks = riskGrid([HEADING, risk(1)]);

  it('warns (p.9) at a flagged unit with no position in Appendix 2', () => {
    const report = check(risks, positionGrid([GOOD_POSITION]));
    expect(placed(report, positionsMissingFlaggedUnit)).toEqual([['C6', 'warning', 'p.9']]);
    expect(findingsOf(report, positionsMissingFlaggedUnit)[0].messages.ru).toContain('«Жер ресурстары бөлүмү»');
  });

  it('is silent when Appendix 2 names the unit\'s position, however worded', () => {
    expect(placed(check(risks, positionGrid([MATCHING_POSITION])), positionsMissingFlaggedUnit)).toEqual([]);
  });

  it('reports a unit once, however many of its rows are flagged', () => {
    const twice = riskGrid([HEADING, risk(1), risk(2, { 3: 'Бөлүмдүн адиси арыз берүүчүгө жер участогун ижарага берүүдөн негизсиз баш тартып, акы талап кылышы мүмкүн' })]);
    expect(check(twice).flags).toHaveLength(2);
    expect(placed(check(twice, positionGrid([GOOD_POSITION])), positionsMissingFlaggedUnit)).toHaveLength(1);
  });

  it('matches names by the share of the unit\'s stems found in the position', () => {
    expect(nameStems('Жер ресурстары бөлүмү жана')).toEqual(['ресур', 'болум']);
    expect(namesMatch(['ресур', 'бөлүм'], new Set(['ресур']))).toBe(false);
    expect(namesMatch(['ресур', 'жерди', 'бөлүм'], new Set(['ресур', 'жерди']))).toBe(true);
    expect(namesMatch([], new Set(['ресур']))).toBe(false);
  });

  it('is silent with no Appendix 2 at all (positions.register-absent says so), even over two lists of risks', () => {
    const second = riskGrid([HEADING, risk(1, { 2: 'Архитектура бөлүмү' })], { sheet: 'Risks 2' });
    expect(placed(check(risks, second), positionsMissingFlaggedUnit)).toEqual([]);
  });

  it('looks for the unit among all positions, not in each', () => {
    expect(placed(check(risks, positionGrid([GOOD_POSITION, [2, ...MATCHING_POSITION.slice(1)]])), positionsMissingFlaggedUnit)).toEqual([]);
  });

  it('counts a position for the unit named by the heading it stands under', () => {
    const grouped = positionGrid([['Жер ресурстары бөлүмү'], position(1, { 1: 'Бөлүмдүн башчысы' }), position(2, { 1: 'Башкы адис' })]);
    expect(check(grouped).registers[0].rows).toBe(2);
    expect(placed(check(risks, grouped), positionsMissingFlaggedUnit)).toEqual([]);
    const otherUnit = positionGrid([['Архитектура бөлүмү'], position(1, { 1: 'Бөлүмдүн башчысы' })]);
    expect(placed(check(risks, otherUnit), positionsMissingFlaggedUnit)).toEqual([['C6', 'warning', 'p.9']]);
  });

  it('reads the unit heading of a Russian Appendix 2 merged across the table', () => {
    const ru = TEMPLATE_TEXT.risks.ru.header;
    const risksRu: Grid = { sheet: 'R', firstRow: 1, firstColumn: 1, values: [ru, ['Разрешительная функция'], [1, 'Выдача лицензий на осуществление деятельности', 'Отдел лицензирования', 'Специалист отдела может затягивать рассмотрение заявления и требовать вознаграждение за ускорение выдачи лицензии', 'Потенциальный', 'Высокий', 'Может охватывать деятельность нескольких органов']] };
    const post = (n: number, title: string, powers: string) => [n, title, powers, 'Возможность затягивания сроков рассмотрения заявлений и вымогательства вознаграждения', 'Высокий'];
    const positionsRu: Grid = {
      sheet: 'P', firstRow: 1, firstColumn: 1,
      values: [TEMPLATE_TEXT.positions.ru.header, ['Отдел лицензирования'], post(1, 'Начальник отдела', 'Подписание лицензий, принятие решений по заявлениям'), post(2, 'Главный специалист', 'Приём документов от заявителей, подготовка проектов решений')],
      merges: [{ top: 2, left: 1, bottom: 2, right: 5 }],
    };
    const report = check(risksRu, positionsRu);
    expect(report.flags.filter((f) => f.kind === 'risks').map((f) => [f.cell, f.position])).toEqual([['C3', 'Отдел лицензирования']]);
    expect(placed(report, positionsMissingFlaggedUnit)).toEqual([]);
    expect(placed(check(risksRu, { ...positionsRu, values: positionsRu.values.filter((_, i) => i !== 1), merges: [] }), positionsMissingFlaggedUnit)).toEqual([['C3', 'warning', 'p.9']]);
  });

  it('reads the unit column a list of posts may have, the unit written once for its group or merged down', () => {
    const [number, ...rest] = TEMPLATE_TEXT.positions.ru.header;
    const risksRu: Grid = { sheet: 'R', firstRow: 1, firstColumn: 1, values: [TEMPLATE_TEXT.risks.ru.header, ['Разрешительная функция'], [1, 'Выдача лицензий на осуществление деятельности', 'Отдел лицензирования', 'Специалист отдела может затягивать рассмотрение заявления и требовать вознаграждение за ускорение выдачи лицензии', 'Потенциальный', 'Высокий', 'Может охватывать деятельность нескольких органов']] };
    const post = (n: number, unit: string, title: string) => [n, unit, title, 'Подписание лицензий, принятие решений по заявлениям', 'Возможность затягивания сроков рассмотрения заявлений', 'Высокий'];
    const withUnits = (first: string, merges: Grid['merges'] = []): Grid => ({
      sheet: 'P', firstRow: 1, firstColumn: 1, merges,
      values: [[number, 'Структурное подразделение', ...rest], post(1, 'Отдел кадров', 'Начальник отдела'), post(2, first, 'Начальник отдела'), post(3, '', 'Главный специалист')],
    });
    expect(readRegisters([withUnits('Отдел лицензирования')])[0]).toMatchObject({ kind: 'positions', columns: { unit: 2, position: 3 } });
    expect(placed(check(risksRu, withUnits('Отдел лицензирования')), positionsMissingFlaggedUnit)).toEqual([]);
    expect(placed(check(risksRu, withUnits('Отдел лицензирования', [{ top: 3, left: 2, bottom: 4, right: 2 }])), positionsMissingFlaggedUnit)).toEqual([]);
    expect(placed(check(risksRu, withUnits('Отдел архитектуры')), positionsMissingFlaggedUnit)).toEqual([['C3', 'warning', 'p.9']]);
  });

  it('has no name to look for when the unit is empty', () => {
    const report = check(riskGrid([HEADING, risk(1, { 2: '' })]), positionGrid([GOOD_POSITION]));
    expect(report.flags.filter((f) => f.kind === 'risks').map((f) => f.position)).toEqual(['']);
    expect(placed(report, positionsMissingFlaggedUnit)).toEqual([]);
  });
});
