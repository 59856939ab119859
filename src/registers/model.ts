/** Register rows as the core reads them from a grid: typed, with each cell's address kept for findings. */
import type { RegisterLanguage } from '../order281/text';
import type { FunctionType } from '../order281/function-types';
import type { Words } from '../order281/normalize';
import type { FactorEvidence } from '../order281/factors';
import type { RegisterColumn, RegisterKind } from './kinds';

export interface CellText {
  /** The cell's text, trimmed; numbers and dates as written. Empty when the cell is empty. */
  text: string;
  address: string;
  row: number;
  column: number;
  /** The Excel error the cell holds (`#N/A`), if any; its text is then empty. */
  error?: string;
  /** The text's words, kept by the checks so each long text is read once (checks/cell-words.ts). */
  words?: Words;
  /** The hash of the text's words (`textShape`), likewise kept by the checks. */
  wordHash?: number;
}

export interface Heading {
  text: string;
  cell: CellText;
  /** The p.5 function type the heading names, if it names one. */
  functionType?: FunctionType;
}

export interface RegisterRow {
  /** The sheet row (1-based). */
  row: number;
  cells: Partial<Record<RegisterColumn, CellText>>;
  /** The line the row stands under: a function heading (Appendix 1) or a unit line (Appendix 2). */
  heading?: Heading;
  /** Sheet rows whose text continued this row's cells (a long text typed over several rows). */
  continuation: readonly number[];
  /**
   * Columns the row leaves blank and takes from the row above: a function and unit written once for the
   * risks under them, as a merged cell would hold them, but not merged.
   */
  writtenAbove: readonly RegisterColumn[];
  /**
   * The factors the row's texts show, kept by the checks so each row is read once however many rules
   * ask (checks/flags.ts). On the row itself: a map keyed by tens of thousands of rows costs more to fill
   * and to look up than the reading of a short row.
   */
  factors?: FactorEvidence;
}

export interface ApprovalBlock {
  /** The cell holding «Бекитемин» / «УТВЕРЖДАЮ». */
  cell: CellText;
  /** ISO date, when one could be read. */
  date?: string;
  /** Where the date is, or the line where it belongs. */
  dateCell?: CellText;
}

export interface Register {
  sheet: string;
  kind: RegisterKind;
  language: RegisterLanguage;
  headerRow: number;
  /** Sheet column of each recognised column. */
  columns: Partial<Record<RegisterColumn, number>>;
  /** The header cell of each recognised column. */
  headerCells: Partial<Record<RegisterColumn, CellText>>;
  headings: Heading[];
  rows: RegisterRow[];
  /** Rows that hold only a number: the unfilled rows of a template. */
  emptyNumberedRows: CellText[];
  approval?: ApprovalBlock;
  /**
   * When the register goes on from one on an earlier sheet (no approval block of its own, its numbers
   * carrying on): that sheet, and the number this register's first group starts from.
   */
  continues?: { sheet: string; firstNumber: number };
  /** The last sheet row the register spans, footnotes excluded. */
  lastRow: number;
}

/** The header's leftmost cell: where a finding about the register as a whole points. */
export function firstHeaderCell(register: Register): CellText {
  return Object.values(register.headerCells).reduce((a, b) => (b!.column < a!.column ? b : a))!;
}

export function cellText(row: RegisterRow, column: RegisterColumn): string {
  return row.cells[column]?.text ?? '';
}

/**
 * The row number a № cell holds («3», «3.», «3)»), or undefined for anything else. Registers that number
 * their headings number the rows under them «1.1», «1.2»: the row's own number is the last part.
 */
export function rowNumber(text: string): number | undefined {
  // Read by hand, not by a pattern: every cell of a long register is asked, and most hold no number.
  const end = numberEnd(text);
  // Parts apart by full stops: up to two of 1-3 digits, then the number itself, 1-6 digits.
  let parts = 0;
  let partStart = 0;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : FULL_STOP;
    if (code >= DIGIT_0 && code <= DIGIT_9) continue;
    if (code !== FULL_STOP) return undefined;
    const length = i - partStart;
    parts += 1;
    if (length === 0 || parts > 3) return undefined;
    if (i === end) return length > 6 ? undefined : parseInt(text.slice(partStart, end), 10);
    if (length > 3) return undefined;
    partStart = i + 1;
  }
  return undefined;
}

/**
 * The parts of a row number before its own («1.2» of «1.2.3»), as one integer, 0 for a number of one part.
 * Only for text `rowNumber` reads: up to two parts of 1-3 digits, then the number. Read by hand, as
 * `rowNumber` is, and into an integer rather than a string: it is asked of every row.
 */
export function numberPrefix(text: string): number {
  const end = numberEnd(text);
  let prefix = 0;
  let part = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== FULL_STOP) part = part * 10 + (code - DIGIT_0);
    else {
      // One more than the part, so «0.» is told from no part; parts are below 1,000.
      prefix = prefix * 1001 + part + 1;
      part = 0;
    }
  }
  return prefix;
}

/** Where a number's own characters end: before the stop or bracket that closes «3.», «3)». */
function numberEnd(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  return last === FULL_STOP || last === CLOSING_BRACKET ? text.length - 1 : text.length;
}

const FULL_STOP = 0x2e;
const CLOSING_BRACKET = 0x29;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
