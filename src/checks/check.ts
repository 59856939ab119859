/** The one entry both adapters call: grids in, the report of docs/report-format.md out. */
import { columnNumber, type Grid } from '../registers/grid';
import { readRegisters } from '../registers/read';
import type { Register } from '../registers/model';
import type { Finding, Report, RegisterSummary } from './report';
import { findingOf, makeFinding } from './finding';
import { REGISTER_RULES, WORKBOOK_RULES } from './rules';
import { flagRows, rowFactorReader } from './flags';

export interface CheckOptions {
  /** The day the check runs; the approval date is judged against it. */
  today: Date;
  file?: string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkGrids(grids: readonly Grid[], options: CheckOptions): Report {
  const registers = readRegisters(grids);
  return checkRegisters(registers, grids, options);
}

export function checkRegisters(registers: readonly Register[], grids: readonly Grid[], options: CheckOptions): Report {
  const findings: Finding[] = [];
  const flags: Report['flags'] = [];
  for (const register of registers) {
    const factorsOf = rowFactorReader(register);
    for (const rule of REGISTER_RULES) {
      rule.check({ register, today: options.today, factorsOf, report: (place) => findings.push(findingOf(rule, register.sheet, register.kind, place)) });
    }
    flags.push(...flagRows(register, factorsOf));
  }
  for (const rule of WORKBOOK_RULES) {
    rule.check({
      registers, grids, flags,
      report: (sheet, place) => findings.push(makeFinding(sheet, { ...place, rule: rule.id, severity: rule.severity, paragraph: rule.paragraph })),
    });
  }

  sortFindings(findings, grids);

  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const report: Report = {
    registers: registers.map(summarize),
    findings,
    flags,
    summary: { errors, warnings: count('warning'), infos: count('info'), flags: flags.length, ready: errors === 0 },
  };
  return options.file === undefined ? report : { file: options.file, ...report };
}

function summarize(register: Register): RegisterSummary {
  const summary: RegisterSummary = {
    sheet: register.sheet,
    kind: register.kind,
    language: register.language,
    headerRow: register.headerRow,
    rows: register.rows.length,
  };
  if (register.approval?.date) summary.approvalDate = register.approval.date;
  return summary;
}

/**
 * Sheet order, then row, column and severity; a stable sort, so one cell's findings of one severity keep
 * the rules' order. Each finding's sheet and column are worked out once, not at every comparison.
 */
function sortFindings(findings: Finding[], grids: readonly Grid[]): void {
  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  const keyed = findings.map((finding) => ({ finding, sheet: sheetOrder.get(finding.sheet) ?? 0, column: columnIndex(finding.cell) }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.finding.row - b.finding.row || a.column - b.column
    || SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity]);
  keyed.forEach(({ finding }, i) => { findings[i] = finding; });
}

function columnIndex(address: string): number {
  return columnNumber(/^[A-Z]*/.exec(address)![0]);
}
