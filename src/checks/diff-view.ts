/**
 * The diff as a reader sees it, in one language: a heading, a count line per register, tables of what
 * was added, removed and re-rated, and the p.13 note. The command line's table, HTML and .xlsx and the
 * pane all show this one view, so they say the same thing in the same words.
 */
import type { Localized, UiLanguage } from '../order281/text';
import { CATEGORIES, LEVELS } from '../order281/vocabulary';
import type { DiffChange, DiffSide, KindDiff, RegisterDiff } from './diff';

export interface DiffTable {
  title: string;
  /** What the table's rows are: `added`, `removed`, `rerated` (for styling; the words are in `title`). */
  change: 'added' | 'removed' | 'rerated';
  columns: string[];
  rows: string[][];
}

export interface DiffView {
  heading: string;
  /** One line per register kind present in either file. */
  counts: string[];
  tables: DiffTable[];
  notes: string[];
}

const W = {
  heading: { ky: (o: string, n: string) => `Өткөн жыл (${o}) жана быйыл (${n})`, ru: (o: string, n: string) => `Прошлый год (${o}) и текущий (${n})`, en: (o: string, n: string) => `Last year (${o}) against this year (${n})` },
  risks: { ky: 'Коррупциялык тобокелдиктер (1-тиркеме)', ru: 'Коррупционные риски (Приложение 1)', en: 'Corruption risks (Appendix 1)' },
  positions: { ky: 'Коррупциогендик кызмат орундары (2-тиркеме)', ru: 'Коррупциогенные должности (Приложение 2)', en: 'Corruption-prone posts (Appendix 2)' },
  counts: {
    ky: (d: KindDiff) => `${d.old} → ${d.new}: кошулду ${d.added.length}, алынды ${d.removed.length}, кайра бааланды ${d.rerated.length}, сөздөрү гана өзгөрдү ${d.reworded.length}, өзгөргөн жок ${d.unchanged}.`,
    ru: (d: KindDiff) => `${d.old} → ${d.new}: добавлено ${d.added.length}, удалено ${d.removed.length}, переоценено ${d.rerated.length}, изменена только формулировка ${d.reworded.length}, без изменений ${d.unchanged}.`,
    en: (d: KindDiff) => `${d.old} → ${d.new}: ${d.added.length} added, ${d.removed.length} removed, ${d.rerated.length} re-rated, ${d.reworded.length} reworded only, ${d.unchanged} unchanged.`,
  },
  added: { ky: 'Кошулгандар', ru: 'Добавлены', en: 'Added' },
  removed: { ky: 'Алынып салынгандар', ru: 'Удалены', en: 'Removed' },
  rerated: { ky: 'Деңгээли же категориясы өзгөргөндөр', ru: 'Изменён уровень или категория', en: 'Re-rated (level or category changed)' },
  thisWorkbook: { ky: 'ушул китеп', ru: 'эта книга', en: 'this workbook' },
  lastYear: { ky: 'Өткөн жылы', ru: 'В прошлом году', en: 'Last year' },
  thisYear: { ky: 'Быйыл', ru: 'В этом году', en: 'This year' },
  risk: { ky: 'Тобокелдик', ru: 'Риск', en: 'Risk' },
  post: { ky: 'Кызмат орду', ru: 'Должность', en: 'Post' },
  level: { ky: 'Деңгээл', ru: 'Уровень', en: 'Level' },
  category: { ky: 'Категория', ru: 'Категория', en: 'Category' },
  row: { ky: 'сап', ru: 'строка', en: 'row' },
  reworded: { ky: ' (сөздөрү өзгөртүлгөн)', ru: ' (формулировка изменена)', en: ' (wording edited)' },
  nothing: { ky: 'Эки файлда тең тизме табылган жок.', ru: 'Ни в одном из файлов перечень не найден.', en: 'Neither file holds a register.' },
  carriedOver: {
    ky: (n: number) => `Өткөн жылдагыдай эле текст жана деңгээл менен калган тобокелдиктер: ${n}. 13-пункт тизмелерди жылына жок дегенде бир жолу тобокелдиктерге баа берүүнүн жыйынтыгы боюнча тактоону сунуштайт: ар бири чындап кайра бааланганын текшериңиз.`,
    ru: (n: number) => `Рисков, перенесённых с прошлого года с тем же текстом и уровнем: ${n}. Пункт 13 рекомендует уточнять перечни не реже раза в год по итогам оценки рисков: проверьте, что каждый действительно переоценён.`,
    en: (n: number) => `Risks carried over from last year with the same text and level: ${n}. Paragraph 13 asks that the lists be refined at least once a year from a real assessment of the risks: check that each was really reassessed.`,
  },
};

function where(side: DiffSide, lang: UiLanguage): string {
  return `${side.sheet}, ${W.row[lang]} ${side.row}`;
}

function label(entries: readonly { id: string; label: Localized }[], id: string | undefined, written: string, lang: UiLanguage): string {
  return (id && entries.find((e) => e.id === id)?.label[lang]) || written;
}

function level(side: DiffSide, lang: UiLanguage): string {
  return label(LEVELS, side.level, side.levelText, lang);
}

function category(side: DiffSide, lang: UiLanguage): string {
  return label(CATEGORIES, side.category, side.categoryText, lang);
}

function fromTo(before: string, after: string): string {
  return before === after ? after : `${before} → ${after}`;
}

/** `files.new` is left out for the open workbook (the pane), which is then called «this workbook». */
export function diffView(diff: RegisterDiff, files: { old: string; new?: string }, lang: UiLanguage): DiffView {
  const view: DiffView = { heading: W.heading[lang](files.old, files.new ?? W.thisWorkbook[lang]), counts: [], tables: [], notes: [] };
  for (const kind of ['risks', 'positions'] as const) {
    const d = diff[kind];
    if (d.old === 0 && d.new === 0) continue;
    const risks = kind === 'risks';
    view.counts.push(`${W[kind][lang]}: ${W.counts[lang](d)}`);
    const text = risks ? W.risk[lang] : W.post[lang];
    const one = (side: DiffSide) => [where(side, lang), side.text, level(side, lang), ...(risks ? [category(side, lang)] : [])];
    const head = (when: Localized) => [when[lang], text, W.level[lang], ...(risks ? [W.category[lang]] : [])];
    const section = (title: Localized) => `${W[kind][lang]} — ${title[lang]}`;
    if (d.added.length) view.tables.push({ title: section(W.added), change: 'added', columns: head(W.thisYear), rows: d.added.map((c) => one(c.new!)) });
    if (d.removed.length) view.tables.push({ title: section(W.removed), change: 'removed', columns: head(W.lastYear), rows: d.removed.map((c) => one(c.old!)) });
    if (d.rerated.length) {
      view.tables.push({
        title: section(W.rerated),
        change: 'rerated',
        columns: [W.lastYear[lang], W.thisYear[lang], text, W.level[lang], ...(risks ? [W.category[lang]] : [])],
        rows: d.rerated.map((c: DiffChange) => [
          where(c.old!, lang), where(c.new!, lang),
          `${c.new!.text}${c.changed?.includes('wording') ? W.reworded[lang] : ''}`,
          fromTo(level(c.old!, lang), level(c.new!, lang)),
          ...(risks ? [fromTo(category(c.old!, lang), category(c.new!, lang))] : []),
        ]),
      });
    }
  }
  if (view.counts.length === 0) view.counts.push(W.nothing[lang]);
  if (diff.risks.carriedOver > 0) view.notes.push(W.carriedOver[lang](diff.risks.carriedOver));
  return view;
}
