/**
 * The text helpers as the reader and the checks lean on them: a text's folded words, where a word ends,
 * decomposed letters pasted from a PDF, and which language a header is written in.
 */
import { clearTextCaches, foldText, foldedWords, looksKyrgyz, wordEnd, wordsOf } from '../../src/order281/normalize';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';

describe('foldedWords', () => {
  it('gives no words for an empty cell or one holding only marks and spaces', () => {
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords('  (*) – ')).toEqual([]);
  });

  it('gives the folded words in order, one per word however they were spaced', () => {
    expect(foldedWords(' Өтө\n жогорку  деңгээл ')).toEqual(['ото', 'жогорку', 'денгээл']);
  });
});

describe('wordEnd', () => {
  it('is where each word ends in the shown text, the last one at its end', () => {
    const words = wordsOf('Кыска, өтө узун сөз');
    expect(words.starts.map((_, i) => words.shown.slice(words.starts[i], wordEnd(words, i)))).toEqual(['кыска', 'өтө', 'узун', 'сөз']);
    expect(wordEnd(words, 3)).toBe(words.shown.length);
  });
});

describe('letters typed or pasted in pieces', () => {
  it('reads a letter with its accent written apart (as a PDF copy gives «й») as the letter itself', () => {
    expect(foldText('Высокии\u0306')).toBe('высокий');
  });

  it('answers the same after the remembered texts are forgotten', () => {
    const before = [foldText('Төмөнкү'), wordsOf('Орточо деңгээл').starts];
    clearTextCaches();
    expect([foldText('Төмөнкү'), wordsOf('Орточо деңгээл').starts]).toEqual(before);
  });
});

describe('looksKyrgyz', () => {
  it('reads every header of the Order\'s Kyrgyz forms as Kyrgyz, and of the Russian ones as Russian', () => {
    for (const kind of ['risks', 'positions'] as const) {
      expect(looksKyrgyz(TEMPLATE_TEXT[kind].ky.header.join(' '))).toBe(true);
      expect(looksKyrgyz(TEMPLATE_TEXT[kind].ru.header.join(' '))).toBe(false);
      for (const cell of TEMPLATE_TEXT[kind].ru.header) expect(looksKyrgyz(cell)).toBe(false);
    }
  });

  it('knows Kyrgyz by any of its own letters, in either case', () => {
    for (const text of ['Өзгөчө', 'ТҮЗҮМДҮК', 'деңгээл']) expect(looksKyrgyz(text)).toBe(true);
    // And by the letters typed in their place.
    for (const text of ['Ѳзгѳчѳ', 'тӱзӱмдӱк', 'ДЕҤГЭЭЛ', 'Ӧзгӧчӧ']) expect(looksKyrgyz(text)).toBe(true);
  });

  it('knows Kyrgyz typed without its letters by the forms\' own stems', () => {
    for (const text of ['КОРРУПЦИЯЛЫК ТОБОКЕЛДИК', 'Тизмеси', 'Кызмат орду', 'ЫЙГАРЫМ УКУКТАР', 'БЕКИТЕМИН']) expect(looksKyrgyz(text)).toBe(true);
    for (const text of ['Коррупционный риск', 'Служебные полномочия', 'УТВЕРЖДАЮ', 'Должность']) expect(looksKyrgyz(text)).toBe(false);
  });
});
