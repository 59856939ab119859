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
    // Other wordings published registers use for the same columns.
    ['Nº', 'number'], ['Nº п/п', 'number'], ['Реттик №', 'number'], ['Катар №', 'number'], ['№ к/с', 'number'], ['Номер', 'number'],
    ['Структурное подразделение, должность', 'position'], ['Наименование структурного подразделения и должности', 'position'], ['Түзүмдүк бөлүм, кызмат орду', 'position'],
    ['Функциональные обязанности', 'powers'], ['Функционалдык милдеттери', 'powers'], ['Должностные обязанности', 'powers'], ['Кызматтык милдеттери', 'powers'],
    ['Степень коррупционного риска (нулевая, низкая, средняя, высокая)', 'level'], ['Тобокелдиктин даражасы', 'level'],
    ['Вид коррупционного риска', 'category'], ['Характер коррупционного риска', 'category'], ['Коррупциялык тобокелдиктин түрү', 'category'],
    ['Функциянын түрү', 'function'], ['Виды деятельности (функции)', 'function'],
    ['Сфера деятельности, в которой возможны коррупционные риски', 'risk'], ['Иш чөйрөсү', 'risk'],
    // As typed: spaces around the slash, a Latin N, «No» without its stop, and a line break or a double space from Word.
    ['№ п / п', 'number'], ['п / п', 'number'], ['N п/п', 'number'], ['No', 'number'], ['Реттик\r\n№', 'number'],
    ['Кызмат  орду', 'position'], ['Коррупциялык\r\nтобокелдиктин\r\nдеңгээли', 'level'],
    // «Вид» as the last word is still the kind; inside another word it is not.
    ['Коррупционный риск: вид', 'category'], ['Риск при видеофиксации нарушений', 'risk'],
  ])('«%s» names the %s column', (text, column) => {
    expect(classifyHeaderCell(text)).toBe(column);
  });

  it.each([[''], ['   '], ['\n'], ['Дата'], ['1'], ['Приказ номер'], ['Телефон №'], ['Номер приказа'], ['№ приказа'], ['Вид деятельности']])('«%s» names no column', (text) => {
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
    // …and one that adds a category column: a post with its powers and no function.
    [['Должность', 'Полномочия', 'Риск', 'Категория'], 'positions'],
    [['№', 'Структурное подразделение, должность', 'Функциональные обязанности', 'Коррупционный риск', 'Уровень коррупционного риска'], 'positions'],
  ] as const)('%j is the header of %s', (texts, kind) => {
    expect(matchHeaderRow(row(...texts))?.kind).toBe(kind);
  });

  it.each([
    [['Функция', 'Риск']],
    [['Функция', 'Категория', 'Уровень']],
    [['Риск', 'Категория', 'Уровень']],
    [['Должность', 'Полномочия']],
    [['Примечание', 'Дата', 'Подпись']],
    // A risk map of business processes names the officials involved, not a post with its powers.
    [['№', 'Бизнес-процесс', 'Критическая точка', 'Описание коррупционного риска', 'Должностные лица, вовлечённые в реализацию', 'Вероятность', 'Влияние', 'Уровень риска', 'Меры по минимизации']],
  ])('%j is no header', (texts) => {
    expect(matchHeaderRow(row(...texts))).toBeUndefined();
  });

  it('takes a column by its other name where the header has only that', () => {
    // Appendix 1's column 2 is «функции / служебные полномочия», column 3 «подразделение (должность …)».
    expect(matchHeaderRow(row('№', 'Служебные полномочия', 'Должность, связанная с коррупционным риском', 'Коррупционный риск', 'Категория', 'Уровень'))).toEqual({
      kind: 'risks', columns: { number: 1, function: 2, unit: 3, risk: 4, category: 5, level: 6 },
    });
    // Appendix 2's risk column is the sphere of work (footnote ***), often headed as functions.
    expect(matchHeaderRow(row('№', 'Должность', 'Служебные полномочия', 'Коррупционно-опасные функции', 'Уровень'))).toEqual({
      kind: 'positions', columns: { number: 1, position: 2, powers: 3, risk: 4, level: 5 },
    });
    expect(matchHeaderRow(row('№', 'Должность', 'Служебные полномочия', 'Коррупционный риск', 'Категория', 'Уровень'))).toEqual({
      kind: 'positions', columns: { number: 1, position: 2, powers: 3, risk: 4, level: 6 },
    });
  });

  it('reads a list of posts that gives each post\'s unit a column, and a register of risks that names the post beside the unit', () => {
    expect(matchHeaderRow(row('№', 'Структурное подразделение', 'Должность', 'Служебные полномочия', 'Коррупционный риск', 'Уровень'))).toEqual({
      kind: 'positions', columns: { number: 1, unit: 2, position: 3, powers: 4, risk: 5, level: 6 },
    });
    // With the functions there and no powers, it is Appendix 1, though a post and two of its signs are there too.
    expect(matchHeaderRow(row('№', 'Подразделение', 'Должность', 'Функции', 'Коррупционный риск', 'Уровень'))).toEqual({
      kind: 'risks', columns: { number: 1, function: 4, unit: 2, risk: 5, level: 6 },
    });
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
