import { CATEGORIES, LEVELS, recognize } from '../../src/order281/vocabulary';
import { recognizeFunctionType } from '../../src/order281/function-types';

type Read = ReturnType<typeof recognize<string>>;
const idOf = (found: Read) => (found.kind === 'exact' || found.kind === 'variant' ? found.id : undefined);

describe('recognize category', () => {
  it.each([
    ['Кырдаалдык', 'exact'],
    ['КЫРДААЛДЫК', 'exact'],
    ['Системалуу (реалдуу)', 'exact'],
    ['кырдаалдык ', 'variant'],
    ['системалуу', 'variant'],
    ['реалдуу', 'variant'],
    ['ситуационный', 'variant'],
    ['Kырдаалдык', 'variant'],
    ['Потенциалдуу тобокелдик', 'variant'],
  ])('%s is read as %s in a Kyrgyz register', (text, kind) => {
    expect(recognize(text, CATEGORIES, 'ky').kind).toBe(kind);
  });

  it('reads «Кырдаалдык», «кырдаалдык » and «ситуационный» all as situational', () => {
    for (const text of ['Кырдаалдык', 'кырдаалдык ', 'ситуационный', 'Ситуативный']) expect(idOf(recognize(text, CATEGORIES, 'ky'))).toBe('situational');
    expect(recognize('Ситуативный', CATEGORIES, 'ru')).toEqual({ kind: 'variant', id: 'situational' });
  });

  it('reads a value with an aside in brackets that qualifies nothing as the value, a variant', () => {
    // The Order explains the situational category by a tender; registers write such asides beside the value.
    expect(recognize('Ситуационный (при проведении тендера)', CATEGORIES, 'ru')).toEqual({ kind: 'variant', id: 'situational' });
    expect(recognize('Потенциальный (возможный)', CATEGORIES, 'ru')).toEqual({ kind: 'variant', id: 'potential' });
    expect(recognize('Кырдаалдык (конкреттүү кырдаалда)', CATEGORIES, 'ky')).toEqual({ kind: 'variant', id: 'situational' });
    // An aside naming another value is a range; the Order's own bracket is the value itself.
    expect(recognize('Потенциальный (системный)', CATEGORIES, 'ru')).toMatchObject({ kind: 'qualified', qualifier: 'range' });
    expect(recognize('Системный (реальный)', CATEGORIES, 'ru')).toEqual({ kind: 'exact', id: 'systemic' });
  });

  it('calls a cell naming two categories a range, quoting it', () => {
    expect(recognize('потенциалдуу, кырдаалдык', CATEGORIES, 'ky')).toEqual({ kind: 'qualified', qualifier: 'range', word: 'потенциалдуу, кырдаалдык' });
  });

  it('does not recognise an unrelated word, nor an empty one', () => {
    expect(recognize('маанилүү', CATEGORIES, 'ky').kind).toBe('unknown');
    expect(recognize(' — ', CATEGORIES, 'ky').kind).toBe('unknown');
  });
});

describe('recognize level', () => {
  it('reads a level typed without Kyrgyz letters as a variant of the right level', () => {
    expect(recognize('Томонку', LEVELS, 'ky')).toEqual({ kind: 'variant', id: 'low' });
  });

  it('reads Russian levels exactly in a Russian register, in any case', () => {
    expect(recognize('Высокий', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'high' });
    expect(recognize('нулевой', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'zero' });
    expect(recognize('СРЕДНИЙ', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'medium' });
  });

  // What a level cell can hold, and what it means under the Order.
  it.each([
    ['Жогорку', 'ky', { kind: 'exact', id: 'high' }],
    ['жогору', 'ky', { kind: 'variant', id: 'high' }],
    ['Жогорку деңгээл', 'ky', { kind: 'variant', id: 'high' }],
    ['Жoгoрку', 'ky', { kind: 'variant', id: 'high' }],
    ['Орточо ', 'ky', { kind: 'variant', id: 'medium' }],
    ['  орточо', 'ky', { kind: 'variant', id: 'medium' }],
    ['Нолдук', 'ky', { kind: 'variant', id: 'zero' }],
    ['высокая', 'ru', { kind: 'variant', id: 'high' }],
    ['высокого', 'ru', { kind: 'variant', id: 'high' }],
    ['Bысокий', 'ru', { kind: 'variant', id: 'high' }],
    ['Средний уровень риска', 'ru', { kind: 'variant', id: 'medium' }],
    ['high', 'ru', { kind: 'variant', id: 'high' }],
    ['2 - средний', 'ru', { kind: 'variant', id: 'medium' }],
    ['Не высокий', 'ru', { kind: 'qualified', qualifier: 'negation', word: 'не' }],
    ['НЕВЫСОКИЙ', 'ru', { kind: 'qualified', qualifier: 'negation', word: 'невысокий' }],
    ['Нет, низкий', 'ru', { kind: 'qualified', qualifier: 'negation', word: 'нет' }],
    ['Жогорку эмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'эмес' }],
    ['Төмөн эмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'эмес' }],
    ['not high', 'ru', { kind: 'qualified', qualifier: 'negation', word: 'not' }],
    ['Очень высокий', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'очень' }],
    // «Орто», the Kyrgyz word «орточо» is made from, is the middle level too.
    ['Орто', 'ky', { kind: 'variant', id: 'medium' }],
    // An aside in brackets explains the value, unless it negates, grades or names another.
    ['Средний (умеренный)', 'ru', { kind: 'variant', id: 'medium' }],
    ['Средний (не высокий)', 'ru', { kind: 'qualified', qualifier: 'negation', word: 'не' }],
    ['Высокий (очень)', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'очень' }],
    ['Высокий (средний)', 'ru', { kind: 'qualified', qualifier: 'range', word: 'Высокий (средний)' }],
    ['Выше среднего', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'выше' }],
    ['ниже среднего', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'ниже' }],
    ['Өтө жогорку', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'өтө' }],
    ['Өтө төмөн', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'өтө' }],
    ['Абдан жогору', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'абдан' }],
    ['эң төмөнкү', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'эң' }],
    ['средне-высокий', 'ru', { kind: 'qualified', qualifier: 'range', word: 'средне-высокий' }],
    ['высокий/средний', 'ru', { kind: 'qualified', qualifier: 'range', word: 'высокий/средний' }],
    ['от низкого до среднего', 'ru', { kind: 'qualified', qualifier: 'range', word: 'от низкого до среднего' }],
    ['Орточодон жогору', 'ky', { kind: 'qualified', qualifier: 'range', word: 'Орточодон жогору' }],
    ['Высокий, по оценке комиссии', 'ru', { kind: 'unknown' }],
    ['чоң', 'ky', { kind: 'unknown' }],
    // Kyrgyz glues to a word what Russian writes apart, and people miss the space before «эмес».
    ['жогоркуэмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'жогоркуэмес' }],
    ['Жогоруэмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'жогоруэмес' }],
    ['төмөнкүэмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'төмөнкүэмес' }],
    ['жогорураак', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'жогорураак' }],
    ['Төмөнүрөөк', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'төмөнүрөөк' }],
    ['томонуроок', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'томонуроок' }],
    ['жогорураагы', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'жогорураагы' }],
    ['highest', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'highest' }],
    // …and the intensifier in front: «өтөжогорку», «абданжогорку» (very high), «Өтөтөмөн» (very low).
    ['өтөжогорку', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'өтөжогорку' }],
    ['Өтөтөмөн', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'өтөтөмөн' }],
    ['абданжогорку', 'ky', { kind: 'qualified', qualifier: 'intensifier', word: 'абданжогорку' }],
    ['өтөжогоркуэмес', 'ky', { kind: 'qualified', qualifier: 'negation', word: 'өтөжогоркуэмес' }],
    ['высоковатый', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'высоковатый' }],
    ['Низковато', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'низковато' }],
    ['higher', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'higher' }],
    ['lowest', 'ru', { kind: 'qualified', qualifier: 'intensifier', word: 'lowest' }],
    // «As above», «the above-mentioned», «as below»: a reference to another cell, no level.
    ['жогорудагыдай', 'ky', { kind: 'unknown' }],
    ['Жогорудагы', 'ky', { kind: 'unknown' }],
    ['төмөндөгүдөй', 'ky', { kind: 'unknown' }],
    ['жогоркудай', 'ky', { kind: 'unknown' }],
    ['Төмөнкүдөй', 'ky', { kind: 'unknown' }],
    ['жогорудагыдай', 'ru', { kind: 'unknown' }],
  ] as const)('%s (%s register) reads as %j', (text, language, expected) => {
    expect(recognize(text, LEVELS, language)).toEqual(expected);
  });

  it('never reads a negated level as a level, least of all its opposite', () => {
    for (const text of ['не низкий', 'не высокий', 'Жогорку эмес', 'нөлдүк эмес', 'ненулевой', 'жогоркуэмес', 'жогоруэмес', 'төмөнкүэмес', 'нөлдүкэмес']) {
      expect(recognize(text, LEVELS, 'ru').kind).toBe('qualified');
      expect(recognize(text, LEVELS, 'ky').kind).toBe('qualified');
    }
  });

  it.each([['3'], ['Уровень риска'], ['деңгээли']])('«%s», a number or a neutral word alone, names no level', (text) => {
    expect(recognize(text, LEVELS, 'ru')).toEqual({ kind: 'unknown' });
  });

  it('quotes a range without the spaces around the cell', () => {
    expect(recognize('  высокий/средний ', LEVELS, 'ru')).toEqual({ kind: 'qualified', qualifier: 'range', word: 'высокий/средний' });
  });

  it.each([
    ['жогорку деңгээлдеги', 'ky', 'high'],
    ['Жогорку деңгээлдеги тобокелдиктер', 'ky', 'high'],
    ['3 (высокий)', 'ru', 'high'],
    ['Высокий (3 балла)', 'ru', 'high'],
    ['Жогорку - 3 балл', 'ky', 'high'],
    ['Орточо (2 упай)', 'ky', 'medium'],
    ['Төмөн', 'ky', 'low'],
    ['төмөнкүлөр', 'ky', 'low'],
    ['Высокий уровень', 'ru', 'high'],
    ['низкого', 'ru', 'low'],
    ['нулевым', 'ru', 'zero'],
    ['high', 'ky', 'high'],
  ] as const)('still reads %s (%s register) as a variant of %s', (text, language, id) => {
    expect(recognize(text, LEVELS, language)).toEqual({ kind: 'variant', id });
  });

  // Letters Kyrgyz writers type for ө, ү, ң when their keyboard lacks them: the old Cyrillic fita, the
  // Altai letters, Latin ones with a diaeresis. Each still means the value, but is not the Order's spelling.
  it.each([
    ['Тѳмѳнкү', 'low'], ['ТѲМѲНКҮ', 'low'], ['Нѳлдүк', 'zero'], ['Тöмöнкү', 'low'], ['ТÖМÖНКҮ', 'low'], ['Төмөнкü', 'low'],
    ['Нөлдӱк', 'zero'], ['Тӧмӧнкӱ', 'low'], ['Жогорку деҥгээл', 'high'], ['Жогорку ДЕҤГЭЭЛ', 'high'],
  ] as const)('reads %s as a variant of %s in a Kyrgyz register', (text, id) => {
    expect(recognize(text, LEVELS, 'ky')).toEqual({ kind: 'variant', id });
  });

  it('reads a substitute letter inside a qualifier as the letter it stands for', () => {
    expect(recognize('Ѳтѳ жогорку', LEVELS, 'ky')).toEqual({ kind: 'qualified', qualifier: 'intensifier', word: 'ѳтѳ' });
    expect(recognize('эҥ төмөнкү', LEVELS, 'ky')).toEqual({ kind: 'qualified', qualifier: 'intensifier', word: 'эҥ' });
    expect(recognize('Тѳмѳнкү эмес', LEVELS, 'ky')).toEqual({ kind: 'qualified', qualifier: 'negation', word: 'эмес' });
  });

  it('remembers a reading without mixing the register languages', () => {
    expect(recognize('Высокий', LEVELS, 'ky')).toEqual({ kind: 'variant', id: 'high' });
    expect(recognize('Высокий', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'high' });
    expect(recognize('Высокий', LEVELS, 'ky')).toEqual({ kind: 'variant', id: 'high' });
  });
});

describe('recognizeFunctionType', () => {
  it('recognises the form\'s headings and their Russian equivalents', () => {
    expect(recognizeFunctionType('Уруксат берүү функциясы')?.id).toBe('permitting');
    expect(recognizeFunctionType('Кызмат көрсөтүү функциясы')?.id).toBe('services');
    expect(recognizeFunctionType('Разрешительная функция')?.id).toBe('permitting');
    expect(recognizeFunctionType('Контрольно-надзорная функция')?.id).toBe('control');
    expect(recognizeFunctionType('Нормотворческая функция')?.id).toBe('normMaking');
  });

  it('finds no p.5 type in an unrelated heading', () => {
    expect(recognizeFunctionType('Спорт иш-чаралары')).toBeUndefined();
  });
});

describe('the words that qualify a value', () => {
  it.each(['не', 'нет', 'ни', 'эмес', 'жок', 'not', 'no', 'non'])('«%s» negates: never read as the value', (word) => {
    expect(recognize(`${word} высокий`, LEVELS, 'ru')).toEqual({ kind: 'qualified', qualifier: 'negation', word });
    expect(recognize(`жогорку ${word}`, LEVELS, 'ky')).toEqual({ kind: 'qualified', qualifier: 'negation', word });
  });

  it.each([
    'очень', 'весьма', 'крайне', 'наиболее', 'наименее', 'особо', 'особенно', 'чрезвычайно', 'слишком', 'достаточно',
    'сравнительно', 'относительно', 'умеренно', 'выше', 'ниже', 'более', 'менее', 'максимальный', 'минимальный',
    'абдан', 'ашык', 'кем', 'эбегейсиз', 'very', 'extremely', 'highly', 'above', 'below', 'rather', 'fairly', 'quite',
  ])('«%s» grades: no value of the Order', (word) => {
    expect(recognize(`${word} высокий`, LEVELS, 'ru')).toEqual({ kind: 'qualified', qualifier: 'intensifier', word });
  });

  it.each([['өтө', 'өтө'], ['ото', 'ото'], ['оте', 'оте'], ['эң', 'эң'], ['эн', 'эн']])('«%s» grades in Kyrgyz, typed with or without Kyrgyz letters', (typed, word) => {
    expect(recognize(`${typed} жогорку`, LEVELS, 'ky')).toEqual({ kind: 'qualified', qualifier: 'intensifier', word });
  });

  it.each(['уровень', 'уровня', 'риск', 'деңгээли', 'тобокелдик', 'категория', 'коррупционного', 'level', 'risk', 'category', '3'])(
    '«%s» beside a value leaves it readable',
    (word) => {
      expect(recognize(`Высокий ${word}`, LEVELS, 'ru')).toEqual({ kind: 'variant', id: 'high' });
      expect(recognize(`Потенциальный ${word}`, CATEGORIES, 'ru')).toEqual({ kind: 'variant', id: 'potential' });
    },
  );

  it.each([
    ['нулевая', 'zero'], ['ноль', 'zero'], ['zero', 'zero'], ['низкая', 'low'], ['low', 'low'], ['томонку', 'low'],
    ['средняя', 'medium'], ['medium', 'medium'], ['moderate', 'medium'], ['орточо', 'medium'],
    ['высокая', 'high'], ['high', 'high'], ['жогору', 'high'],
  ])('«%s» is a form of the level %s', (text, id) => {
    expect(recognize(text, LEVELS, 'ru')).toEqual({ kind: 'variant', id });
  });

  it.each([
    ['системный', 'systemic'], ['реальный', 'systemic'], ['systemic', 'systemic'], ['real', 'systemic'],
    ['потенциальная', 'potential'], ['potential', 'potential'], ['ситуационная', 'situational'], ['situational', 'situational'], ['кырдаалдык', 'situational'],
  ])('«%s» is a form of the category %s', (text, id) => {
    expect(recognize(text, CATEGORIES, 'ru')).toEqual({ kind: 'variant', id });
  });

  it('reads a long run of different cells right after the remembered readings are dropped', () => {
    for (let i = 0; i < 5100; i++) recognize(`Высокий ${i}`, LEVELS, 'ru');
    expect(recognize('Высокий', LEVELS, 'ru')).toEqual({ kind: 'exact', id: 'high' });
    expect(recognize('Высокий 1', LEVELS, 'ru')).toEqual({ kind: 'variant', id: 'high' });
  });
});
