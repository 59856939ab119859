import { rowDuplicate } from '../../../src/checks/rules/row-duplicate';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

describe('row.duplicate', () => {
  it('warns at the second copy of a risk, naming the first row', () => {
    const report = check(riskGrid([HEADING, risk(1), risk(2)]));
    expect(placed(report, rowDuplicate)).toEqual([['D7', 'warning', 'Appendix 1']]);
    expect(findingsOf(report, rowDuplicate)[0].message).toBe('This row repeats row 6.');
  });

  it('reads case and spacing alike, but not a different unit', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), risk(2, { 2: ' ЖЕР  ресурстары бөлүмү' })])), rowDuplicate)).toHaveLength(1);
    expect(placed(check(riskGrid([HEADING, risk(1), risk(2, { 2: 'Башка бөлүм' })])), rowDuplicate)).toEqual([]);
  });

  it('compares position, powers and risk in Appendix 2', () => {
    expect(placed(check(positionGrid([position(1), position(2)])), rowDuplicate)).toEqual([['D6', 'warning', 'Appendix 2']]);
    expect(placed(check(positionGrid([position(1), position(2, { 2: 'Башка ыйгарым укуктар' })])), rowDuplicate)).toEqual([]);
  });

  it('tells rows apart by function, unit and risk in Appendix 1, and by position, powers and risk in Appendix 2', () => {
    for (const column of [1, 2, 3]) expect(placed(check(riskGrid([HEADING, risk(1), risk(2, { [column]: 'Башка текст, мурунку саптан айырмаланган' })])), rowDuplicate)).toEqual([]);
    for (const column of [1, 2, 3]) expect(placed(check(positionGrid([position(1), position(2, { [column]: 'Башка текст, мурунку саптан айырмаланган' })])), rowDuplicate)).toEqual([]);
  });

  it('still sees a copy with one identifying cell left empty, but not two rows with all three empty', () => {
    expect(placed(check(riskGrid([HEADING, risk(1, { 1: '' }), risk(2, { 1: '' })])), rowDuplicate)).toEqual([['D7', 'warning', 'Appendix 1']]);
    expect(placed(check(riskGrid([HEADING, risk(1, { 1: '', 2: '', 3: '' }), risk(2, { 1: '', 2: '', 3: '' })])), rowDuplicate)).toEqual([]);
  });
});
