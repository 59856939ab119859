import { positionsRegisterAbsent } from '../../../src/checks/rules/positions-register-absent';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, MATCHING_POSITION, check, placed, risk } from './helpers';

describe('positions.register-absent', () => {
  it('notes once (info, p.11), at the first flagged unit, that there is no Appendix 2 to compare', () => {
    const report = check(riskGrid([HEADING, risk(1), risk(2, { 3: 'Бөлүмдүн адиси арыз берүүчүгө жер участогун ижарага берүүдөн негизсиз баш тартып, акы талап кылышы мүмкүн' })]));
    expect(placed(report, positionsRegisterAbsent)).toEqual([['C6', 'info', 'p.11']]);
  });

  it('is silent with an Appendix 2, or with nothing flagged', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)]), positionGrid([MATCHING_POSITION])), positionsRegisterAbsent)).toEqual([]);
    const unflagged = riskGrid(['Контролдоо жана көзөмөлдөө функциясы', risk(1, { 1: 'Ички отчеттуулук', 2: 'Ички аудит бөлүмү', 3: 'Бөлүм башчысы ички отчетторду бурмалап, жетекчиликке жалган маалымат бериши мүмкүн' })]);
    expect(check(unflagged).flags).toEqual([]);
    expect(placed(check(unflagged), positionsRegisterAbsent)).toEqual([]);
  });

  it('points at the first flagged unit with a name', () => {
    const unnamed = risk(1, { 2: '' });
    const report = check(riskGrid([HEADING, unnamed, risk(2, { 3: 'Бөлүмдүн адиси арыз берүүчүгө жер участогун ижарага берүүдөн негизсиз баш тартып, акы талап кылышы мүмкүн' })]));
    expect(report.flags.map((f) => f.position)).toEqual(['', 'Жер ресурстары бөлүмү']);
    expect(placed(report, positionsRegisterAbsent)).toEqual([['C7', 'info', 'p.11']]);
  });
});
