/** Registers with known counts for the summary tests: the Order's sample rows and GOOD_RISK under two headings. */
import { checkRegisters } from '../../src/checks/check';
import type { SummarySource } from '../../src/checks/summary-plan';
import { readRegisters } from '../../src/registers/read';
import type { CellValue, Grid } from '../../src/registers/grid';
import { GOOD_RISK, TODAY, positionGrid, riskGrid } from '../fixtures/grids';
import { APPENDIX_1_SAMPLE_ROW } from '../fixtures/order-samples';

const SAMPLE = APPENDIX_1_SAMPLE_ROW.slice(1, 7) as CellValue[];
const withLevel = (body: CellValue[], category: string, level: string): CellValue[] => [body[0], body[1], body[2], category, level, body[5]];

/**
 * Appendix 1: under «Уруксат берүү функциясы» 2 high potential (GOOD_RISK, land unit), 1 low situational
 * (the sample, trade unit); under «Кызмат көрсөтүү функциясы» 1 medium systemic and 1 high situational.
 */
export function summaryGrids(): Grid[] {
  return [
    riskGrid([
      'Уруксат берүү функциясы',
      [1, ...GOOD_RISK],
      [2, ...GOOD_RISK],
      [3, ...SAMPLE],
      'Кызмат көрсөтүү функциясы',
      [4, ...withLevel(SAMPLE, 'Системалуу (реалдуу)', 'Орточо')],
      [5, ...withLevel(GOOD_RISK, 'Кырдаалдык', 'Жогорку')],
    ]),
    positionGrid([[1, 'Бухгалтер', 'Бюджетти аткаруу боюнча эсептерди текшерүү', 'Бюджеттик каражаттарды бурмалоо', 'Орточо']]),
  ];
}

export function summarySource(grids: Grid[] = summaryGrids(), file?: string): SummarySource {
  const registers = readRegisters(grids);
  const report = checkRegisters(registers, grids, { today: TODAY, ...(file ? { file } : {}) });
  return { registers, report, ...(file ? { file } : {}) };
}
