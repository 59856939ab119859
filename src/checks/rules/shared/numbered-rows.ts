/**
 * Numbers run 1..n under each function heading of Appendix 1 (the form restarts them) and each unit line of
 * Appendix 2, or on through them: shared by the two numbering rules.
 */
import type { Localized } from '../../../order281/text';
import { numberPrefix, rowNumber, type CellText, type Register } from '../../../registers/model';

export interface NumberedCell {
  cell: CellText;
  expected: number;
  value: number | undefined;
  /** The number already stood higher in the same run. */
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
  const irregular: NumberedCell[] = [];
  const seen = new Set<number>();
  // Each number is judged against the one written above it, not against its place in the list: one
  // missing or repeated number is one finding, not one for every row after it. A register continued from
  // another sheet carries on that sheet's numbers.
  let last = register.continues ? register.continues.firstNumber - 1 : 0;
  // Whether the numbers have run on through a heading rather than started again under it: the number
  // to suggest under a heading that does neither.
  let running = false;
  let lastPrefix = 0;
  const rows = register.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const cell = row.cells.number!;
    const value = rowNumber(cell.text);
    const prefix = value === undefined ? lastPrefix : numberPrefix(cell.text);
    let expected = last + 1;
    // «2.1» after «1.2» numbers the rows of the next group, though no heading line set it apart.
    if (index === 0 || row.heading !== rows[index - 1].heading || prefix !== lastPrefix) {
      // The form starts again at 1 under each heading; many bodies number on through them. Either is a run.
      if (value === 1 || (value !== last + 1 && !running)) {
        seen.clear();
        expected = 1;
      } else if (value === last + 1) running ||= index > 0;
    }
    const repeated = value !== undefined && seen.has(value);
    if (repeated || value !== expected) irregular.push({ cell, expected, value, repeated });
    lastPrefix = prefix;
    if (value === undefined) last = expected;
    else {
      seen.add(value);
      last = value;
    }
  }
  return irregular;
}

export const NUMBERING_WHY: Localized = {
  ky: 'Саптар Буйруктун формасындагыдай ар бир функциянын аталышынын астында 1, 2, … деп кайрадан, же аталыштар аркылуу уланып номерленет; үзгүлтүк же кайталоо саптарга шилтеме берүүнү кыйындатат.',
  ru: 'Строки нумеруются 1, 2, … заново под каждым заголовком функции, как в форме, или подряд через заголовки; пропуски и повторы мешают ссылаться на строки.',
  en: "Rows are numbered 1, 2, … afresh under each function heading, as in the Order's form, or on through the headings; gaps and repeats make rows hard to refer to.",
};
