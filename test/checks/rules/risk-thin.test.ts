import { riskThin, MIN_RISK_LETTERS, MIN_RISK_WORDS } from '../../../src/checks/rules/risk-thin';
import { positionGrid, riskGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

describe('risk.thin', () => {
  it('warns (footnote **) at a risk too short to describe a mechanism', () => {
    const report = check(riskGrid([HEADING, risk(1, { 3: 'Пара алуу' })]));
    expect(placed(report, riskThin)).toEqual([['D6', 'warning', 'Appendix 1 (**)']]);
    expect(findingsOf(report, riskThin)[0].message).toContain('too thin');
  });

  it('needs both enough words and enough letters', () => {
    expect([MIN_RISK_WORDS, MIN_RISK_LETTERS]).toEqual([6, 40]);
    // Six short words, under forty letters.
    expect(placed(check(riskGrid([HEADING, risk(1, { 3: 'ал бул иш үчүн акы алат' })])), riskThin)).toHaveLength(1);
    // Long words, but five of them.
    expect(placed(check(riskGrid([HEADING, risk(1, { 3: 'кызматкерлердин арыздарды кечиктирүүсү акчалай сыйлыкты' })])), riskThin)).toHaveLength(1);
    // Six words over forty letters; one-letter words do not count.
    expect(placed(check(riskGrid([HEADING, risk(1, { 3: 'адиси арыздарды атайылап кечиктирип акчаны талап' })])), riskThin)).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk(1, { 3: 'а б в г д кызматкерлер арыздарды атайылап кечиктирип акчаларды' })])), riskThin)).toHaveLength(1);
  });

  it('warns at a risk that restates the function, and says so', () => {
    const report = check(riskGrid([HEADING, risk(1, { 1: GOOD_RISK[2] })]));
    expect(placed(report, riskThin)).toEqual([['D6', 'warning', 'Appendix 1 (**)']]);
    expect(findingsOf(report, riskThin)[0].message).toContain('restates the function');
    expect(placed(check(riskGrid([HEADING, risk(1, { 3: `${GOOD_RISK[0]} жана башка иштер боюнча` })])), riskThin)).toEqual([]);
  });

  it('does not judge Appendix 2, whose risk column has no such footnote', () => {
    expect(placed(check(positionGrid([position(1, { 3: 'Пара' })])), riskThin)).toEqual([]);
  });

  it('leaves an empty risk to required.empty', () => {
    const report = check(riskGrid([HEADING, risk(1, { 3: '' })]));
    expect(placed(report, riskThin)).toEqual([]);
    expect(findingsOf(report, 'required.empty').map((f) => f.cell)).toEqual(['D6']);
  });
});
