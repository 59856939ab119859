/** The one entry both adapters call: grids in, the report of docs/report-format.md out. */
import { cellAddress, columnNumber, type Grid } from '../registers/grid';
import { readRegisters } from '../registers/read';
import type { Register, RegisterRow } from '../registers/model';
import type { FactorEvidence } from '../order281/factors';
import type { Finding, Report, RegisterSummary } from './report';
import { makeFinding } from './finding';
import { RULES } from './rules';
import { factorsOfRow, flagRows } from './flags';
import { crossRegisterFindings } from './cross-register';

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
    const factors = new Map<RegisterRow, FactorEvidence>();
    const factorsOf = (row: RegisterRow) => {
      let evidence = factors.get(row);
      if (!evidence) factors.set(row, (evidence = factorsOfRow(register, row)));
      return evidence;
    };
    const report = (input: Parameters<typeof makeFinding>[1]) => findings.push(makeFinding(register.sheet, input));
    for (const rule of RULES) rule({ register, today: options.today, report, factorsOf });
    flags.push(...flagRows(register, factorsOf));
  }
  findings.push(...crossRegisterFindings(registers, flags));
  if (registers.length === 0) findings.push(noRegisterFinding(grids));

  const sheetOrder = new Map(grids.map((g, i) => [g.sheet, i]));
  findings.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row
    || columnIndex(a.cell) - columnIndex(b.cell) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

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

function noRegisterFinding(grids: readonly Grid[]): Finding {
  const grid = grids[0];
  const row = grid?.firstRow ?? 1;
  const column = grid?.firstColumn ?? 1;
  return makeFinding(grid?.sheet ?? '', {
    cell: { address: cellAddress(row, column), row }, column: 'header', severity: 'error',
    rule: 'workbook.no-register', paragraph: 'p.11',
    messages: {
      ky: 'Бул китепте 1-тиркеме же 2-тиркеме боюнча тизме табылган жок: таблицанын башы Буйруктагыдай болушу керек.',
      ru: 'В книге не найден перечень по Приложению 1 или 2: шапка таблицы должна быть как в Распоряжении.',
      en: 'No Appendix 1 or Appendix 2 register was found in this workbook: the table header must be the Order\'s.',
    },
  });
}

function columnIndex(address: string): number {
  return columnNumber(/^[A-Z]*/.exec(address)![0]);
}
