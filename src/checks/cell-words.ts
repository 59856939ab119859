/**
 * A cell's words, read once per check and kept on the cell: several rules and the flagger read the same
 * long risk description. The words live on the cell object itself: a WeakMap keyed by tens of thousands
 * of cells costs the garbage collector more than the reading it saves.
 */
import { EMPTY_SHAPE, textShape, wordsOf, type TextShape } from '../order281/normalize';
import type { CellText } from '../registers/model';

/**
 * The cell's text as words: equal for texts that differ only in case, spacing or punctuation. Good enough
 * to tell a row copied twice; a long text is not folded further, which would cost a second copy of it.
 */
export function cellKey(cell: CellText | undefined): string {
  return cell ? (cell.words ??= wordsOf(cell.text)).shown : '';
}

/**
 * The cell's word and letter counts and the hash of its words. Read afresh at each ask: one rule asks, once
 * a row. The hash, which several rules ask for, is kept on the cell as a number: a check keeps every cell
 * to its end, and an object per cell would be tens of thousands more for the garbage collector to copy.
 */
export function cellShape(cell: CellText | undefined): TextShape {
  if (!cell) return EMPTY_SHAPE;
  const shape = textShape(cell.text);
  cell.wordHash = shape.hash;
  return shape;
}

/** The hash of the cell's words (`TextShape.hash`), read once per check. */
export function cellHash(cell: CellText | undefined): number {
  return cell ? (cell.wordHash ??= textShape(cell.text).hash) : EMPTY_SHAPE.hash;
}

/** Whether two cells hold the same words (`cellKey`), without writing the words out unless their hashes agree. */
export function sameWords(a: CellText | undefined, b: CellText | undefined): boolean {
  return cellHash(a) === cellHash(b) && cellKey(a) === cellKey(b);
}
