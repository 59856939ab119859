import { phrase, PhraseMatcher, type Phrase } from '../../src/order281/phrases';
import { recognizeFunctionType } from '../../src/order281/function-types';

/** The phrases found in a text, as written there. */
function found(phrases: Phrase<string>[], text: string): string[] {
  return new PhraseMatcher(phrases).findAll(text).map((hit) => `${hit.tag}: ${text.slice(hit.start, hit.end)}`);
}

const p = (written: string, tag = written) => phrase(written, tag);

describe('phrase notation', () => {
  it('reads words, alternatives, a gap and an object', () => {
    expect(phrase('отказ … выдач|предоставлен +', 't')).toEqual({ words: ['отказ', ['выдач', 'предоставлен']], gap: 3, object: true, tag: 't' });
    expect(phrase('сатып алуу', 't')).toEqual({ words: ['сатып', 'алуу'], gap: 0, object: false, tag: 't' });
  });
});

describe('PhraseMatcher', () => {
  it('matches a stem at the start of a word, in any case, and quotes the word as written', () => {
    expect(found([p('лиценз')], 'Выдача Лицензий')).toEqual(['лиценз: Лицензий']);
    expect(found([p('лиценз')], 'безлицензионная')).toEqual([]);
  });

  it('reads Latin look-alikes and Kyrgyz letters typed as Russian ones', () => {
    expect(found([p('прием')], 'пpием граждан')).toEqual(['прием: пpием']); // Latin «p»
    expect(found([p('төлөм')], 'толомдор')).toEqual(['төлөм: толомдор']);
    expect(found([p('толом')], 'ТӨЛӨМДӨР')).toEqual(['толом: ТӨЛӨМДӨР']);
  });

  it('asks for the whole word where the stem ends with =', () => {
    expect(found([p('суд=')], 'в суд')).toEqual(['суд=: суд']);
    expect(found([p('суд=')], 'судья')).toEqual([]);
  });

  it('keeps out words that start with an excluded stem', () => {
    const phrases = [p('граждан|!гражданск', 'contact')];
    expect(found(phrases, 'приём граждан')).toEqual(['contact: граждан']);
    expect(found(phrases, 'гражданских служащих')).toEqual([]);
  });

  it('a word excluded by one stem is not let in by another of the same slot', () => {
    expect(found([p('прием|приемка|!приемк', 'x')], 'приемка товаров')).toEqual([]);
  });

  it('matches the words of a phrase in order, adjacent unless a gap is allowed', () => {
    expect(found([p('сатып алуу')], 'сатып алуулар')).toEqual(['сатып алуу: сатып алуулар']);
    expect(found([p('сатып алуу')], 'алуу сатып')).toEqual([]);
    expect(found([p('отказ выдач')], 'отказ в выдаче')).toEqual([]);
    expect(found([p('отказ … выдач')], 'отказ в выдаче')).toEqual(['отказ … выдач: отказ в выдаче']);
    expect(found([p('отказ … выдач')], 'отказ один два три четыре выдаче')).toEqual([]);
    expect(found([p('отказ … выдач')], 'отказ один два три выдаче')).toEqual(['отказ … выдач: отказ один два три выдаче']);
  });

  it('never runs a phrase across a clause break, but reads across brackets and hyphens', () => {
    expect(found([p('отказ … выдач')], 'отказ; выдача')).toEqual([]);
    expect(found([p('отказ … выдач')], 'отказ, выдача')).toEqual([]);
    expect(found([p('цен … закуп')], 'цены (максимальной) закупки')).toEqual(['цен … закуп: цены (максимальной) закупки']);
    expect(found([p('түздөн түз')], 'Түздөн-түз')).toEqual(['түздөн түз: Түздөн-түз']);
  });

  it('numbers clauses at every break and sentences at a full stop, semicolon, ! ? or line break', () => {
    const at = (text: string) => new PhraseMatcher([p('выдач')]).findAll(text).map((hit) => [hit.clause, hit.sentence]);
    expect(at('выдача, выдача: выдача; выдача. выдача\nвыдача! выдача')).toEqual([[0, 0], [1, 0], [2, 0], [3, 1], [4, 2], [5, 3], [6, 4]]);
  });

  it('takes in the object of a phrase, past a preposition, within the clause', () => {
    const phrases = [p('отказ в= выдач +', 'd')];
    expect(found(phrases, 'отказ в выдаче лицензии на экспорт')).toEqual(['d: отказ в выдаче лицензии']);
    expect(found(phrases, 'отказ в выдаче на экспорт')).toEqual(['d: отказ в выдаче на экспорт']);
    expect(found(phrases, 'отказ в выдаче и в приеме')).toEqual(['d: отказ в выдаче']);
    expect(found(phrases, 'отказ в выдаче; лицензии')).toEqual(['d: отказ в выдаче']);
    expect(found(phrases, 'отказ в выдаче (лицензии)')).toEqual(['d: отказ в выдаче']);
    expect(found(phrases, 'отказ в выдаче\u00a0лицензии')).toEqual(['d: отказ в выдаче\u00a0лицензии']);
    expect(found(phrases, 'отказ в выдаче')).toEqual(['d: отказ в выдаче']);
  });

  it('does not read a Kyrgyz stem undone by the privative suffix or the negative verb', () => {
    const phrases = [p('уруксат'), p('текшер'), p('кечиктир')];
    expect(found(phrases, 'уруксатсыз')).toEqual([]);
    expect(found(phrases, 'текшербестен')).toEqual([]);
    expect(found(phrases, 'кечиктирбей')).toEqual([]);
    expect(found(phrases, 'кечиктирбеген')).toEqual([]);
    expect(found(phrases, 'текшерпеш')).toEqual([]);
    expect(found(phrases, 'уруксатты текшерүү кечиктирүү')).toEqual(['уруксат: уруксатты', 'текшер: текшерүү', 'кечиктир: кечиктирүү']);
    // «-бе» followed by another letter is no negation: «текшербе» + «к» is not «-бес».
    expect(found(phrases, 'текшербек')).toEqual(['текшер: текшербек']);
  });

  it('keeps accents and soft hyphens inside a word, and digits and other scripts as words of their own', () => {
    expect(found([p('прием')], 'прие\u0301м')).toEqual(['прием: прие\u0301м']);
    expect(found([p('лиценз')], 'ли\u00adцензия')).toEqual(['лиценз: ли\u00adцензия']);
    expect(found([p('жылдын')], '2016-жылдын')).toEqual(['жылдын: жылдын']);
    expect(found([p('отказ … выдач')], 'отказ 2016 выдача')).toEqual(['отказ … выдач: отказ 2016 выдача']);
    expect(found([p('отказ … выдач')], 'отказ — выдача')).toEqual(['отказ … выдач: отказ — выдача']);
    expect(found([p('отказ … выдач')], 'отказ… выдача')).toEqual([]);
    expect(found([p('отказ выдач')], 'отказ 漢字 выдача')).toEqual(['отказ выдач: отказ 漢字 выдача']);
    expect(found([p('лиценз')], 'лицензияß')).toEqual(['лиценз: лицензияß']);
  });

  it('reads the undoing suffix in its every form, and nothing else', () => {
    for (const undone of ['уруксатсиз', 'уруксатсуз', 'уруксатсүз', 'текшербей', 'текшерпей', 'текшербөш', 'текшербаган', 'текшерпеген', 'текшербөгөн'])
      expect(found([p('уруксат'), p('текшер')], undone)).toEqual([]);
    for (const kept of ['уруксатсы', 'текшербе', 'текшербег', 'текшербегт', 'текшербак', 'текшербиш', 'текшерсе'])
      expect(found([p('уруксат'), p('текшер')], kept)).toHaveLength(1);
  });

  it('gives a phrase once for each place it occurs, in order', () => {
    expect(found([p('арыз')], 'арыз, арыздар')).toEqual(['арыз: арыз', 'арыз: арыздар']);
  });

  it('finds every phrase that writes a word alike, each in the order the phrases were given', () => {
    // «прием|приём» opens two phrases, closes a third and stands alone in a fourth; «приём» written in the other order too.
    const phrases = [p('прием|приём граждан', 'a'), p('личн прием|приём', 'b'), p('прием|приём корреспонденц', 'c'), p('приём|прием', 'd'), p('прием|приём', 'e')];
    expect(found(phrases, 'личный приём граждан; прием корреспонденции')).toEqual([
      'b: личный приём', 'a: приём граждан', 'd: приём', 'e: приём', 'c: прием корреспонденции', 'd: прием', 'e: прием',
    ]);
    // A shared word keeps its exclusions: «приемка» is no «прием» in any phrase that says so.
    const excluding = [p('прием|!приемк товар', 'f'), p('!приемк|прием граждан', 'g')];
    expect(found(excluding, 'приемка товаров, приемка граждан, прием граждан')).toEqual(['g: прием граждан']);
    // Only words with the same stems are alike: «аб|в» and «а|бв» have the same letters, not the same stems.
    expect(found([p('аб|в икс', 'h'), p('а|бв игрек', 'i')], 'в игрек; бв игрек; в икс')).toEqual(['i: бв игрек', 'h: в икс']);
  });

  it('reads long words and long texts', () => {
    const long = `${'а'.repeat(200)} лицензия`;
    expect(found([p('лиценз')], long)).toEqual(['лиценз: лицензия']);
    const many = Array.from({ length: 300 }, (_, i) => (i % 50 === 0 ? 'лицензия' : `слово${i}`)).join(' ');
    expect(found([p('лиценз')], many)).toHaveLength(6);
    // Every word satisfying several slots: the matcher's tables grow, and the last words still match.
    const dense = Array.from({ length: 400 }, () => 'лицензия').join(' ');
    const phrases = [p('лиценз', 'a'), p('лицензи', 'b'), p('лицензия=', 'c'), p('лиценз лиценз', 'd')];
    const hits = new PhraseMatcher(phrases).findAll(`${dense} конец`);
    expect(hits.filter((h) => h.tag === 'c')).toHaveLength(400);
    expect(hits.filter((h) => h.tag === 'd')).toHaveLength(399);
    expect(found([p('конец')], `${dense} конец`)).toEqual(['конец: конец']);
  });

  it('refuses a phrase it could never match', () => {
    expect(() => new PhraseMatcher([{ words: [], tag: 'x' }])).toThrow(/needs a word/);
    expect(() => new PhraseMatcher([p('!гражданск')])).toThrow(/needs a stem/);
    expect(() => new PhraseMatcher([p('license')])).toThrow(/Cyrillic/);
  });
});

describe('function headings', () => {
  it('name the type p.5 lists first when a heading names several, and none when it names none', () => {
    expect(recognizeFunctionType('Уруксат берүү функциясы')?.id).toBe('permitting');
    expect(recognizeFunctionType('Контроль и выдача лицензий')?.id).toBe('control');
    expect(recognizeFunctionType('Выдача лицензий и контроль')?.id).toBe('control');
    expect(recognizeFunctionType('Функция по оказанию услуг')?.id).toBe('services');
    expect(recognizeFunctionType('Юрисдикционная функция')?.id).toBe('jurisdictional');
    expect(recognizeFunctionType('Прочие функции')).toBeUndefined();
    expect(recognizeFunctionType('уруксатсыз')).toBeUndefined();
  });
});
