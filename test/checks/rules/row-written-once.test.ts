import { rowWrittenOnce } from '../../../src/checks/rules/row-written-once';
import { readRegisters } from '../../../src/registers/read';
import { riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, risk } from './helpers';

describe('row.written-once', () => {
  // The function and unit written on the group's first row only, the cells below blank and not merged.
  const second = risk(2, { 1: '', 2: '', 3: 'Адис документтердин толук эместигине карабастан уруксат берип, арыз берүүчүдөн акы алышы мүмкүн' });
  const third = risk(3, { 1: '', 2: '', 3: 'Адис мөөнөттү атайылап созуп, арыз берүүчүнү ортомчуга кайрылууга мажбурлашы мүмкүн' });

  it('reads the blank function and unit from the row above, and notes it (info) once for the group', () => {
    const grid = riskGrid([HEADING, risk(1), second, third]);
    const [register] = readRegisters([grid]);
    expect(register.rows.map((row) => [row.cells.function?.text, row.cells.unit?.address, row.writtenAbove])).toEqual([
      [risk(1)[1], 'C6', []], [risk(1)[1], 'C7', ['function', 'unit']], [risk(1)[1], 'C8', ['function', 'unit']],
    ]);
    const report = check(grid);
    expect(placed(report, rowWrittenOnce)).toEqual([['B7', 'info', 'Appendix 1']]);
    expect(findingsOf(report, rowWrittenOnce)[0].messages.ru).toContain('в строках 7, 8');
    expect(findingsOf(report, 'required.empty')).toEqual([]);
    // The rows are judged as the group's: the unit's flag sees each risk.
    expect(report.flags.map((flag) => flag.row)).toEqual(expect.arrayContaining([7, 8]));
  });

  it('takes only what is blank, and names only that; a unit blank beside a function of its own is forgotten', () => {
    const report = check(riskGrid([HEADING, risk(1), risk(2, { 1: '', 3: second[3] })]));
    expect(findingsOf(report, rowWrittenOnce).map((f) => [f.cell, f.column, f.messages.en])).toEqual([
      ['B7', 'function', '«function / official powers»: blank in row 7, read from the row above; repeat it in each row or merge the cells.'],
    ]);
    const forgotten = check(riskGrid([HEADING, risk(1), risk(2, { 2: '', 3: second[3] })]));
    expect(findingsOf(forgotten, rowWrittenOnce)).toEqual([]);
    expect(findingsOf(forgotten, 'required.empty').map((f) => f.cell)).toEqual(['C7']);
  });

  it('takes nothing across a heading, nor for a row with no risk of its own', () => {
    const underNewHeading = check(riskGrid([HEADING, risk(1), 'Контролдук-көзөмөлдөө функциясы', second]));
    expect(findingsOf(underNewHeading, rowWrittenOnce)).toEqual([]);
    expect(findingsOf(underNewHeading, 'required.empty').map((f) => f.column)).toEqual(['function', 'unit']);
    const noRisk = check(riskGrid([HEADING, risk(1), risk(2, { 1: '', 2: '', 3: '' })]));
    expect(findingsOf(noRisk, rowWrittenOnce)).toEqual([]);
    expect(findingsOf(noRisk, 'required.empty').map((f) => f.column)).toEqual(['function', 'unit', 'risk']);
  });

  it('is silent where each row writes its own', () => {
    expect(findingsOf(check(riskGrid([HEADING, risk(1), risk(2, { 3: second[3] })])), rowWrittenOnce)).toEqual([]);
  });
});
