/**
 * The report a check hands both adapters (docs/report-format.md): which fields it carries and when, the
 * order a reviewer reads findings in, and how long texts are quoted in messages.
 */
import { checkGrids } from '../../src/checks/check';
import { quote } from '../../src/checks/finding';
import type { Grid } from '../../src/registers/grid';
import { GOOD_RISK, positionGrid, riskGrid, TODAY } from '../fixtures/grids';
import { GOOD_POSITION, HEADING, MATCHING_POSITION, check, findingsOf, risk } from './rules/helpers';

describe('the report', () => {
  it('names the file only when given one', () => {
    const grid = riskGrid([HEADING, risk(1)]);
    expect(checkGrids([grid], { today: TODAY, file: 'тизме.xlsx' }).file).toBe('тизме.xlsx');
    expect('file' in checkGrids([grid], { today: TODAY })).toBe(false);
  });

  it('sums up each register: sheet, kind, language, header row, rows, and the approval date when there is one', () => {
    const report = check(riskGrid([HEADING, risk(1), risk(2, { 3: `${GOOD_RISK[2]} 2` })]), positionGrid([GOOD_POSITION], { language: 'ru', approval: [[]] }));
    expect(report.registers).toEqual([
      { sheet: 'Risks', kind: 'risks', language: 'ky', headerRow: 4, rows: 2, approvalDate: '2026-03-15' },
      { sheet: 'Positions', kind: 'positions', language: 'ru', headerRow: 3, rows: 1 },
    ]);
  });

  it('counts errors, warnings, infos and flags, and is ready only without an error', () => {
    const warningsOnly = check(riskGrid([HEADING, risk(1)], { approval: [[]] }), positionGrid([MATCHING_POSITION]));
    expect(warningsOnly.summary).toMatchObject({ errors: 0, ready: true });
    expect(warningsOnly.summary.warnings).toBe(findingsOf(warningsOnly, 'approval.missing').length);
    const withError = check(riskGrid([HEADING, risk(1, { 5: 'Өтө жогорку' })]), positionGrid([MATCHING_POSITION]));
    expect(withError.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0, ready: false });
    expect(withError.summary.flags).toBe(withError.flags.length);
  });

  it('leaves out `suggestion` and `range` where a finding has none, so the JSON stays as documented', () => {
    const report = check(riskGrid([HEADING, risk(1, { 5: 'Жoгoрку' }), [2], [3]]));
    const variant = findingsOf(report, 'level.variant')[0];
    expect(variant.suggestion).toBe('Жогорку');
    expect('range' in variant).toBe(false);
    const empty = findingsOf(report, 'row.empty-numbered')[0];
    expect(empty.range).toBe('A7:A8');
    expect('suggestion' in empty).toBe(false);
    expect(Object.keys(findingsOf(report, 'positions.register-absent')[0]).sort()).toEqual(['cell', 'column', 'message', 'messages', 'paragraph', 'row', 'rule', 'severity', 'sheet']);
  });
});

describe('the order of findings', () => {
  it('follows the workbook\'s sheets, not their names', () => {
    const report = check(riskGrid([HEADING, risk(1, { 5: 'x' })], { sheet: 'Б' }), riskGrid([HEADING, risk(1, { 5: 'x' })], { sheet: 'А' }));
    expect(findingsOf(report, 'level.allowed').map((f) => f.sheet)).toEqual(['Б', 'А']);
  });

  it('puts a finding about the whole workbook on its sheet\'s place, though it is found last', () => {
    // positions.missing-flagged-unit is judged after every register, on the first sheet; the level is the second sheet's.
    const report = check(riskGrid([HEADING, risk(1)], { sheet: 'Risks' }), positionGrid([[1, 'Бухгалтер', 'Эсеп', 'Ката', 'x']], { sheet: 'Positions' }));
    expect(report.findings.map((f) => [f.sheet, f.cell, f.rule])).toEqual([['Risks', 'C6', 'positions.missing-flagged-unit'], ['Positions', 'E5', 'level.allowed']]);
  });

  it('reads a row left to right past column Z (AA comes after X)', () => {
    const wide: Grid = { ...riskGrid([HEADING, risk(1, { 4: 'x', 5: 'y' })]), firstColumn: 22 };
    // Columns V..AC: the unit sits in X, the category in Z, the level in AA.
    expect(check(wide).findings.filter((f) => f.row === 6).map((f) => [f.cell, f.rule])).toEqual([['X6', 'positions.register-absent'], ['Z6', 'category.allowed'], ['AA6', 'level.allowed']]);
  });

  it('puts the error before the warning at one cell', () => {
    // A number cell holding #REF!: an error value, and a number out of sequence.
    const report = check(riskGrid([HEADING, risk(1), risk(2, { 0: { error: '#REF!' }, 3: `${GOOD_RISK[2]} 2` })]));
    expect(report.findings.filter((f) => f.cell === 'A7').map((f) => [f.rule, f.severity])).toEqual([['cell.error-value', 'error'], ['numbering.sequence', 'warning']]);
  });
});

describe('quoting a cell in a message', () => {
  it('keeps a short text whole, on one line', () => {
    expect(quote('  Өтө\n  жогорку ')).toBe('«Өтө жогорку»');
  });

  it('cuts a long description at 60 characters, marking the cut', () => {
    const long = 'а'.repeat(100);
    expect(quote(long)).toBe(`«${'а'.repeat(59)}…»`);
    expect(quote('а'.repeat(60))).toBe(`«${'а'.repeat(60)}»`);
    expect(quote(long, 10)).toBe(`«${'а'.repeat(9)}…»`);
  });

  it('is how a finding quotes the value it is about', () => {
    const value = `Белгисиз ${'маани '.repeat(20)}`;
    const report = check(riskGrid([HEADING, risk(1, { 5: value })]));
    expect(findingsOf(report, 'level.allowed')[0].messages.ru).toContain(quote(value));
  });
});
