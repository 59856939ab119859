/**
 * A cell's words, read once per check and kept on the cell: several rules and the flagger read the same
 * long risk description. The words live on the cell object itself: a WeakMap keyed by tens of thousands
 * of cells costs the garbage collector more than the reading it saves.
 */
import { wordsOf, type Words } from '../order281/normalize';
import type { CellText } from '../registers/model';

const EMPTY: Words = { shown: '', starts: [] };

export function cellWords(cell: CellText | undefined): Words {
  if (!cell || cell.text === '') return EMPTY;
  return (cell.words ??= wordsOf(cell.text));
}

/**
 * The cell's text as words: equal for texts that differ only in case, spacing or punctuation. Good enough
 * to tell a row copied twice; a long text is not folded further, which would cost a second copy of it.
 */
export function cellKey(cell: CellText | undefined): string {
  if (!cell || cell.text === '') return '';
  return cellWords(cell).shown;
}
