import fc from 'fast-check';
import { foldText, looksKyrgyz, wordsOf } from '../../src/order281/normalize';

describe('the words of a text', () => {
  it('lowers case and folds spaces, non-breaking spaces and line breaks', () => {
    expect(wordsOf('  Кырдаалдык\u00a0\n тобокелдик  ').shown).toBe('кырдаалдык тобокелдик');
  });

  it('replaces Latin look-alikes only inside Cyrillic words', () => {
    // «Kырдаалдык» typed with a Latin K, «pеалдуу» with a Latin p.
    expect(wordsOf('Kырдаалдык').shown).toBe('кырдаалдык');
    expect(wordsOf('pеалдуу').shown).toBe('реалдуу');
    expect(wordsOf('Excel kept').shown).toBe('excel kept');
  });

  it.each([
    ['a', 'а'], ['b', 'в'], ['c', 'с'], ['e', 'е'], ['h', 'н'], ['k', 'к'], ['m', 'м'],
    ['o', 'о'], ['p', 'р'], ['t', 'т'], ['x', 'х'], ['y', 'у'],
  ])('reads a Latin %s typed inside a Cyrillic word as the Cyrillic %s it looks like', (latin, cyrillic) => {
    expect(wordsOf(`ш${latin}ш ${latin.toUpperCase()}шш`).shown).toBe(`ш${cyrillic}ш ${cyrillic}шш`);
  });

  it('reads Latin ö and ü inside a Cyrillic word as the Kyrgyz ө and ү they stand for', () => {
    expect(wordsOf('Тöмöнкü деңгээл').shown).toBe('төмөнкү деңгээл');
    expect(wordsOf('ТÖМÖНКҮ').shown).toBe('төмөнкү');
    expect(wordsOf('Schön, Müller').shown).toBe('schön müller');
  });

  it('drops footnote marks', () => {
    expect(wordsOf('Коррупциялык тобокелдик(**)').shown).toBe('коррупциялык тобокелдик');
  });
});

describe('foldText', () => {
  it('reads Kyrgyz letters typed as their Russian neighbours alike', () => {
    expect(foldText('Төмөнкү')).toBe(foldText('Томонку'));
    expect(foldText('деңгээли')).toBe('денгээли');
  });

  it('reads the letters typed for ө, ү and ң where a keyboard lacks them as those letters', () => {
    // The old Cyrillic fita (ѳ, seen in Kyrgyz official texts), the Altai ӧ, ӱ and ҥ, Latin ö and ü.
    for (const text of ['Тѳмѳнкү', 'ТѲМѲНКҮ', 'Тӧмӧнкӱ', 'ТӦМӦНКӰ', 'Тöмöнкü', 'ТÖМÖНКÜ', 'Томонку']) expect(foldText(text)).toBe('томонку');
    expect(foldText('Нѳлдӱк деҥгээли')).toBe('нолдук денгээли');
    expect(foldText('ДЕҤГЭЭЛ')).toBe('денгээл');
  });
});

describe('looksKyrgyz', () => {
  it('tells Kyrgyz from Russian headers', () => {
    expect(looksKyrgyz('Коррупциялык тобокелдик')).toBe(true);
    expect(looksKyrgyz('Коррупционный риск')).toBe(false);
  });
});

describe('wordsOf', () => {
  /** The plain definition the tokenizer must agree with: lower case, NFC, look-alikes replaced inside Cyrillic words, split on anything else. */
  function plainWords(text: string) {
    const lower = text.normalize('NFC').toLowerCase();
    const lookalikes: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', ö: 'ө', ü: 'ү' };
    const normalized = lower.replace(/[0-9a-z\u00df-\u024f\u0430-\u04ff]+/g, (w) => (/[\u0400-\u04ff]/.test(w) ? w.replace(/[abcehkmoptxyöü]/g, (ch) => lookalikes[ch]) : w));
    const words = normalized.split(/[^0-9a-z\u00df-\u024f\u0430-\u04ff]+/).filter(Boolean);
    const starts = words.map((_, i) => words.slice(0, i).reduce((n, w) => n + w.length + 1, 0));
    return { shown: words.join(' '), starts };
  }

  it('agrees with the plain definition on any text', () => {
    const letters = fc.constantFrom(...'aAkKpPoOxXyY Кырдаалдык ӨөҮүҢңЁё ѲѳӦӧӰӱҤҥÖöÜü Деңгээл 12 ,.;()*\n\t\u00a0-«»'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: letters, maxLength: 40 })), (text) => {
      const { shown, starts } = wordsOf(text);
      expect({ shown, starts }).toEqual(plainWords(text));
      // Latin ö and ü are Kyrgyz letters only inside a Cyrillic word, where the words already made them so.
      const folds: Record<string, string> = { ө: 'о', ѳ: 'о', ӧ: 'о', ү: 'у', ӱ: 'у', ң: 'н', ҥ: 'н', ё: 'е' };
      expect(foldText(text)).toBe(plainWords(text).shown.replace(/[өѳӧүӱңҥё]/g, (ch) => folds[ch]));
    }), { numRuns: 500 });
  });

  it('keeps the written words, and folds them for matching', () => {
    expect(wordsOf('Коррупциялык тобокелдиктин ДЕҢГЭЭЛИ (**)')).toEqual({ shown: 'коррупциялык тобокелдиктин деңгээли', starts: [0, 13, 27] });
    expect(foldText('Коррупциялык тобокелдиктин ДЕҢГЭЭЛИ (**)')).toBe('коррупциялык тобокелдиктин денгээли');
  });
});
