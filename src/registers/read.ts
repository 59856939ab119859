/**
 * Grid -> registers. A sheet may hold an approval block and title above the table and footnotes below
 * it, blank rows, function headings, merged cells and columns in any order; the header row is found by
 * its words, anywhere in the sheet, and a sheet may hold more than one register.
 */
import { looksKyrgyz, foldText } from '../order281/normalize';
import { recognizeFunctionType } from '../order281/function-types';
import type { Grid } from './grid';
import type { RegisterColumn } from './kinds';
import { classifyHeaderCell, matchHeaderRow, type HeaderMatch } from './headers';
import { rowNumber, type CellText, type Heading, type Register, type RegisterRow } from './model';
import { SheetCells, valueText, withText } from './sheet-cells';
import { findApproval, opensARegister } from './approval';

/**
 * Columns a long text may spill over into the next row from, in a continuation row. The others (number,
 * function, unit, position, category, level) identify a row: a line with one of them filled is a new row.
 */
const CONTINUABLE: readonly RegisterColumn[] = ['risk', 'powers', 'scope', 'note'];
/** How far above a header the approval block may sit: a title and a working group's list may come between. */
const APPROVAL_SEARCH_ROWS = 25;
/** A header has at least this many text cells; it keeps the header search cheap on long sheets. */
const MIN_HEADER_CELLS = 3;

export function readRegisters(grids: readonly Grid[]): Register[] {
  const registers = grids.flatMap((grid) => readSheet(new SheetCells(grid)));
  registers.forEach((register, i) => {
    if (i > 0) linkContinuation(registers[i - 1], register);
  });
  return registers;
}

/**
 * A long register may go on over a second sheet, header repeated, without an approval block, its numbers
 * carrying on from the first sheet's last row: it is the same register. Its rows above any heading of its
 * own stand under the first sheet's last heading.
 */
function linkContinuation(previous: Register, register: Register): void {
  if (register.approval || previous.sheet === register.sheet || previous.kind !== register.kind || previous.language !== register.language) return;
  const lastRow = previous.rows[previous.rows.length - 1];
  const lastNumber = lastRow?.cells.number && rowNumber(lastRow.cells.number.text);
  const firstNumber = register.rows[0]?.cells.number && rowNumber(register.rows[0].cells.number.text);
  if (lastNumber === undefined || firstNumber !== lastNumber + 1) return;
  register.continues = { sheet: previous.sheet, firstNumber };
  const heading = previous.headings[previous.headings.length - 1];
  for (const row of register.rows) row.heading ??= heading;
}

function readSheet(cells: SheetCells): Register[] {
  const registers: Register[] = [];
  let current: Register | undefined;
  let layout: ColumnLayout | undefined;
  let ended = false;
  let searchFrom = cells.firstRow;
  for (let row = cells.firstRow; row <= cells.lastRow; row++) {
    let rowCells = cells.rowCells(row);
    if (rowCells.length === 0) continue;
    const headerLike = mayBeHeader(rowCells);
    let header = headerLike ? matchHeaderRow(rowCells) : undefined;
    // Inside a table only a repeat of its own header is tried: two rows of unnumbered posts could look like one.
    if (!header && headerLike && (!current || ended || repeatsHeaderTexts(current, rowCells))) {
      const twoRows = twoRowHeader(rowCells, cells.rowCells(row + 1));
      if (twoRows) {
        ({ header, cells: rowCells } = twoRows);
        row += 1;
      }
    }
    // A long register printed over several pages repeats its header on each: the table goes on.
    if (header && current && !ended && repeatsHeader(current, header)) continue;
    if (header) {
      current = startRegister(cells, row, header, rowCells, searchFrom);
      layout = columnLayout(current);
      registers.push(current);
      ended = false;
      continue;
    }
    if (!current || ended) continue;
    if (isFootnoteRow(rowCells) || (current.rows.length > 0 && isSignatureRow(rowCells))) {
      ended = true;
      searchFrom = row + 1;
      continue;
    }
    if (current.rows.length > 0 && opensAnotherRegister(rowCells)) {
      ended = true;
      searchFrom = row;
      continue;
    }
    if (isContinuationMark(rowCells)) continue;
    readBodyRow(cells, current, layout!, row, rowCells);
  }
  for (const register of registers) dropTrailer(register);
  return registers;
}

/**
 * A header over two rows, its group cells above the columns they hold: «Оценка риска» over «Категория» |
 * «Уровень», «Коррупционный риск» over «Описание» | «Категория» | «Уровень». Each column is named by its
 * lower cell where that names one, else by the cell above. Only when neither row is a header alone.
 */
function twoRowHeader(upper: CellText[], lower: CellText[]): { header: HeaderMatch; cells: CellText[] } | undefined {
  if (lower.some((cell) => rowNumber(cell.text) !== undefined) || matchHeaderRow(lower)) return undefined;
  const byColumn = new Map<number, CellText>();
  for (const cell of upper) byColumn.set(cell.column, cell);
  for (const cell of lower) {
    if (!byColumn.has(cell.column) || classifyHeaderCell(cell.text) !== undefined) byColumn.set(cell.column, cell);
  }
  const joined = [...byColumn.values()].sort((a, b) => a.column - b.column);
  const header = matchHeaderRow(joined);
  return header && { header, cells: joined };
}

/** Whether a row holds the texts of the register's own header cells, as a header repeated on a page does. */
function repeatsHeaderTexts(register: Register, rowCells: CellText[]): boolean {
  let repeated = 0;
  for (const header of Object.values(register.headerCells)) {
    if (rowCells.some((cell) => cell.column === header!.column && cell.text === header!.text)) repeated += 1;
  }
  return repeated >= MIN_HEADER_CELLS;
}

/** The same columns at the same places: the two kinds never share a set, a list of posts has the post column. */
function repeatsHeader(register: Register, header: HeaderMatch): boolean {
  const columns = Object.entries(register.columns);
  return columns.length === Object.keys(header.columns).length && columns.every(([key, column]) => header.columns[key as RegisterColumn] === column);
}

/**
 * Lines after the last row of the table are no part of it. A heading with no row under it is a caption or
 * a signature line («Начальник отдела кадров») read as one: it has nothing to judge. In Appendix 2 a lone
 * text set apart from the table by a blank row is such a line too; directly under the last row, or under a
 * heading of its own, it is a row still to be filled, and stays.
 */
function dropTrailer(register: Register): void {
  const last = register.rows[register.rows.length - 1];
  if (!last) return;
  while (register.headings.length > 0 && register.headings[register.headings.length - 1].cell.row > last.row) register.headings.pop();
  let end = register.rows.length;
  while (end > 1 && isLoneText(register.rows[end - 1]) && register.rows[end - 1].row > lineAbove(register.rows[end - 1], register.rows[end - 2]) + 1) end--;
  register.rows.length = end;
}

/** The last line of the table above `row`: the row before it, or its own heading if that comes later. */
function lineAbove(row: RegisterRow, previous: RegisterRow): number {
  return Math.max(lastRowOf(previous), row.heading?.cell.row ?? 0);
}

function isLoneText(row: RegisterRow): boolean {
  return row.continuation.length === 0 && Object.values(row.cells).filter((cell) => cell && isFilled(cell)).length === 1;
}

function lastRowOf(row: RegisterRow): number {
  return row.continuation.length > 0 ? row.continuation[row.continuation.length - 1] : row.row;
}

/** A header row has several text cells and no row number; testing this first keeps long registers fast. */
function mayBeHeader(rowCells: CellText[]): boolean {
  return rowCells.length >= MIN_HEADER_CELLS && !rowCells.some((cell) => rowNumber(cell.text) !== undefined);
}

function startRegister(cells: SheetCells, headerRow: number, header: HeaderMatch, rowCells: CellText[], searchFrom: number): Register {
  const headerCells: Partial<Record<RegisterColumn, CellText>> = {};
  for (const [key, column] of Object.entries(header.columns) as [RegisterColumn, number][]) {
    headerCells[key] = rowCells.find((cell) => cell.column === column);
  }
  const headerText = rowCells.map((cell) => cell.text).join(' ');
  return {
    sheet: cells.sheet,
    kind: header.kind,
    language: looksKyrgyz(headerText) ? 'ky' : 'ru',
    headerRow,
    columns: header.columns,
    headerCells,
    headings: [],
    rows: [],
    emptyNumberedRows: [],
    approval: findApproval(cells, Math.max(searchFrom, headerRow - APPROVAL_SEARCH_ROWS), headerRow - 1),
    lastRow: headerRow,
  };
}

/**
 * A register's columns as the reader walks them on every row: worked out once per register, not per row,
 * in the order of `register.columns` (the order findings about one row keep).
 */
interface ColumnLayout {
  columns: ReadonlyArray<readonly [RegisterColumn, number]>;
  /** For each of `columns`: whether a long text may spill into it from the row above. */
  continuable: readonly boolean[];
  /** The first and last sheet column of the table. */
  left: number;
  right: number;
}

function columnLayout(register: Register): ColumnLayout {
  const columns = Object.entries(register.columns) as [RegisterColumn, number][];
  const numbers = columns.map(([, column]) => column);
  return {
    columns,
    continuable: columns.map(([key]) => CONTINUABLE.includes(key)),
    left: Math.min(...numbers),
    right: Math.max(...numbers),
  };
}

function isFilled(cell: CellText): boolean {
  return cell.text !== '' || cell.error !== undefined;
}

function readBodyRow(cells: SheetCells, register: Register, layout: ColumnLayout, row: number, rowCells: CellText[]): void {
  const { left, right } = layout;
  // Cells come in column order: only a row reaching past the table needs trimming.
  const own = rowCells[0].column >= left && rowCells[rowCells.length - 1].column <= right
    ? rowCells
    : rowCells.filter((cell) => cell.column >= left && cell.column <= right);
  if (own.length === 0) return;
  register.lastRow = row;
  // The row of column numbers under the header, repeated on each printed page.
  if (isColumnNumberRow(own) || isTotalsLine(own)) return;

  if (continuesFunction(register, row, own)) {
    const previous = register.rows[register.rows.length - 1];
    joinText(previous, 'function', own[0]);
    previous.continuation = [...previous.continuation, row];
    return;
  }
  const values = registerCells(cells, layout, row, own);
  const heading = asHeading(cells, register, own, values, left);
  if (heading) {
    register.headings.push(heading);
    return;
  }
  let filledCount = 0;
  let onlyNumber = false;
  let continuable = true;
  // A cell merged down from the row above is that row's, not this one's: a text typed over two lines with
  // the other cells merged beside it (as Word tables come into Excel) is one row.
  let spreadOnly = false;
  for (let j = 0; j < layout.columns.length; j++) {
    const key = layout.columns[j][0];
    if (!isFilled(values[key]!)) continue;
    if (cells.isSpread(row, layout.columns[j][1])) {
      spreadOnly = true;
      continue;
    }
    filledCount += 1;
    // The № column comes first in `layout.columns`: any cell filled after it clears this.
    onlyNumber = key === 'number';
    if (!layout.continuable[j]) continuable = false;
  }
  // Text only in columns the register does not read («Меры по минимизации» listed one per line): no row.
  if (filledCount === 0 && !spreadOnly) return;
  // «а)» beside cells merged down from the row above is a row of that group, not a blank row of the form.
  if (onlyNumber && rowNumber(values.number!.text) !== undefined) {
    register.emptyNumberedRows.push(values.number!);
    return;
  }
  const previous = register.rows[register.rows.length - 1];
  const currentHeading = register.headings[register.headings.length - 1];
  if (previous && previous.heading === currentHeading && continuable) {
    for (const [key, column] of layout.columns) {
      if (!isFilled(values[key]!) || cells.isSpread(row, column)) continue;
      joinText(previous, key, values[key]!);
    }
    previous.continuation = [...previous.continuation, row];
    return;
  }
  // Only a register of risks has a function column: in a list of posts `values.function` is undefined.
  const writtenAbove = previous !== undefined && previous.heading === currentHeading ? takeWrittenAbove(values, previous) : NOT_WRITTEN_ABOVE;
  // `factors` is set here, though empty, so the checks filling it in later find room in the row itself.
  register.rows.push({ row, cells: values, heading: currentHeading, continuation: NOT_CONTINUED, writtenAbove, factors: undefined });
}

/**
 * A risk whose function cell (and unit cell) is blank under a row that has them: written once for the
 * group, as a merged cell would hold them. The row takes them, in its own cells, and says which it took.
 * A unit left blank beside a function of its own is a unit forgotten, and stays blank.
 */
function takeWrittenAbove(values: Partial<Record<RegisterColumn, CellText>>, previous: RegisterRow): readonly RegisterColumn[] {
  if (!values.risk?.text || values.function?.text !== '') return NOT_WRITTEN_ABOVE;
  let taken: RegisterColumn[] | undefined;
  for (const key of GROUP_COLUMNS) {
    const own = values[key];
    const above = previous.cells[key];
    if (!own || own.text !== '' || own.error || !above?.text) continue;
    values[key] = withText(own, above.text);
    (taken ??= []).push(key);
  }
  return taken ?? NOT_WRITTEN_ABOVE;
}

const GROUP_COLUMNS: readonly RegisterColumn[] = ['function', 'unit'];
const NOT_WRITTEN_ABOVE: readonly RegisterColumn[] = Object.freeze([]);

/** A line's cell added to the row above, which it continues: its text after the row's own, or in an empty cell. */
function joinText(previous: RegisterRow, key: RegisterColumn, cell: CellText): void {
  const before = previous.cells[key];
  previous.cells[key] = before && before.text !== '' ? withText(before, `${before.text} ${cell.text}`) : cell;
}

/**
 * A function too long for its cell, typed on into the function cell of the next line: in small letters,
 * right under the row whose function it finishes («Выдача лицензий на осуществление» | «отдельных видов
 * деятельности»). A heading opens with a capital, a figure or a quote: only a letter that capitalising changes goes on.
 */
function continuesFunction(register: Register, row: number, own: CellText[]): boolean {
  const previous = register.rows[register.rows.length - 1];
  if (own.length !== 1 || own[0].column !== register.columns.function || own[0].error || !previous?.cells.function?.text) return false;
  if (lastRowOf(previous) !== row - 1) return false;
  const first = own[0].text.charAt(0);
  return first !== first.toUpperCase();
}

/** Shared by every row typed on one line, most of a register: a check keeps every row to its end. */
const NOT_CONTINUED: readonly number[] = Object.freeze([]);

function registerCells(cells: SheetCells, layout: ColumnLayout, row: number, own: CellText[]): Partial<Record<RegisterColumn, CellText>> {
  const values: Partial<Record<RegisterColumn, CellText>> = new RowCells();
  for (const [key, column] of layout.columns) values[key] = cellIn(own, column) ?? cells.cell(row, column);
  return values;
}

/**
 * A row's cells by column, a plain record. Made by a constructor, not as `{}`: the engine then sizes the
 * object to the columns registers have, where `{}` holds four and puts the rest in a second object — one
 * more for each of tens of thousands of rows a check keeps to its end.
 */
class RowCells {}

// Stryker disable all: a shortcut to the cell `cells.cell` would make again; nothing but speed tells them apart.
function cellIn(own: readonly CellText[], column: number): CellText | undefined {
  for (let i = 0; i < own.length; i++) if (own[i].column === column) return own[i];
  return undefined;
}
// Stryker restore all

/**
 * A function heading: one text in the row, not a row number, standing in the number or function column
 * (the form writes it in the first column, merged across). Positions registers may group rows under a
 * unit the same way, but there a lone text in the first column is more often a position whose other
 * cells are still empty, so only a line merged across or written in the № column counts as a heading.
 */
function asHeading(cells: SheetCells, register: Register, own: CellText[], values: Partial<Record<RegisterColumn, CellText>>, firstColumn: number): Heading | undefined {
  const cell = own[0];
  if (own.length === 2 && cell.column === register.columns.number && own[1].text !== cell.text) return numberedHeading(cells, register, cell, own[1]);
  if (own.some((other) => other.text !== cell.text || other.error)) return undefined;
  if (rowNumber(cell.text) !== undefined) return undefined;
  const inNumberColumn = cell.column === register.columns.number;
  const where = register.kind === 'risks'
    ? inNumberColumn || cell.column === firstColumn || (cell.column === register.columns.function && !values.number?.text)
    : inNumberColumn || (cell.column === firstColumn && cells.isMergedAcross(cell.row, cell.column));
  if (!where) return undefined;
  return { text: cell.text, cell, functionType: register.kind === 'risks' ? recognizeFunctionType(cell.text) : undefined };
}

/**
 * A heading numbered in the № column with its text beside it: «1.» | «Разрешительная функция», the rows
 * under it numbered «1.1», «1.2». A row with only its number and function filled looks the same, so the
 * text must be merged across the table as a heading line is, name a p.5 function type beside a heading's
 * number («1.», «II»), be numbered in Roman figures, which number no row, or have the next row numbered
 * under it («1.» over «1.1»).
 */
function numberedHeading(cells: SheetCells, register: Register, number: CellText, cell: CellText): Heading | undefined {
  // An error cell's text is empty, so a number cell holding one fails HEADING_NUMBER.
  if (cell.error || !HEADING_NUMBER.test(number.text)) return undefined;
  const functionType = register.kind === 'risks' ? recognizeFunctionType(cell.text) : undefined;
  // Past HEADING_NUMBER, a number is Arabic or Roman, with or without a stop or bracket after it.
  const plainNumber = /\d$/.test(number.text);
  const roman = !/\d/.test(number.text);
  const isHeading = (functionType !== undefined && !plainNumber) || roman || cells.isMergedAcross(cell.row, cell.column) || numbersNextRowUnder(cells, number);
  return isHeading ? { text: cell.text, cell, functionType } : undefined;
}

/** Whether the next row's number starts with this one's: «1.», «1)» or «1» over «1.1». Roman numbers never get here. */
function numbersNextRowUnder(cells: SheetCells, number: CellText): boolean {
  const next = valueText(cells.value(number.row + 1, number.column));
  const prefix = `${Number.parseInt(number.text, 10)}.`;
  return next.length > prefix.length && next.startsWith(prefix) && rowNumber(next) !== undefined;
}

/** «1», «1.», «12)», «IV», «IV.»: how registers number their headings. */
const HEADING_NUMBER = /^(\d{1,2}|[IVX]{1,5})[.)]?$/;

/** The row of column numbers (1, 2, 3 …) some registers keep under the header. */
function isColumnNumberRow(own: CellText[]): boolean {
  return own.length >= 3 && own.every((cell, i) => cell.text === String(i + 1) || cell.text === `${i + 1}.`);
}

/** «Итого», «Всего: 12», «Жыйынтыгы», «Бардыгы»: a totals line, no row of the register. */
const TOTALS = /^(итого|всего|жыйынтыгы|бардыгы|баары)(?=$|[\s:.,-])/i;

function isTotalsLine(own: CellText[]): boolean {
  return TOTALS.test(own[0].text);
}

/** A line that opens the next register on the same sheet (approval.ts): no row of a register is one. */
function opensAnotherRegister(rowCells: CellText[]): boolean {
  if (rowCells.length > 2 || rowCells.some((cell) => rowNumber(cell.text) !== undefined)) return false;
  return rowCells.some((cell) => isShortLine(cell.text) && opensARegister(foldText(cell.text)));
}

/** The lines opensARegister knows («Приложение 2», «У Т В Е Р Ж Д А Ю») are short; headings and lines going on are not. */
function isShortLine(text: string): boolean {
  // Stryker disable next-line all: a shortcut past folding a long cell, which the anchored patterns refuse anyway.
  return text.length <= 30;
}

/** «Эскертүү:», «Примечание.», «Эскертүү / Примечание: (*) …», «Сноски», «Справочно:»: the notes under a table. */
const NOTE_LABEL = /^(эскертүү|эскертуу|эскертүүлөр|эскертуулор|примечани[ея]|сноск[аи]|справочно|notes?)(?=$|[\s:.,;/(*–—-])/i;
/** «(*) …», «** …», «¹ …»: a footnote line, marked as the form marks its columns. */
const FOOTNOTE_MARK = /^(\(?\*+\)?|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\)?)(\s|[-–—]|$)/;

function isFootnoteRow(rowCells: CellText[]): boolean {
  const first = rowCells[0].text;
  return NOTE_LABEL.test(first) || FOOTNOTE_MARK.test(first);
}

/**
 * Who prepared or signs the register: a signature line, a stamp, a name with initials, a phone. The word
 * must be the line's label — followed by a colon, nothing, a name or a number — since a cell of the table
 * may open with the same word («Даярдаган долбоорлорду макулдашуу», «Исполнитель по договору …»).
 */
const SIGNATURE_WORD = /^(исполнитель|исп\.|(ответственный|жооптуу)\s+(исполнитель|аткаруучу)|аткаруучу|аткарган|даярдаган|подготовил[аи]?|составил[аи]?|тел\.|телефон|м\.\s?[по]\.?$)/i;
const AFTER_SIGNATURE_WORD = /^\s*($|:|\p{Lu}|\d|\+|\()/u;
const SIGNATURE_LINE = '___';
/** A name as signatures write it: «Асанов», «АСАНОВ», «Бекова-Асанова». */
const NAME = String.raw`\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))?`;
/** «А.А. Асанов», «А. АСАНОВ», «Асанов А.Б.», «Асанов А.Б» (the last stop is often left out). */
const NAME_WITH_INITIALS = new RegExp(String.raw`^(\p{Lu}\.\s?(\p{Lu}\.\s?)?${NAME}|${NAME}\s\p{Lu}\.\s?(\p{Lu}\.?)?)$`, 'u');
/** A Kyrgyz name with «уулу» / «кызы» («son of», «daughter of»): «Б. Асан уулу», «Асанбек кызы Айгүл», «Айгүл Асанбек кызы». */
const NAME_WITH_PATRONYMIC = new RegExp(String.raw`^(\p{Lu}\.\s?|${NAME}\s)?${NAME}\s(уулу|кызы|УУЛУ|КЫЗЫ)(\s(${NAME}|\p{Lu}\.))?$`, 'u');

function isSignatureRow(rowCells: CellText[]): boolean {
  // A numbered row is a row of the table, whatever its cells say.
  if (rowNumber(rowCells[0].text) !== undefined) return false;
  // Any cell may hold it: the signer's post on the left, the name far right.
  return rowCells.some(({ text }) => isSignatureLabel(text) || text.includes(SIGNATURE_LINE) || isPersonsName(text));
}

/** Longer than this, a cell is no one's name. Every cell of a list of posts without a № column is asked, and most are long. */
const NAME_MAX = 60;

function isPersonsName(text: string): boolean {
  // Stryker disable next-line all: a shortcut past two patterns that refuse a long cell anyway.
  if (text.length > NAME_MAX) return false;
  return NAME_WITH_INITIALS.test(text) || NAME_WITH_PATRONYMIC.test(text);
}

function isSignatureLabel(text: string): boolean {
  const word = SIGNATURE_WORD.exec(text);
  return word !== null && AFTER_SIGNATURE_WORD.test(text.slice(word[0].length));
}

/** «Продолжение таблицы», «(окончание)», «Уландысы»: a page's mark that the table goes on. */
const CONTINUATION_MARK = /^\(?\s*(продолжение|окончание|уландысы|таблицанын уландысы|аягы)(\s+таблицы)?\s*\)?\.?$/i;

function isContinuationMark(rowCells: CellText[]): boolean {
  return rowCells.length === 1 && CONTINUATION_MARK.test(rowCells[0].text);
}
