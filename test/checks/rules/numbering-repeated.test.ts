import { numberingRepeated } from '../../../src/checks/rules/numbering-repeated';
import { riskGrid, positionGrid, GOOD_RISK } from '../../fixtures/grids';
import { HEADING, check, findingsOf, placed, position, risk } from './helpers';

const second = (n: number | string, tag: string) => risk(n, { 3: `${GOOD_RISK[2]} ${tag}` });

describe('numbering.repeated', () => {
  it('warns at the second use of a number under one heading', () => {
    const report = check(riskGrid([HEADING, risk(1), second(3, 'a'), second(3, 'b')]));
    expect(placed(report, numberingRepeated)).toEqual([['A8', 'warning', 'Appendix 1']]);
    expect(findingsOf(report, numberingRepeated)[0].message).toBe('Number 3 is repeated.');
  });

  it('warns once at a repeat, and judges the rows after it from the number written', () => {
    const report = check(riskGrid([HEADING, risk(1), second(2, 'a'), second(2, 'b'), second(3, 'c'), second(4, 'd')]));
    expect(placed(report, numberingRepeated)).toEqual([['A8', 'warning', 'Appendix 1']]);
    expect(placed(report, 'numbering.sequence')).toEqual([]);
  });

  it('is silent when the same number stands under two headings', () => {
    expect(placed(check(riskGrid([HEADING, risk(1), 'Кызмат көрсөтүү функциясы', second(1, 'b')])), numberingRepeated)).toEqual([]);
  });

  it('is silent on Appendix 2 numbered 1.1, 1.2 | 2.1, 2.2 under numbered unit lines merged across', () => {
    const grid = positionGrid([
      ['1. Лицензиялоо бөлүмү'], position('1.1', { 1: 'Бөлүмдүн башчысы' }), position('1.2', { 1: 'Башкы адис' }),
      ['2. Каттоо бөлүмү'], position('2.1', { 1: 'Бөлүмдүн башчысы', 2: 'Каттоо күбөлүктөрүнө кол коюу' }), position('2.2', { 1: 'Алдыңкы адис', 2: 'Жарандардын арыздарын кабыл алуу' }),
    ]);
    const report = check({ ...grid, merges: [{ top: 5, left: 1, bottom: 5, right: 5 }, { top: 8, left: 1, bottom: 8, right: 5 }] });
    expect(report.registers[0].rows).toBe(4);
    expect(placed(report, numberingRepeated)).toEqual([]);
    expect(placed(report, 'numbering.sequence')).toEqual([]);
  });

  it('takes no two-part number whose first part changed for a repeat, under a heading or none', () => {
    const parts = (...numbers: string[]) => numbers.map((n, i) => position(n, { 1: `Кызмат орду ${i}` }));
    const report = check(positionGrid(parts('1.1', '1.2', '2.1', '2.2')));
    expect(placed(report, numberingRepeated)).toEqual([]);
    expect(placed(report, 'numbering.sequence')).toEqual([]);
    expect(placed(check(riskGrid([HEADING, risk('1.1'), second('1.2', 'a'), second('2.1', 'b'), second('2.2', 'c')])), numberingRepeated)).toEqual([]);
    expect(placed(check(positionGrid(parts('1.1', '1.2', '2.1', '2.1'))), numberingRepeated)).toEqual([['A8', 'warning', 'Appendix 2']]);
    expect(placed(check(positionGrid(parts('1.1', '1.2', '1.2'))), numberingRepeated)).toEqual([['A7', 'warning', 'Appendix 2']]);
  });

  it('cites Appendix 2 there', () => {
    expect(placed(check(positionGrid([position(1), position(1, { 1: 'Башка кызмат орду' })])), numberingRepeated)).toEqual([['A6', 'warning', 'Appendix 2']]);
  });
});
