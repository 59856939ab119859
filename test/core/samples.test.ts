import { checkGrids } from '../../src/checks/check';
import { appendix1SampleGrid, appendix2SampleGrid } from '../fixtures/order-samples';
import { GOOD_RISK, TODAY, positionGrid, riskGrid } from '../fixtures/grids';
import { SAMPLE_POSITIONS, SAMPLE_RISKS } from '../../src/registers/samples';
import type { Report } from '../../src/checks/report';

describe('the Order\'s own samples', () => {
  const report = checkGrids([appendix1SampleGrid(), appendix2SampleGrid()], { today: TODAY });

  it('read as one Appendix 1 and one Appendix 2 with no errors', () => {
    expect(report.registers.map((r) => [r.kind, r.language, r.rows])).toEqual([['risks', 'ky', 1], ['positions', 'ky', 2]]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.summary.ready).toBe(true);
  });

  it('flag both positions of Appendix 2, with evidence for each factor', () => {
    const positions = report.flags.filter((f) => f.kind === 'positions');
    expect(positions.map((f) => f.row)).toEqual([5, 6]);
    const [head, tender] = positions;
    // Evidence is quoted from the cell, as written, whole phrases.
    expect(head.factors.contact).toEqual(expect.arrayContaining(['Түздөн-түз байланышууда']));
    expect(head.factors.discretion).toEqual(expect.arrayContaining(['тездетүү', 'кечиктирүү']));
    expect(head.zones).toContain('p.6/9');
    expect(tender.factors.zone).toEqual(expect.arrayContaining(['сатып алуу']));
    expect(tender.factors.contact).toEqual(expect.arrayContaining(['катышуучуларынын']));
    expect(tender.zones).toContain('p.6/1');
  });

  it('match the Appendix 1 unit to its Appendix 2 position', () => {
    expect(report.findings.filter((f) => f.rule === 'positions.missing-flagged-unit')).toEqual([]);
  });
});

describe('flags', () => {
  it('do not flag a position with no contact with citizens or organisations', () => {
    const report = checkGrids([positionGrid([
      [1, 'Бухгалтер', 'Бюджетти аткаруу боюнча эсептерди текшерүү жана бекитүү', 'Бюджеттик каражаттарды пайдаланууда чечимдерди бурмалоо мүмкүндүгү', 'Орточо'],
      [2, 'Бухгалтер', 'Исполнение бюджета, утверждение и проверка платёжных документов', 'Искажение решений о расходах бюджета', 'Средний'],
    ])], { today: TODAY });
    expect(report.flags).toEqual([]);
  });

  it('do not flag a position whose contact is not joined by discretion', () => {
    const report = checkGrids([positionGrid([[1, 'Катчы', 'Жарандардын арыздарын каттоо журналына жазуу', 'Арыздарды жоготуу', 'Төмөнкү']])], { today: TODAY });
    expect(report.flags).toEqual([]);
  });
});

/** Normalised outcome of a check: everything but the sheet and the wording. */
function shape(report: Report) {
  return {
    registers: report.registers.map(({ kind, headerRow, rows }) => ({ kind, headerRow, rows })),
    findings: report.findings.map(({ cell, rule, severity, paragraph }) => ({ cell, rule, severity, paragraph })),
    flags: report.flags.map(({ row, kind, zones }) => ({ row, kind, zones: [...zones].sort() })),
    summary: report.summary,
  };
}

describe('a Russian register', () => {
  it('reads the same as its Kyrgyz twin', () => {
    const ky = SAMPLE_RISKS.ky[0];
    const ru = SAMPLE_RISKS.ru[0];
    const kyPositions = SAMPLE_POSITIONS.ky.map((p, i) => [i + 1, p.position, p.powers, p.risk, p.level]);
    const ruPositions = SAMPLE_POSITIONS.ru.map((p, i) => [i + 1, p.position, p.powers, p.risk, p.level]);
    const kyReport = checkGrids([
      riskGrid(['Уруксат берүү функциясы', [1, ky.function, ky.unit, ky.risk, ky.category, ky.level, ky.scope], [2, ...GOOD_RISK.slice(0, 4), 'Нөлдүк', '']]),
      positionGrid(kyPositions),
    ], { today: TODAY });
    const ruReport = checkGrids([
      riskGrid(['Разрешительная функция', [1, ru.function, ru.unit, ru.risk, ru.category, ru.level, ru.scope], [2, 'Предоставление земельных участков в аренду', 'Отдел земельных ресурсов', 'Специалист отдела может необоснованно затягивать передачу участка заявителю в аренду, требуя вознаграждение за быстрое решение', 'Потенциальный', 'Нулевой', '']], { language: 'ru', approval: [[null, null, null, null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, null, null, null, '«15» марта 2026 г.']] }),
      positionGrid(ruPositions, { language: 'ru', approval: [[null, null, null, 'УТВЕРЖДАЮ'], [null, null, null, '«15» марта 2026 г.']] }),
    ], { today: TODAY });
    expect(ruReport.registers.map((r) => r.language)).toEqual(['ru', 'ru']);
    expect(shape(ruReport)).toEqual(shape(kyReport));
    expect(kyReport.findings.length).toBeGreaterThan(0);
  });
});

describe('flags in Russian', () => {
  it('flag a licensing official who receives applicants, and not a clerk who organises internal work', () => {
    const report = checkGrids([positionGrid([
      [1, 'Главный специалист отдела лицензирования', 'Рассмотрение заявлений и выдача лицензий', 'Возможность затягивать рассмотрение документов заявителей при непосредственном контакте', 'Высокий'],
      [2, 'Специалист отдела кадров', 'Организация работы по ведению кадровой документации, проверка личных дел', 'Искажение сведений в личных делах', 'Низкий'],
    ], { language: 'ru' })], { today: TODAY });
    expect(report.flags.map((f) => f.row)).toEqual([5]);
    expect(report.flags[0].factors.contact).toEqual(expect.arrayContaining(['Рассмотрение заявлений', 'непосредственном контакте']));
  });
});

describe('zone evidence from a heading', () => {
  it('quotes the heading as the register writes it', () => {
    const row = [1, 'Выдача лицензий', 'Отдел лицензирования', 'Специалист может затягивать рассмотрение заявлений и требовать вознаграждение', 'Потенциальный', 'Высокий', 'Может относиться к нескольким органам'];
    const report = checkGrids([riskGrid(['Разрешительная функция', row], { language: 'ru' })], { today: TODAY });
    expect(report.flags[0].factors.zone).toContain('Разрешительная функция');
    expect(report.flags[0].factors.zone).not.toContain('Уруксат берүү функциясы');
  });
});
