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

/** The cell's word and letter counts and the hash of its words, read once per check. */
export function cellShape(cell: CellText | undefined): TextShape {
  return cell ? (cell.shape ??= textShape(cell.text)) : EMPTY_SHAPE;
}

/** Whether two cells hold the same words (`cellKey`), without writing the words out unless their hashes agree. */
export function sameWords(a: CellText | undefined, b: CellText | undefined): boolean {
  return cellShape(a).hash === cellShape(b).hash && cellKey(a) === cellKey(b);
}
