/**
 * How the checks compare and measure cell texts: a row copied with other case, spacing or punctuation is
 * the same row; a different word is a different row; an empty or missing cell is empty.
 */
import { cellHash, cellKey, cellShape, sameWords } from '../../src/checks/cell-words';
import type { CellText } from '../../src/registers/model';

const cell = (text: string): CellText => ({ text, address: 'B5', row: 5, column: 2 });

describe('cell words', () => {
  it('reads texts that differ only in case, spacing and punctuation as the same words', () => {
    expect(cellKey(cell('Лицензия берүү,  текшерүү!'))).toBe('лицензия берүү текшерүү');
    expect(sameWords(cell('Выдача  РАЗРЕШЕНИЙ.'), cell('выдача разрешений'))).toBe(true);
  });

  it('tells texts with a different word apart, even when their words hash alike', () => {
    // Two made-up words with the same 32-bit hash: the hash only shortlists rows, the words decide.
    expect(cellShape(cell('щгьшчщф')).hash).toBe(cellShape(cell('къцтажв')).hash);
    expect(sameWords(cell('щгьшчщф'), cell('къцтажв'))).toBe(false);
    expect(sameWords(cell('Выдача разрешений'), cell('Выдача лицензий'))).toBe(false);
    expect(cellKey(cell('Выдача разрешений'))).not.toBe(cellKey(cell('Выдача лицензий')));
  });

  it('reads a missing cell and an empty one alike, and unlike any text', () => {
    expect(cellKey(undefined)).toBe('');
    expect(cellKey(cell(''))).toBe('');
    expect(sameWords(undefined, cell(''))).toBe(true);
    expect(sameWords(undefined, cell('Текшерүү'))).toBe(false);
    expect(cellShape(undefined)).toEqual({ words: 0, letters: 0, hash: cellShape(cell('')).hash });
  });

  it('counts words of two letters or more and all their letters', () => {
    const shape = cellShape(cell('Риск: в отказе, и т.д.'));
    expect(shape.words).toBe(2);
    expect(shape.letters).toBe('рисквотказеитд'.length);
  });

  it('gives the same count and hash whether a cell was read before or not, keeping the hash on the cell', () => {
    const once = cell('Мүлктү ижарага берүү');
    const first = cellShape(once);
    expect(once.wordHash).toBe(first.hash);
    expect(cellHash(once)).toBe(first.hash);
    expect(cellShape(once)).toEqual(first);
    expect(cellShape(cell('мүлктү ижарага берүү'))).toEqual(first);
    expect(cellHash(cell('мүлктү ижарага берүү'))).toBe(first.hash);
    expect(cellHash(undefined)).toBe(cellHash(cell('')));
  });
});
