/**
 * Numbers run 1..n under each function heading of Appendix 1 (the form restarts them) and over the whole
 * of Appendix 2: shared by the two numbering rules.
 */
import type { Localized } from '../../../order281/text';
import { rowNumber, type CellText, type Register, type RegisterRow } from '../../../registers/model';

export interface NumberedCell {
  cell: CellText;
  expected: number;
  value: number | undefined;
  /** The number already stood higher in the same group. */
  repeated: boolean;
}

// Both numbering rules read the same numbers: worked out once per register. Only the numbers out of their
// run are kept, all either rule reports: a register's numbers are mostly right, and a check keeps these to its end.
const numbered = new WeakMap<Register, NumberedCell[]>();

/** The number cells that break the run: repeated within their group, or not the number expected there. */
export function irregularNumbers(register: Register): NumberedCell[] {
  let cells = numbered.get(register);
  if (cells === undefined) numbered.set(register, (cells = readIrregularNumbers(register)));
  return cells;
}

function readIrregularNumbers(register: Register): NumberedCell[] {
  if (register.columns.number === undefined) return [];
  const groups = new Map<unknown, RegisterRow[]>();
  for (const row of register.rows) {
    const key = register.kind === 'risks' ? row.heading : undefined;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const numbered: NumberedCell[] = [];
  for (const rows of groups.values()) {
    const seen = new Set<number>();
    // A register continued from another sheet carries on that sheet's numbers in its first group.
    const carried = register.continues && rows[0].heading === register.rows[0].heading ? register.continues.firstNumber : 1;
    rows.forEach((row, index) => {
      const cell = row.cells.number!;
      const value = rowNumber(cell.text);
      const expected = index + carried;
      const repeated = value !== undefined && seen.has(value);
      if (repeated || value !== expected) numbered.push({ cell, expected, value, repeated });
      if (value !== undefined) seen.add(value);
    });
  }
  return numbered;
}

export const NUMBERING_WHY: Localized = {
  ky: 'Саптар Буйруктун формасындагыдай ар бир функциянын аталышынын астында 1, 2, … деп кайрадан номерленет; үзгүлтүк же кайталоо саптарга шилтеме берүүнү кыйындатат.',
  ru: 'Строки нумеруются 1, 2, … заново под каждым заголовком функции, как в форме; пропуски и повторы мешают ссылаться на строки.',
  en: "Rows are numbered 1, 2, … afresh under each function heading, as in the Order's form; gaps and repeats make rows hard to refer to.",
};
