/** The approval block's date and how old it is on the day of the check: shared by the approval rules. */
import type { Register } from '../../../registers/model';
import { firstHeaderCell } from '../../../registers/model';

const DAY_MS = 86400000;

/** Whole days from the approval date to `today`; negative for a date still to come. */
export function approvalAgeDays(date: string, today: Date): number {
  return (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(date)) / DAY_MS;
}

/** Only a register with rows is judged: a fresh template has nothing to approve yet. */
export function approvalToJudge(register: Register) {
  return register.rows.length === 0 ? undefined : register.approval;
}

/** Where findings about the block point: its date cell, else the block, else the header's first cell. */
export function approvalCell(register: Register) {
  const approval = register.approval;
  return approval ? approval.dateCell ?? approval.cell : firstHeaderCell(register);
}
