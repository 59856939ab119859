import { headingUnknownFunction } from '../../../src/checks/rules/heading-unknown-function';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { readRegisters } from '../../../src/registers/read';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

describe('heading.unknown-function', () => {
  it('warns (p.5) at a heading naming no function type of p.5, quoting it', () => {
    const report = check(riskGrid(['Спорт иш-чаралары', risk(1)]));
    expect(placed(report, headingUnknownFunction)).toEqual([['A5', 'warning', 'p.5']]);
    expect(findingsOf(report, headingUnknownFunction)[0].messages.ru).toContain('«Спорт иш-чаралары»');
  });

  it('is silent on the form\'s headings and their Russian equivalents', () => {
    expect(placed(check(riskGrid([HEADING, risk(1)])), headingUnknownFunction)).toEqual([]);
    expect(placed(check(riskGrid(['Контрольно-надзорная функция', risk(1)])), headingUnknownFunction)).toEqual([]);
  });

  it('does not judge the unit lines that group Appendix 2', () => {
    const grid = positionGrid([['Лицензиялоо башкармалыгы'], position(1)]);
    grid.merges = [{ top: 5, left: 1, bottom: 5, right: 5 }];
    const report = check(grid);
    expect(readRegisters([grid])[0].headings.map((h) => h.text)).toEqual(['Лицензиялоо башкармалыгы']);
    expect(placed(report, headingUnknownFunction)).toEqual([]);
  });
});
