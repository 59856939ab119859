import fc from 'fast-check';
import { EMPTY_SHAPE, textShape, wordsOf } from '../../src/order281/normalize';

/** The figures as the checks counted them from a text's written-out words. */
function counted(text: string) {
  const { shown, starts } = wordsOf(text);
  const lengths = starts.map((start, i) => (i + 1 < starts.length ? starts[i + 1] - 1 : shown.length) - start);
  return { words: lengths.filter((n) => n > 1).length, letters: lengths.reduce((a, b) => a + b, 0) };
}

describe('the shape of a text', () => {
  const letters = fc.constantFrom(...'aAkKpPoOxXyYİ Кырдаалдык ӨөҮүҢңЁё ѲѳӦӧӰӱҤҥÖöÜü Деңгээл 12 ,.;()*\n\t\u00a0-«»\u0301ßẞK'.split(''), 'ɏ', 'ɐ', 'ӿ', 'Ӿ', 'Ԁ', '/', ':');
  const texts = fc.oneof(fc.string(), fc.string({ unit: letters, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

  it('counts the words and letters of the written-out words', () => {
    fc.assert(fc.property(texts, (text) => {
      const { words, letters: count } = textShape(text);
      expect({ words, letters: count }).toEqual(counted(text));
    }), { numRuns: 1000 });
  });

  it('hashes texts with the same words alike', () => {
    fc.assert(fc.property(texts, texts, (a, b) => {
      if (wordsOf(a).shown === wordsOf(b).shown) expect(textShape(a).hash).toBe(textShape(b).hash);
      const spaced = ` ${a.toUpperCase()}  (*)`;
      if (wordsOf(spaced).shown === wordsOf(a).shown) expect(textShape(spaced).hash).toBe(textShape(a).hash);
    }), { numRuns: 1000 });
  });

  it('reads case, spacing, punctuation, look-alike letters and composed accents as the words do', () => {
    const shape = textShape('Бөлүм башчысы пара алат');
    for (const same of ['  БӨЛҮМ башчысы, пара алат.', 'Бөлүм башчысы пapa алат', 'Бөлүм башчысы пара aлaт', 'бөлүм\nбашчысы (пара) алат**']) {
      expect(wordsOf(same).shown).toBe(wordsOf('Бөлүм башчысы пара алат').shown);
      expect(textShape(same)).toEqual(shape);
    }
    expect(textShape('й').hash).toBe(textShape('и\u0306').hash);
    // Latin ö and ü inside a Cyrillic word are its ө and ү; in a Latin word they stay themselves.
    for (const same of ['Бöлüм башчысы пара алат', 'БÖЛÜМ башчысы пара алат', 'Бöлүм башчысы пара алат', 'Бөлüм башчысы пара алат']) {
      expect(wordsOf(same).shown).toBe(wordsOf('Бөлүм башчысы пара алат').shown);
      expect(textShape(same)).toEqual(shape);
    }
    expect(textShape('Müller').hash).toBe(textShape('MÜLLER').hash);
    expect(textShape('Müller').hash).not.toBe(textShape('Mүller').hash);
    expect(textShape('Бөлүм башчысы пара алды').hash).not.toBe(shape.hash);
    expect(textShape('Бөлүм башчысыпара алат').hash).not.toBe(shape.hash);
  });

  it('gives a text without words the empty shape', () => {
    expect(textShape('')).toEqual(EMPTY_SHAPE);
    expect(textShape(' (**) — ')).toEqual(EMPTY_SHAPE);
  });
});
