/**
 * The phrase matcher on what registers really hold: letters typed on the wrong keyboard in capitals,
 * punctuation that ends a clause or a sentence, lexicons large enough to grow the matcher's tables, and
 * phrases that share their words.
 */
import { phrase, PhraseMatcher, type Phrase } from '../../src/order281/phrases';

function found(phrases: Phrase<string>[], text: string): string[] {
  return new PhraseMatcher(phrases).findAll(text).map((hit) => `${hit.tag}: ${text.slice(hit.start, hit.end)}`);
}

const p = (written: string, tag = written) => phrase(written, tag);

describe('letters', () => {
  it('reads capital Latin look-alikes and capital Kyrgyz letters as their Cyrillic twins', () => {
    expect(found([p('прием')], 'ПPИEМ ГРАЖДАН')).toEqual(['прием: ПPИEМ']); // Latin P and E
    expect(found([p('кабыл алуу')], 'KАБЫЛ AЛУУ')).toEqual(['кабыл алуу: KАБЫЛ AЛУУ']); // Latin K and A
    expect(found([p('деңгээл')], 'ДЕҢГЭЭЛИ ДЕНГЭЭЛИ')).toEqual(['деңгээл: ДЕҢГЭЭЛИ', 'деңгээл: ДЕНГЭЭЛИ']);
    expect(found([p('жөлөкпул')], 'ЖӨЛӨКПУЛ')).toEqual(['жөлөкпул: ЖӨЛӨКПУЛ']);
    expect(found([p('түздөн')], 'ТҮЗДӨН')).toEqual(['түздөн: ТҮЗДӨН']);
    expect(found([p('прием')], 'ПРИЁМ')).toEqual(['прием: ПРИЁМ']);
  });

  it('reads the letters typed for ө, ү and ң where a keyboard lacks them as those letters', () => {
    expect(found([p('жөлөкпул')], 'жѳлѳкпул ЖѲЛѲКПУЛ жӧлӧкпул ЖӦЛӦКПУЛ жöлöкпул ЖÖЛÖКПУЛ')).toEqual(
      ['жѳлѳкпул', 'ЖѲЛѲКПУЛ', 'жӧлӧкпул', 'ЖӦЛӦКПУЛ', 'жöлöкпул', 'ЖÖЛÖКПУЛ'].map((w) => `жөлөкпул: ${w}`),
    );
    expect(found([p('түздөн')], 'тӱздөн ТӰЗДӨН тüздөн ТÜЗДӨН')).toEqual(['тӱздөн', 'ТӰЗДӨН', 'тüздөн', 'ТÜЗДӨН'].map((w) => `түздөн: ${w}`));
    expect(found([p('деңгээл')], 'деҥгээли ДЕҤГЭЭЛИ')).toEqual(['деңгээл: деҥгээли', 'деңгээл: ДЕҤГЭЭЛИ']);
  });

  it('does not read a Latin letter that looks like no Cyrillic one, or another Cyrillic letter, as part of a stem', () => {
    expect(found([p('лиценз')], 'лиценdия')).toEqual([]);
    expect(found([p('лиценз')], 'лиценѕия')).toEqual([]);
    // But such a letter stays inside its word: the word after it is a word of its own.
    expect(found([p('отказ выдач')], 'отказі выдача')).toEqual(['отказ выдач: отказі выдача']);
    expect(found([p('отказ выдач')], 'отказd выдача')).toEqual(['отказ выдач: отказd выдача']);
  });
});

describe('clauses and sentences', () => {
  it('end a clause at a tab, a bullet, a middle dot and an ellipsis; a sentence only at . ; ! ? and line breaks', () => {
    const at = (text: string) => new PhraseMatcher([p('выдач')]).findAll(text).map((hit) => [hit.clause, hit.sentence]);
    expect(at('выдача\tвыдача • выдача · выдача … выдача\rвыдача')).toEqual([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0], [5, 1]]);
    expect(found([p('отказ … выдач')], 'отказ\tвыдача')).toEqual([]);
    expect(found([p('отказ … выдач')], 'отказ • выдача')).toEqual([]);
  });

  it('reads quotes, slashes and dashes as no break', () => {
    expect(found([p('отказ … выдач')], 'отказ «в» выдаче')).toEqual(['отказ … выдач: отказ «в» выдаче']);
    expect(found([p('отказ … выдач')], 'отказ / выдача')).toEqual(['отказ … выдач: отказ / выдача']);
  });
});

describe('phrase notation', () => {
  it('gives «……» six words of room, for Kyrgyz clauses whose verb comes last', () => {
    expect(phrase('арыз …… карал', 't')).toEqual({ words: ['арыз', 'карал'], gap: 6, object: false, tag: 't' });
    expect(found([p('арыз …… карал')], 'арыздар бир эки үч төрт беш алты каралат')).toEqual(['арыз …… карал: арыздар бир эки үч төрт беш алты каралат']);
    expect(found([p('арыз …… карал')], 'арыздар бир эки үч төрт беш алты жети каралат')).toEqual([]);
  });

  it('refuses an empty stem', () => {
    expect(() => new PhraseMatcher([{ words: [''], tag: 'x' }])).toThrow(/empty stem/);
    expect(() => new PhraseMatcher([{ words: ['='], tag: 'x' }])).toThrow(/empty stem/);
  });
});

describe('phrases sharing words', () => {
  it('a word matching two stems of one alternative is found once', () => {
    expect(found([p('лиценз|лицензи')], 'лицензия')).toEqual(['лиценз|лицензи: лицензия']);
  });

  it('a stem in several phrases serves each of them', () => {
    expect(found([p('выдач', 'a'), p('выдач лиценз', 'b'), p('отказ … выдач', 'c')], 'отказ в выдаче лицензий')).toEqual(['c: отказ в выдаче', 'a: выдаче', 'b: выдаче лицензий']);
  });

  it('a stem excluded in one phrase is still found by another', () => {
    expect(found([p('граждан|!гражданск', 'contact'), p('гражданск служащ', 'civil')], 'гражданских служащих')).toEqual(['civil: гражданских служащих']);
  });

  it('a stem that is another\'s beginning is read for both', () => {
    expect(found([p('кабыл', 'a'), p('кабыл алуу', 'b'), p('кабылдоо', 'c')], 'кабылдоо кабыл алуу')).toEqual(['a: кабылдоо', 'c: кабылдоо', 'a: кабыл', 'b: кабыл алуу']);
  });
});

describe('a large lexicon', () => {
  it('finds each of hundreds of stems, and no other word', () => {
    // Stems that share no beginning make the trie grow past its first size, as the factor lexicons do.
    const letters = 'абвгдежзиклмнопрстуфхцчшщыэюя';
    const stems = [...letters].flatMap((a) => [...letters].slice(0, 8).map((b) => `${a}${b}${a}ш`));
    const matcher = new PhraseMatcher(stems.map((stem) => p(stem)));
    const text = stems.map((stem) => `${stem}ка`).join(' ');
    expect(matcher.findAll(text).map((hit) => hit.tag)).toEqual(stems);
    expect(matcher.findAll('аашка ияяшка ашка')).toHaveLength(0);
  });

  it('keeps words apart from excluded stems across a large lexicon too', () => {
    const filler = Array.from({ length: 120 }, (_, i) => p(`${'бвгдж'[i % 5]}${'клмнп'[Math.floor(i / 5) % 5]}${'рстфх'[Math.floor(i / 25) % 5]}ы`));
    const phrases = [...filler, p('граждан|!гражданск', 'contact')];
    expect(found(phrases, 'гражданских служащих; приём граждан')).toEqual(['contact: граждан']);
  });
});

describe('the Kyrgyz suffixes that undo a stem', () => {
  it('are read only as the privative «-сыз» and the negative «-бес», «-бей», «-беш», «-беген»', () => {
    // «текшерсин» (let him check) and «текшертесиз» (you will have it checked) check; «уруксатсыз» is without permission.
    for (const kept of ['текшерсин', 'текшертесиз', 'уруксатсын']) expect(found([p('текшер'), p('уруксат')], kept)).toHaveLength(1);
    for (const undone of ['уруксатсыз', 'текшербеген', 'текшерпегендер']) expect(found([p('текшер'), p('уруксат')], undone)).toEqual([]);
    // A short ending is read on its own letters, not on what a longer word before it left behind.
    expect(found([p('уруксат')], 'уруксатсыз, уруксатсы')).toEqual(['уруксат: уруксатсы']);
  });
});
