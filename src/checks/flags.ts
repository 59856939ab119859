/**
 * Corruption-prone positions (p.9, p.2): a row whose text shows discretionary power, contact with
 * citizens and organisations, and a high-risk zone. Appendix 2 rows are positions; for Appendix 1 the
 * unit of each row is judged from its function, unit, risk and heading.
 */
import { detectFactors, FactorMemo, type FactorEvidence } from '../order281/factors';
import type { Register, RegisterRow } from '../registers/model';
import { cellText } from '../registers/model';
import type { PositionFlag } from './report';

/**
 * How a check reads the factors of a register's rows: each row once, however many rules ask (kept on the
 * row), and each short text once — unit and post names repeat down a register.
 */
export function rowFactorReader(register: Register): (row: RegisterRow) => FactorEvidence {
  const memo = new FactorMemo({ shareLists: register.rows.length >= SHARED_EVIDENCE_ROWS });
  return (row) => (row.factors ??= factorsOfRow(register, row, memo));
}

/**
 * From how many rows a register's evidence lists are shared: a check keeps every row's evidence to its
 * end, which matters in a register of thousands of rows; in a few hundred the sharing costs more than it saves.
 */
const SHARED_EVIDENCE_ROWS = 2000;

function factorsOfRow(register: Register, row: RegisterRow, memo: FactorMemo): FactorEvidence {
  // The cells' own texts, so the evidence quotes them as written. One list for every row: it is read, never kept.
  const parts = ROW_TEXTS;
  if (register.kind === 'positions') {
    parts[0] = cellText(row, 'position'); parts[1] = cellText(row, 'powers'); parts[2] = cellText(row, 'risk');
    return detectFactors(parts, undefined, memo);
  }
  parts[0] = cellText(row, 'function'); parts[1] = cellText(row, 'unit'); parts[2] = cellText(row, 'risk');
  return detectFactors(parts, row.heading, memo);
}

const ROW_TEXTS: string[] = ['', '', ''];

function isFlagged(evidence: FactorEvidence): boolean {
  return evidence.discretion.length > 0 && evidence.contact.length > 0 && evidence.zone.length > 0;
}

export function flagRows(register: Register, factorsOf: (row: RegisterRow) => FactorEvidence): PositionFlag[] {
  const flags: PositionFlag[] = [];
  const nameColumn = register.kind === 'positions' ? 'position' : 'unit';
  for (const row of register.rows) {
    const evidence = factorsOf(row);
    if (!isFlagged(evidence)) continue;
    const cell = row.cells[nameColumn] ?? row.cells.risk ?? Object.values(row.cells)[0]!;
    flags.push({
      sheet: register.sheet,
      row: row.row,
      cell: cell.address,
      kind: register.kind,
      position: cellText(row, nameColumn),
      factors: { discretion: evidence.discretion, contact: evidence.contact, zone: evidence.zone },
      zones: evidence.zoneIds,
    });
  }
  return flags;
}
