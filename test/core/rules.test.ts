/**
 * One test per rule: each builds the smallest register that breaks the rule and one that keeps it, so
 * the test fails when the rule is missing and when it fires on good data.
 */
import { checkGrids } from '../../src/checks/check';
import type { Finding, Report } from '../../src/checks/report';
import type { CellValue } from '../../src/registers/grid';
import { GOOD_RISK, TODAY, bodyRow, positionGrid, riskGrid } from '../fixtures/grids';

const HEADING = 'Уруксат берүү функциясы';
const GOOD_POSITION: CellValue[] = [1, 'Лицензиялоо бөлүмүнүн башчысы', 'Лицензияларды берүү жана арыздарды кароо', 'Арыз берүүчүлөр менен түздөн-түз байланышта чечимди кечиктирүү мүмкүндүгү', 'Жогорку'];
/** The position that matches GOOD_RISK's unit, so the cross-register rule is satisfied. */
const MATCHING_POSITION: CellValue[] = [1, 'Жер ресурстары бөлүмүнүн адиси', 'Жер участокторун ижарага берүү', 'Арыз берүүчү менен түздөн-түз байланышта чечимди кечиктирүү', 'Жогорку'];

function check(...grids: Parameters<typeof checkGrids>[0]): Report {
  return checkGrids(grids, { today: TODAY });
}

function rules(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

function risk(number: number, overrides: Partial<Record<number, CellValue>> = {}): CellValue[] {
  const row: CellValue[] = [number, ...GOOD_RISK];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v ?? null;
  return row;
}

describe('a clean register', () => {
  it('has no findings', () => {
    const report = check(riskGrid([HEADING, risk(1)]), positionGrid([MATCHING_POSITION]));
    expect(report.findings).toEqual([]);
    expect(report.summary.ready).toBe(true);
  });
});

describe('errors', () => {
  it('required.empty: each required cell of Appendix 1, citing its footnote or paragraph', () => {
    const report = check(riskGrid([HEADING, risk(1, { 1: '', 2: null, 3: ' ', 4: '', 5: '' })]));
    const found = rules(report, 'required.empty').map((f) => [f.cell, f.column, f.paragraph, f.severity]);
    expect(found).toEqual([
      ['B6', 'function', 'Appendix 1 (*)', 'error'],
      ['C6', 'unit', 'Appendix 1 (*)', 'error'],
      ['D6', 'risk', 'Appendix 1 (**)', 'error'],
      ['E6', 'category', 'p.4', 'error'],
      ['F6', 'level', 'p.4', 'error'],
    ]);
    expect(report.summary.ready).toBe(false);
  });

  it('required.empty: position, powers, risk and level of Appendix 2', () => {
    const report = check(positionGrid([[1, 'Башчы', '', '', ''], [2, '', 'Лицензия берүү', 'Арыз берүүчүгө кысым', 'Орточо']]));
    expect(rules(report, 'required.empty').map((f) => [f.cell, f.column])).toEqual([['C5', 'powers'], ['D5', 'risk'], ['E5', 'level'], ['B6', 'position']]);
  });

  it('category.allowed: a value outside the three categories', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: 'Маанилүү' })]));
    expect(rules(report, 'category.allowed').map((f) => f.cell)).toEqual(['E6']);
  });

  it('level.allowed: Appendix 2 rejects «нөлдүк» and «нулевой», Appendix 1 accepts it', () => {
    const positions = check(positionGrid([[...GOOD_POSITION.slice(0, 4), 'Нөлдүк'], [2, ...GOOD_POSITION.slice(1, 4).map((t) => `${t} 2`), 'нулевой']]));
    expect(rules(positions, 'level.allowed').map((f) => [f.cell, f.paragraph])).toEqual([['E5', 'Appendix 2 (****)'], ['E6', 'Appendix 2 (****)']]);
    const risks = check(riskGrid([HEADING, risk(1, { 4: 'Кырдаалдык', 5: 'Нөлдүк' })]));
    expect(rules(risks, 'level.allowed')).toEqual([]);
  });

  it('level.allowed: an unknown level', () => {
    expect(rules(check(riskGrid([HEADING, risk(1, { 5: 'чоң' })])), 'level.allowed')).toHaveLength(1);
  });

  it('row.before-heading: a risk above the first function heading', () => {
    const report = check(riskGrid([risk(1), HEADING, risk(1, { 3: `${GOOD_RISK[2]} башка` })]));
    expect(rules(report, 'row.before-heading').map((f) => f.row)).toEqual([bodyRow(0)]);
  });

  it('heading.none: a register with no function heading at all gets one error, not one per row', () => {
    const report = check(riskGrid([risk(1), risk(2, { 3: 'башка тобокелдик, арыз берүүчүгө кысым көрсөтүү жана пара талап кылуу' })]));
    expect(rules(report, 'heading.none')).toHaveLength(1);
    expect(rules(report, 'row.before-heading')).toEqual([]);
  });

  it('cell.error-value: a formula error in a register cell', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: { error: '#N/A' } })]));
    expect(rules(report, 'cell.error-value').map((f) => [f.cell, f.severity])).toEqual([['E6', 'error']]);
    expect(rules(report, 'required.empty')).toEqual([]);
  });

  it('header.missing-column: a register without a level column', () => {
    const grid = riskGrid([HEADING, risk(1)]);
    grid.values[3] = grid.values[3].map((v, i) => (i === 5 ? 'Башка' : v));
    expect(rules(check(grid), 'header.missing-column')).toHaveLength(1);
  });

  it('workbook.no-register: a workbook without a register', () => {
    const report = check({ sheet: 'Notes', firstRow: 1, firstColumn: 1, values: [['hello']] });
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([['workbook.no-register', 'A1']]);
    expect(report.summary.ready).toBe(false);
  });
});

describe('warnings', () => {
  it('numbering.sequence and numbering.repeated: numbers restart under each heading', () => {
    const second = (n: number, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });
    const good = check(riskGrid([HEADING, risk(1), second(2, 'a'), 'Кызмат көрсөтүү функциясы', second(1, 'b')]));
    expect(good.findings.filter((f) => f.rule.startsWith('numbering'))).toEqual([]);
    const bad = check(riskGrid([HEADING, risk(1), second(3, 'a'), second(3, 'b')]));
    expect(rules(bad, 'numbering.sequence').map((f) => [f.cell, f.suggestion])).toEqual([['A7', '2']]);
    expect(rules(bad, 'numbering.repeated').map((f) => f.cell)).toEqual(['A8']);
  });

  it('heading.unknown-function: a heading naming no p.5 function type', () => {
    const report = check(riskGrid(['Спорт иш-чаралары', risk(1)]));
    expect(rules(report, 'heading.unknown-function').map((f) => [f.cell, f.severity, f.paragraph])).toEqual([['A5', 'warning', 'p.5']]);
  });

  it('risk.thin: a risk too short to describe a mechanism (footnote **)', () => {
    const report = check(riskGrid([HEADING, risk(1, { 3: 'Пара алуу' })]));
    expect(rules(report, 'risk.thin').map((f) => [f.cell, f.paragraph])).toEqual([['D6', 'Appendix 1 (**)']]);
  });

  it('risk.thin: a risk that restates the function', () => {
    const report = check(riskGrid([HEADING, risk(1, { 3: `${GOOD_RISK[0]} жана башка иштер боюнча` })]));
    expect(rules(report, 'risk.thin')).toEqual([]);
    expect(rules(check(riskGrid([HEADING, risk(1, { 1: GOOD_RISK[2] })])), 'risk.thin')).toHaveLength(1);
  });

  it('row.duplicate: the same risk twice', () => {
    const report = check(riskGrid([HEADING, risk(1), risk(2)]));
    expect(rules(report, 'row.duplicate').map((f) => f.row)).toEqual([bodyRow(2)]);
  });

  it('level.zone-too-low: a p.6 zone rated low or zero', () => {
    const report = check(riskGrid([HEADING, risk(1, { 5: 'Төмөнкү' })]));
    expect(rules(report, 'level.zone-too-low').map((f) => [f.cell, f.paragraph])).toEqual([['F6', 'p.6']]);
  });

  it('level.systemic-zero: a systemic risk rated zero', () => {
    const row = risk(1, { 1: 'Ички отчеттуулук', 3: 'Бөлүм башчысы ички отчетторду бурмалап, жетекчиликке жалган маалымат бериши мүмкүн', 4: 'Системалуу (реалдуу)', 5: 'Нөлдүк' });
    const report = check(riskGrid(['Контролдоо жана көзөмөлдөө функциясы', row]));
    expect(rules(report, 'level.systemic-zero').map((f) => f.cell)).toEqual(['F6']);
  });

  it('scope.empty: column 7 left empty', () => {
    expect(rules(check(riskGrid([HEADING, risk(1, { 6: '' })])), 'scope.empty').map((f) => f.cell)).toEqual(['G6']);
  });

  it('approval.missing, approval.undated and approval.stale (p.11, p.13)', () => {
    const none = check(riskGrid([HEADING, risk(1)], { approval: [[]] }));
    expect(rules(none, 'approval.missing')).toHaveLength(1);
    const blank = check(riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], ['2016-ж. " _ " _____']] }));
    expect(rules(blank, 'approval.undated').map((f) => f.cell)).toEqual(['A2']);
    const stale = check(riskGrid([HEADING, risk(1)], { approval: [['Бекитемин'], ['2024-ж. "10" май']] }));
    expect(rules(stale, 'approval.stale').map((f) => [f.cell, f.paragraph])).toEqual([['A2', 'p.13']]);
    expect(stale.registers[0].approvalDate).toBe('2024-05-10');
  });

  it('row.empty-numbered: a numbered row left empty', () => {
    expect(rules(check(riskGrid([HEADING, risk(1), [2]])), 'row.empty-numbered').map((f) => f.cell)).toEqual(['A7']);
  });

  it('positions.missing-flagged-unit: a flagged unit with no position in Appendix 2', () => {
    const risks = riskGrid([HEADING, risk(1)]);
    const withPosition = check(risks, positionGrid([MATCHING_POSITION]));
    expect(rules(withPosition, 'positions.missing-flagged-unit')).toEqual([]);
    const without = check(risks, positionGrid([GOOD_POSITION]));
    expect(rules(without, 'positions.missing-flagged-unit').map((f) => [f.cell, f.severity])).toEqual([['C6', 'warning']]);
  });
});

describe('suggestions and notes', () => {
  it('category.variant and level.variant: a recognisable variant gets the canonical value', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: 'потенциальный', 5: 'Жогорку' })]));
    expect(rules(report, 'category.variant').map((f) => [f.cell, f.severity, f.suggestion])).toEqual([['E6', 'info', 'Потенциалдуу']]);
    const latin = check(riskGrid([HEADING, risk(1, { 5: 'Жoгoрку' })]));
    expect(rules(latin, 'level.variant').map((f) => f.suggestion)).toEqual(['Жогорку']);
  });

  it('positions.register-absent: flagged units but no Appendix 2 to compare with', () => {
    expect(rules(check(riskGrid([HEADING, risk(1)])), 'positions.register-absent')).toHaveLength(1);
  });

  it('row.continued: a text spilling into the next row', () => {
    const report = check(positionGrid([GOOD_POSITION, [null, null, null, 'жана башка мүмкүнчүлүктөр', null]]));
    expect(rules(report, 'row.continued').map((f) => f.cell)).toEqual(['D5']);
  });
});

describe('every finding', () => {
  it('carries a message in Kyrgyz, Russian and English and the English one as `message`', () => {
    const report = check(riskGrid([risk(1, { 4: 'x', 5: '' }), 'Спорт', risk(1, { 3: 'кыска' }), [2]], { approval: [[]] }), positionGrid([[1, 'a', '', 'b', 'нөлдүк']]));
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(finding.messages.ky.trim()).not.toBe('');
      expect(finding.messages.ru.trim()).not.toBe('');
      expect(finding.message).toBe(finding.messages.en);
      expect(finding.messages.ky).not.toBe(finding.messages.en);
    }
  });
});

describe('empty numbered rows', () => {
  it('are reported once per run of consecutive rows, at the run\'s first cell', () => {
    const report = check(riskGrid([HEADING, risk(1), [2], [3], [4], 'Кызмат көрсөтүү функциясы', [1]]));
    const found = rules(report, 'row.empty-numbered');
    expect(found.map((f) => f.cell)).toEqual(['A7', 'A11']);
    expect(found[0].message).toBe('Rows 7–9 are numbered but empty: fill them in or delete them.');
  });
});

describe('one finding per mistake', () => {
  it('a zero level in Appendix 2 is an error, not also a zone warning', () => {
    const report = check(positionGrid([[1, 'Лицензиялоо бөлүмүнүн башчысы', 'Лицензияларды берүү', 'Арыз берүүчүлөр менен түздөн-түз байланышта чечимди кечиктирүү мүмкүндүгү', 'Нөлдүк']]));
    expect(report.findings.filter((f) => f.cell === 'E5').map((f) => f.rule)).toEqual(['level.allowed']);
  });
});

describe('a run of empty rows', () => {
  it('names all its cells in `range`; a single empty row has none', () => {
    const report = check(riskGrid([HEADING, risk(1), [2], [3], 'Кызмат көрсөтүү функциясы', [1]]));
    expect(rules(report, 'row.empty-numbered').map((f) => [f.cell, f.range])).toEqual([['A7', 'A7:A8'], ['A10', undefined]]);
  });
});

describe('an empty register', () => {
  it('register.empty: a header and no rows is not ready to submit', () => {
    const report = check(riskGrid([HEADING, [1], [2]]));
    expect(rules(report, 'register.empty').map((f) => [f.cell, f.severity, f.paragraph])).toEqual([['A6', 'error', 'p.11']]);
    expect(report.summary.ready).toBe(false);
    expect(rules(check(riskGrid([HEADING, risk(1)])), 'register.empty')).toEqual([]);
  });
});
