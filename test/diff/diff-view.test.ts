/**
 * The diff as the reader sees it, built from hand-made diffs so every line can be checked by reason:
 * which tables appear, their columns per register kind, the rows' words, and the p.13 note.
 */
import type { DiffChange, DiffSide, KindDiff, RegisterDiff } from '../../src/checks/diff';
import { diffView } from '../../src/checks/diff-view';

const side = (over: Partial<DiffSide> = {}): DiffSide => ({
  sheet: 'Тизме', row: 6, text: 'Акы талап кылуу', context: '', level: 'high', category: 'potential', levelText: 'Жогорку', categoryText: 'Потенциалдуу', ...over,
});

const nothing = (): KindDiff => ({ added: [], removed: [], rerated: [], reworded: [], unchanged: 0, carriedOver: 0, old: 0, new: 0 });
const diffOf = (risks: Partial<KindDiff> = {}, positions: Partial<KindDiff> = {}): RegisterDiff => ({
  risks: { ...nothing(), ...risks }, positions: { ...nothing(), ...positions },
});
const added = (s: DiffSide, kind: DiffChange['kind'] = 'risks'): DiffChange => ({ kind, new: s });
const removed = (s: DiffSide, kind: DiffChange['kind'] = 'risks'): DiffChange => ({ kind, old: s });

describe('the diff view', () => {
  it('names both files in the heading, or «this workbook» for the open one, in each language', () => {
    const diff = diffOf();
    expect(diffView(diff, { old: '2025.xlsx', new: '2026.xlsx' }, 'en').heading).toBe('Last year (2025.xlsx) against this year (2026.xlsx)');
    expect(diffView(diff, { old: '2025.xlsx' }, 'en').heading).toBe('Last year (2025.xlsx) against this year (this workbook)');
    expect(diffView(diff, { old: '2025.xlsx' }, 'ru').heading).toBe('Прошлый год (2025.xlsx) и текущий (эта книга)');
    expect(diffView(diff, { old: '2025.xlsx' }, 'ky').heading).toBe('Өткөн жыл (2025.xlsx) жана быйыл (ушул китеп)');
  });

  it('says neither file holds a register, with no tables and no note, when both are empty', () => {
    for (const [lang, words] of [['en', 'Neither file holds a register.'], ['ru', 'Ни в одном из файлов перечень не найден.'], ['ky', 'Эки файлда тең тизме табылган жок.']] as const) {
      expect(diffView(diffOf(), { old: 'a' }, lang)).toEqual({ heading: expect.any(String), counts: [words], tables: [], notes: [] });
    }
  });

  it('counts each kind present in either file, and only those', () => {
    const onlyOld = diffView(diffOf({}, { old: 2, new: 0, removed: [removed(side(), 'positions'), removed(side({ row: 7 }), 'positions')] }), { old: 'a' }, 'en');
    expect(onlyOld.counts).toEqual(['Corruption-prone posts (Appendix 2): 2 → 0: 0 added, 2 removed, 0 re-rated, 0 reworded only, 0 unchanged.']);
    const onlyNew = diffView(diffOf({ old: 0, new: 1, added: [added(side())] }), { old: 'a' }, 'en');
    expect(onlyNew.counts).toEqual(['Corruption risks (Appendix 1): 0 → 1: 1 added, 0 removed, 0 re-rated, 0 reworded only, 0 unchanged.']);
    const rerated: DiffChange = { kind: 'risks', old: side(), new: side({ level: 'low', levelText: 'Төмөнкү' }), changed: ['level'] };
    const reworded: DiffChange = { kind: 'risks', old: side(), new: side(), changed: ['wording'] };
    const both = diffOf({ old: 5, new: 4, rerated: [rerated], reworded: [reworded, reworded], unchanged: 1 }, { old: 1, new: 1, unchanged: 1 });
    expect(diffView(both, { old: 'a' }, 'ru').counts).toEqual([
      'Коррупционные риски (Приложение 1): 5 → 4: добавлено 0, удалено 0, переоценено 1, изменена только формулировка 2, без изменений 1.',
      'Коррупциогенные должности (Приложение 2): 1 → 1: добавлено 0, удалено 0, переоценено 0, изменена только формулировка 0, без изменений 1.',
    ]);
    expect(diffView(both, { old: 'a' }, 'ky').counts[1]).toBe('Коррупциогендик кызмат орундары (2-тиркеме): 1 → 1: кошулду 0, алынды 0, кайра бааланды 0, сөздөрү гана өзгөрдү 0, өзгөргөн жок 1.');
    // Nothing added, removed or re-rated: no table at all.
    expect(diffView(both, { old: 'a' }, 'en').tables.map((t) => t.change)).toEqual(['rerated']);
  });

  it('lists added and removed risks with where, text, level and category, in the Order\'s words for the view\'s language', () => {
    const diff = diffOf({
      old: 1, new: 1,
      added: [added(side({ sheet: 'Тизме 2026', row: 9, text: 'Жаңы тобокелдик', level: 'low', category: 'situational' }))],
      removed: [removed(side({ sheet: 'Тизме 2025', row: 7, text: 'Эски тобокелдик' }))],
    });
    const en = diffView(diff, { old: 'a' }, 'en').tables;
    expect(en).toEqual([
      { title: 'Corruption risks (Appendix 1) — Added', change: 'added', columns: ['This year', 'Risk', 'Level', 'Category'], rows: [['Тизме 2026, row 9', 'Жаңы тобокелдик', 'low', 'situational']] },
      { title: 'Corruption risks (Appendix 1) — Removed', change: 'removed', columns: ['Last year', 'Risk', 'Level', 'Category'], rows: [['Тизме 2025, row 7', 'Эски тобокелдик', 'high', 'potential']] },
    ]);
    const ru = diffView(diff, { old: 'a' }, 'ru').tables;
    expect(ru[0].rows).toEqual([['Тизме 2026, строка 9', 'Жаңы тобокелдик', 'низкий', 'ситуационный']]);
    expect(ru.map((t) => [t.title, t.columns[0]])).toEqual([['Коррупционные риски (Приложение 1) — Добавлены', 'В этом году'], ['Коррупционные риски (Приложение 1) — Удалены', 'В прошлом году']]);
    const ky = diffView(diff, { old: 'a' }, 'ky').tables;
    expect(ky[1]).toMatchObject({ title: 'Коррупциялык тобокелдиктер (1-тиркеме) — Алынып салынгандар', columns: ['Өткөн жылы', 'Тобокелдик', 'Деңгээл', 'Категория'], rows: [['Тизме 2025, сап 7', 'Эски тобокелдик', 'жогорку', 'потенциалдуу']] });
    expect(ky[0].title).toBe('Коррупциялык тобокелдиктер (1-тиркеме) — Кошулгандар');
  });

  it('shows a level or category it could not recognise as written', () => {
    const odd = side({ level: undefined, levelText: 'өтө жогору', category: undefined, categoryText: 'белгисиз' });
    expect(diffView(diffOf({ old: 0, new: 1, added: [added(odd)] }), { old: 'a' }, 'en').tables[0].rows[0]).toEqual(['Тизме, row 6', 'Акы талап кылуу', 'өтө жогору', 'белгисиз']);
    // An id this version's vocabulary lacks (a diff from a newer one) falls back to the words as written too.
    const newer = side({ level: 'extreme' as DiffSide['level'], levelText: 'Өтө жогорку' });
    expect(diffView(diffOf({ old: 0, new: 1, added: [added(newer)] }), { old: 'a' }, 'en').tables[0].rows[0][2]).toBe('Өтө жогорку');
  });

  it('gives posts no category column', () => {
    const post = side({ text: 'Бухгалтер', level: 'medium', levelText: 'Орточо', category: undefined, categoryText: '' });
    const tables = diffView(diffOf({}, { old: 1, new: 1, added: [added(post, 'positions')], removed: [removed(post, 'positions')] }), { old: 'a' }, 'en').tables;
    expect(tables.map((t) => [t.title, t.columns, t.rows])).toEqual([
      ['Corruption-prone posts (Appendix 2) — Added', ['This year', 'Post', 'Level'], [['Тизме, row 6', 'Бухгалтер', 'medium']]],
      ['Corruption-prone posts (Appendix 2) — Removed', ['Last year', 'Post', 'Level'], [['Тизме, row 6', 'Бухгалтер', 'medium']]],
    ]);
  });

  it('shows a re-rated row in both files, arrows only on what changed, and notes edited wording', () => {
    const rerated: DiffChange[] = [
      { kind: 'risks', old: side({ sheet: 'A', row: 8 }), new: side({ sheet: 'B', row: 7, level: 'medium', text: 'Жаңы сөз' }), changed: ['level', 'wording'] },
      { kind: 'risks', old: side({ category: 'systemic' }), new: side({ row: 9 }), changed: ['category'] },
    ];
    const [table] = diffView(diffOf({ old: 2, new: 2, rerated }), { old: 'a' }, 'en').tables;
    expect(table).toEqual({
      title: 'Corruption risks (Appendix 1) — Re-rated (level or category changed)',
      change: 'rerated',
      columns: ['Last year', 'This year', 'Risk', 'Level', 'Category'],
      rows: [
        ['A, row 8', 'B, row 7', 'Жаңы сөз (wording edited)', 'high → medium', 'potential'],
        ['Тизме, row 6', 'Тизме, row 9', 'Акы талап кылуу', 'high', 'systemic (real) → potential'],
      ],
    });
    const ru = diffView(diffOf({ old: 2, new: 2, rerated }), { old: 'a' }, 'ru').tables[0];
    expect(ru.rows[0][2]).toBe('Жаңы сөз (формулировка изменена)');
    expect(ru.title).toBe('Коррупционные риски (Приложение 1) — Изменён уровень или категория');
    expect(diffView(diffOf({ old: 2, new: 2, rerated }), { old: 'a' }, 'ky').tables[0].rows[0].slice(2, 4)).toEqual(['Жаңы сөз (сөздөрү өзгөртүлгөн)', 'жогорку → орточо']);
    // A change that does not say what changed is shown without the wording note.
    const unspecified: DiffChange = { kind: 'risks', old: side(), new: side({ level: 'low' }) };
    expect(diffView(diffOf({ old: 1, new: 1, rerated: [unspecified] }), { old: 'a' }, 'en').tables[0].rows[0].slice(2, 4)).toEqual(['Акы талап кылуу', 'high → low']);
    const posts = diffView(diffOf({}, { old: 1, new: 1, rerated: [{ ...rerated[0], kind: 'positions' }] }), { old: 'a' }, 'en').tables[0];
    expect(posts.columns).toEqual(['Last year', 'This year', 'Post', 'Level']);
    expect(posts.rows[0]).toEqual(['A, row 8', 'B, row 7', 'Жаңы сөз (wording edited)', 'high → medium']);
  });

  it('adds the p.13 note only when risks were carried over unchanged', () => {
    expect(diffView(diffOf({ old: 3, new: 3, unchanged: 3, carriedOver: 0 }), { old: 'a' }, 'en').notes).toEqual([]);
    expect(diffView(diffOf({ old: 3, new: 3, unchanged: 3, carriedOver: 2 }), { old: 'a' }, 'en').notes).toEqual([
      'Risks carried over from last year with the same text and level: 2. Paragraph 13 asks that the lists be refined at least once a year from a real assessment of the risks: check that each was really reassessed.',
    ]);
    expect(diffView(diffOf({ old: 1, new: 1, carriedOver: 1 }), { old: 'a' }, 'ru').notes[0]).toMatch(/^Рисков, перенесённых с прошлого года с тем же текстом и уровнем: 1\. Пункт 13/);
    expect(diffView(diffOf({ old: 1, new: 1, carriedOver: 1 }), { old: 'a' }, 'ky').notes[0]).toMatch(/^Өткөн жылдагыдай эле текст жана деңгээл менен калган тобокелдиктер: 1\. 13-пункт/);
  });
});
