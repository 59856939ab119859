import { requiredEmpty } from '../../../src/checks/rules/required-empty';
import { positionGrid, riskGrid } from '../../fixtures/grids';
import { HEADING, check, findingsOf, risk } from './helpers';

describe('required.empty', () => {
  it('is an error at each empty required cell of Appendix 1, citing its footnote or paragraph', () => {
    const report = check(riskGrid([HEADING, risk(1, { 1: '', 2: null, 3: ' ', 4: '', 5: '' })]));
    expect(findingsOf(report, requiredEmpty).map((f) => [f.cell, f.column, f.paragraph, f.severity])).toEqual([
      ['B6', 'function', 'Appendix 1 (*)', 'error'],
      ['C6', 'unit', 'Appendix 1 (*)', 'error'],
      ['D6', 'risk', 'Appendix 1 (**)', 'error'],
      ['E6', 'category', 'p.4', 'error'],
      ['F6', 'level', 'p.4', 'error'],
    ]);
    expect(report.summary.ready).toBe(false);
  });

  it('cites footnotes (*) to (****) of Appendix 2', () => {
    const report = check(positionGrid([[1, 'Башчы', '', '', ''], [2, '', 'Лицензия берүү', 'Арыз берүүчүгө кысым', 'Орточо']]));
    expect(findingsOf(report, requiredEmpty).map((f) => [f.cell, f.column, f.paragraph, f.severity])).toEqual([
      ['C5', 'powers', 'Appendix 2 (**)', 'error'],
      ['D5', 'risk', 'Appendix 2 (***)', 'error'],
      ['E5', 'level', 'Appendix 2 (****)', 'error'],
      ['B6', 'position', 'Appendix 2 (*)', 'error'],
    ]);
  });

  it('leaves a cell holding a formula error and the optional columns alone', () => {
    const report = check(riskGrid([HEADING, risk(1, { 4: { error: '#N/A' }, 6: '' })]));
    expect(findingsOf(report, requiredEmpty)).toEqual([]);
  });

  it('names the empty column in each language', () => {
    const [finding] = findingsOf(check(riskGrid([HEADING, risk(1, { 3: '' })])), requiredEmpty);
    expect(finding.messages).toEqual({
      ky: 'Милдеттүү уяча толтурулган эмес: коррупциялык тобокелдик.',
      ru: 'Не заполнена обязательная ячейка: коррупционный риск.',
      en: 'Required cell is empty: corruption risk.',
    });
    expect(finding.message).toBe(finding.messages.en);
  });
});
