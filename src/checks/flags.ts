/**
 * Corruption-prone positions (p.9, p.2): a row whose text shows discretionary power, contact with
 * citizens and organisations, and a high-risk zone. Appendix 2 rows are positions; for Appendix 1 the
 * unit of each row is judged from its function, unit, risk and heading.
 */
import type { FactorEvidence } from '../order281/factors';
import { detectFactors, type FactorMemo } from '../order281/factors';
import type { CellText, Register, RegisterRow } from '../registers/model';
import { cellText } from '../registers/model';
import type { PositionFlag } from './report';

// What short texts showed, per register: unit and post names repeat down a register and are read once.
const memos = new WeakMap<Register, FactorMemo>();

export function factorsOfRow(register: Register, row: RegisterRow): FactorEvidence {
  let memo = memos.get(register);
  if (memo === undefined) memos.set(register, (memo = new Map()));
  // The cells' own texts, so the evidence quotes them as written.
  const { cells } = row;
  if (register.kind === 'positions') return detectFactors([textOf(cells.position), textOf(cells.powers), textOf(cells.risk)], undefined, memo);
  const heading = row.heading && { type: row.heading.functionType, text: row.heading.text };
  return detectFactors([textOf(cells.function), textOf(cells.unit), textOf(cells.risk)], heading, memo);
}

function textOf(cell: CellText | undefined): string {
  return cell === undefined ? '' : cell.text;
}

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
