/** Which rows are a register's header, and which column each header cell names. */
import { classifyHeaderCell, matchHeaderRow } from '../../src/registers/headers';

const row = (...texts: string[]) => texts.map((text, i) => ({ column: i + 1, text }));

describe('classifyHeaderCell', () => {
  it.each([
    [' № ', 'number'], ['№ п/п', 'number'], ['#', 'number'],
    ['Риск', 'risk'], ['Коррупциялык тобокелдик', 'risk'],
    ['Функции', 'function'], ['Структурное подразделение (должность)', 'unit'], ['Түзүмдүк бөлүм', 'unit'],
    ['Категория риска', 'category'], ['Уровень риска', 'level'], ['Тобокелдиктин\nдеңгээли', 'level'], ['Тобокелдиктин денгээли', 'level'],
    ['Относится к одному или нескольким органам', 'scope'], ['Бир нече органга таандыкпы', 'scope'],
    ['Примечание', 'note'], ['Эскертүү', 'note'],
    ['Должность', 'position'], ['Кызмат орду', 'position'], ['Служебные полномочия', 'powers'], ['Ыйгарым укуктар', 'powers'],
    // The order number as Kyrgyz and Russian forms head it.
    ['№ р/с', 'number'], ['р/с', 'number'], ['п/п', 'number'], ['№ п.п.', 'number'], ['№№ п/п', 'number'],
    // An aside in brackets names no column; a case of the word is the word.
    ['Служебные полномочия (согласно должностной инструкции)', 'powers'], ['Должность, связанная с коррупционным риском (согласно штатному расписанию)', 'position'],
    ['Оценка уровня коррупционного риска', 'level'], ['(Категория риска)', 'category'],
  ])('«%s» names the %s column', (text, column) => {
    expect(classifyHeaderCell(text)).toBe(column);
  });

  it.each([[''], ['   '], ['\n'], ['Дата'], ['1']])('«%s» names no column', (text) => {
    expect(classifyHeaderCell(text)).toBeUndefined();
  });
});

describe('matchHeaderRow', () => {
  it.each([
    [['Функция', 'Риск', 'Категория'], 'risks'],
    [['Подразделение', 'Риск', 'Уровень'], 'risks'],
    [['Должность', 'Полномочия', 'Риск'], 'positions'],
    [['Должность', 'Полномочия', 'Уровень'], 'positions'],
    [['Должность', 'Риск', 'Уровень'], 'positions'],
    // A list of posts with a column for each post's unit is still a list of posts.
    [['№', 'Структурное подразделение', 'Должность', 'Служебные полномочия', 'Коррупционный риск', 'Уровень коррупционного риска'], 'positions'],
    [['№', 'Түзүмдүк бөлүм', 'Кызмат орду', 'Кызматтык ыйгарым укуктар', 'Коррупциялык тобокелдик', 'Деңгээли'], 'positions'],
  ] as const)('%j is the header of %s', (texts, kind) => {
    expect(matchHeaderRow(row(...texts))?.kind).toBe(kind);
  });

  it.each([
    [['Функция', 'Риск']],
    [['Функция', 'Категория', 'Уровень']],
    [['Риск', 'Категория', 'Уровень']],
    [['Должность', 'Полномочия']],
    [['Должность', 'Полномочия', 'Риск', 'Категория']],
    [['Примечание', 'Дата', 'Подпись']],
  ])('%j is no header', (texts) => {
    expect(matchHeaderRow(row(...texts))).toBeUndefined();
  });

  it('keeps every column of Appendix 1 it knows, the first of any named twice', () => {
    expect(matchHeaderRow(row('№', 'Функция', 'Подразделение', 'Риск', 'Категория', 'Уровень', 'Относится к нескольким органам', 'Примечание', 'Риск (повтор)'))).toEqual({
      kind: 'risks', columns: { number: 1, function: 2, unit: 3, risk: 4, category: 5, level: 6, scope: 7, note: 8 },
    });
  });

  it('keeps every column of Appendix 2 it knows', () => {
    expect(matchHeaderRow(row('№', 'Должность', 'Полномочия', 'Риск', 'Уровень', 'Дата'))).toEqual({
      kind: 'positions', columns: { number: 1, position: 2, powers: 3, risk: 4, level: 5 },
    });
  });
});
