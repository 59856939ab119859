/** Running a check the way the adapters do, and picking one rule's findings out of the report. */
import { checkGrids } from '../../../src/checks/check';
import type { RuleInfo } from '../../../src/checks/finding';
import type { Finding, Report } from '../../../src/checks/report';
import type { CellValue, Grid } from '../../../src/registers/grid';
import { GOOD_RISK, TODAY } from '../../fixtures/grids';

export const HEADING = 'Уруксат берүү функциясы';
export const GOOD_POSITION: CellValue[] = [1, 'Лицензиялоо бөлүмүнүн башчысы', 'Лицензияларды берүү жана арыздарды кароо', 'Арыз берүүчүлөр менен түздөн-түз байланышта чечимди кечиктирүү мүмкүндүгү', 'Жогорку'];
/** The position that matches GOOD_RISK's unit, so the cross-register rule is satisfied. */
export const MATCHING_POSITION: CellValue[] = [1, 'Жер ресурстары бөлүмүнүн адиси', 'Жер участокторун ижарага берүү', 'Арыз берүүчү менен түздөн-түз байланышта чечимди кечиктирүү', 'Жогорку'];

export function check(...grids: Grid[]): Report {
  return checkGrids(grids, { today: TODAY });
}

export function checkOn(today: string, ...grids: Grid[]): Report {
  return checkGrids(grids, { today: new Date(`${today}T00:00:00Z`) });
}

export function findingsOf(report: Report, rule: RuleInfo | string): Finding[] {
  const id = typeof rule === 'string' ? rule : rule.id;
  return report.findings.filter((f) => f.rule === id);
}

const COLUMNS = new Set(['approval', 'header', 'heading', 'number', 'function', 'unit', 'risk', 'category', 'level', 'scope', 'note', 'position', 'powers']);

/**
 * Cell, severity and citation of each finding of the rule: what a reviewer reads first. Each finding also
 * names a register column and speaks three languages, the English one also as `message`.
 */
export function placed(report: Report, rule: RuleInfo | string): Array<[string, string, string]> {
  const found = findingsOf(report, rule);
  for (const finding of found) {
    expect(COLUMNS.has(finding.column)).toBe(true);
    expect(finding.message).toBe(finding.messages.en);
    for (const language of ['ky', 'ru', 'en'] as const) expect(finding.messages[language].length).toBeGreaterThan(10);
    expect(new Set([finding.messages.ky, finding.messages.ru, finding.messages.en]).size).toBe(3);
  }
  return found.map((f) => [f.cell, f.severity, f.paragraph]);
}

/** A GOOD_RISK row with some cells replaced (index 0 is the number, «1.2» as some registers write it). */
export function risk(number: number | string, overrides: Partial<Record<number, CellValue>> = {}): CellValue[] {
  const row: CellValue[] = [number, ...GOOD_RISK];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v ?? null;
  return row;
}

/** A GOOD_POSITION row with some cells replaced (index 0 is the number). */
export function position(number: number | string, overrides: Partial<Record<number, CellValue>> = {}): CellValue[] {
  const row: CellValue[] = [number, ...GOOD_POSITION.slice(1)];
  for (const [i, v] of Object.entries(overrides)) row[Number(i)] = v ?? null;
  return row;
}
