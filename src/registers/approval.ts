/**
 * The approval block above a register's header: «Бекитемин» / «УТВЕРЖДАЮ», an order that approves the
 * register, and the date it was approved, in the forms bodies write them.
 */
import { foldText } from '../order281/normalize';
import type { ApprovalBlock, CellText } from './model';
import { type SheetCells, valueText } from './sheet-cells';
import { dateFromSerial, isBlankDateLine, parseDateText } from './dates';

/**
 * «Бекитемин» / «УТВЕРЖДАЮ» as the Order's form writes it, and «Бекитилген» / «УТВЕРЖДЕН(А)» where a body
 * approves the register by an order («Утвержден приказом … от 15.03.2024 № 45»). Stamps space the word out
 * («У Т В Е Р Ж Д А Ю»). A caption citing the Order itself («… № 281 буйругу менен бекитилген Методикалык
 * колдонмого 1-тиркеме», «… к Методическому руководству, утвержденному распоряжением … № 281») says which
 * form this is, not who approved the register: its date is 2016's.
 */
function isApprovalWord(folded: string): boolean {
  const word = withSpacedWordJoined(folded);
  const approves = word.startsWith('бекитемин') || word.startsWith('бекитил') || word.startsWith('утвержд') || APPROVED_BY_ACT.test(word) || APPENDIX_TO_ACT.test(word);
  return approves && !CITES_THE_ORDER.test(word);
}

/**
 * A register issued as an appendix to the head's order is approved by that order: «Приложение № 1 к
 * приказу Министерства от 15 марта 2024 года № 45», «Министрликтин … № 45 буйругуна 1-тиркеме».
 */
const APPENDIX_TO_ACT = /^приложение( \d+)? к (приказу|распоряжению|постановлению|решению)|(буйругуна|токтомуна|чечимине|тескемесине)( карата)?( \d+)? тиркеме/;
/**
 * «Приложение № 1» on a line of its own, the act it belongs to on the next: «к приказу … от …»; in Kyrgyz
 * the other way round, «1-тиркеме» over «Министрликтин … № 45 буйругуна».
 */
const APPENDIX_LINE = /^приложение( \d+)?$/;
const TO_ACT_LINE = /^к (приказу|распоряжению|постановлению|решению)/;
const KYRGYZ_APPENDIX_LINE = /^(\d+ )?тиркеме( \d+)?$/;
const TO_ACT_KY = /(буйругуна|токтомуна|чечимине|тескемесине)( карата)?$/;

function isAppendixOverTwoLines(cells: SheetCells, folded: string, cell: CellText): boolean {
  if (TO_ACT_KY.test(folded)) return KYRGYZ_APPENDIX_LINE.test(lineText(cells, cell.row - 1, cell.column)) && !CITES_THE_ORDER.test(folded);
  if (!APPENDIX_LINE.test(folded)) return false;
  const next = lineText(cells, cell.row + 1, cell.column);
  return TO_ACT_LINE.test(next) && !CITES_THE_ORDER.test(next);
}

/**
 * A line that opens a register, standing alone: its caption («Приложение 2», «2-тиркеме») or its approval
 * word («УТВЕРЖДАЮ», «У Т В Е Р Ж Д А Ю», «Бекитемин»). Whole words only: «Утверждение тарифов» is a function.
 */
export function opensARegister(folded: string): boolean {
  const word = withSpacedWordJoined(folded);
  return APPENDIX_LINE.test(word) || KYRGYZ_APPENDIX_LINE.test(word) || APPROVAL_LINE.test(word);
}

const APPROVAL_LINE = /^(утверждаю|утвержден[оаы]?|бекитемин|бекитилди|бекитилген)$/;

function lineText(cells: SheetCells, row: number, column: number): string {
  return foldText(valueText(cells.value(row, column)));
}

/**
 * «Министрдин 2026-жылдын 15-мартындагы» over «№ 45 буйругу менен бекитилди»: a Kyrgyz act's date comes
 * before its name, and a long reference goes on to a second line. The approval's date is then above it.
 */
function dateAbove(cells: SheetCells, approval: CellText, folded: string): string | undefined {
  if (!APPROVED_BY_ACT.test(folded) || /^(бекит|утвержд)/.test(folded)) return undefined;
  const above = valueText(cells.value(approval.row - 1, approval.column));
  return ANOTHER_DOCUMENTS_DATE.test(above) ? undefined : parseDateText(above);
}

/** «Министрдин 2025-жылдын 3-сентябрындагы № 45 буйругу менен бекитилген»: the approval word comes last in Kyrgyz. */
const APPROVED_BY_ACT = /(буйругу|токтому|чечими) менен бекитил/;
/** A word spaced out letter by letter at the start of a line, the rest of the line (the head's post, a date) after it. */
const LETTER_SPACED = /^(\S ){4,}\S(?= |$)/;

function withSpacedWordJoined(folded: string): string {
  const spaced = LETTER_SPACED.exec(folded);
  return spaced ? spaced[0].replace(/ /g, '') + folded.slice(spaced[0].length) : folded;
}

const CITES_THE_ORDER = /(^| )281( |$)|методик/;

/**
 * Dates under the approval word that belong to something else: the working group's protocol, the title's
 * «по состоянию на …» / «… абалы боюнча», the title itself. Taken for the approval's, they would date a
 * register nobody signed.
 */
const ANOTHER_DOCUMENTS_DATE = /протокол|по состоянию|абал[а-яөүң]* боюнча|заседани|жыйналыш|перечень|тизме/i;

/** How far below the approval word its date may stand: the head's post, name and signature come first. */
const DATE_SEARCH_ROWS = 8;

export function findApproval(cells: SheetCells, fromRow: number, toRow: number): ApprovalBlock | undefined {
  for (let row = fromRow; row <= toRow; row++) {
    for (const cell of cells.rowCells(row)) {
      const folded = foldText(cell.text);
      if (!isApprovalWord(folded) && !isAppendixOverTwoLines(cells, folded, cell)) continue;
      // The date may share the cell: «УТВЕРЖДАЮ\nМинистр …\n«15» марта 2024 г.», «2024-жылдын 15-мартындагы № 45
      // буйругу менен бекитилген», or be left blank there.
      const inCell = parseDateText(cell.text);
      if (inCell) return { cell, date: inCell, dateCell: cell };
      if (isBlankDateLine(cell.text)) return { cell, dateCell: cell };
      const above = dateAbove(cells, cell, folded);
      if (above) return { cell, date: above, dateCell: cells.cell(cell.row - 1, cell.column) };
      return { cell, ...findDateNear(cells, cell, toRow) };
    }
  }
  return undefined;
}

/**
 * The date on the lines under the approval word (or beside it). A sheet often has «КЕЛИШИЛДИ» /
 * «СОГЛАСОВАНО» with a date of its own on the left, so the approval's own column and those right of it
 * are read first — with a date line merged across from further left, as a centred line often is — and
 * the rest only when they hold nothing.
 */
function findDateNear(cells: SheetCells, approval: CellText, lastRow: number): Omit<ApprovalBlock, 'cell'> {
  const inBlock = (cell: CellText) => cells.mergedRight(cell.row, cell.column) >= approval.column;
  return findDateIn(cells, approval, lastRow, inBlock) ?? findDateIn(cells, approval, lastRow, (cell) => !inBlock(cell)) ?? {};
}

/**
 * The first date on the lines under the approval word. A blank date line marks where the date belongs:
 * a date further down (typed under the printed line) still wins, unless it is another document's.
 * A date typed over several cells («15» | марта | 2024 г.) is read as one line.
 */
function findDateIn(cells: SheetCells, approval: CellText, lastRow: number, where: (cell: CellText) => boolean): Omit<ApprovalBlock, 'cell'> | undefined {
  let blankLine: CellText | undefined;
  for (let row = approval.row; row <= Math.min(lastRow, approval.row + DATE_SEARCH_ROWS); row++) {
    const line = cells.rowCells(row).filter((cell) => !(row === approval.row && cell.column <= approval.column) && where(cell) && !ANOTHER_DOCUMENTS_DATE.test(cell.text));
    for (const cell of line) {
      const date = dateOfCell(cells, cell);
      if (date) return { date, dateCell: cell };
      if (!blankLine && isBlankDateLine(cell.text)) blankLine = cell;
    }
    const split = parseDateText(line.map((cell) => cell.text).join(' '));
    if (split) return { date: split, dateCell: line[0] };
  }
  return blankLine && { dateCell: blankLine };
}

/** A date cell (its text is the ISO date), an Excel serial (Office.js hands dates over as numbers) or a date written as text. */
function dateOfCell(cells: SheetCells, cell: CellText): string | undefined {
  const raw = cells.value(cell.row, cell.column);
  if (typeof raw === 'number') return dateFromSerial(raw);
  return parseDateText(cell.text);
}
