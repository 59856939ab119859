/**
 * The summary sheet as a pure plan: what the head of a body reads before signing («Бекитемин») — how the
 * risks spread over level × category (a heat map coloured by level), function type and structural unit;
 * the high-level risks; the flagged posts with their evidence; the posts Appendix 1 points to that
 * Appendix 2 lacks (the cross-register check's own findings). The Office.js adapter and the ExcelJS
 * adapter both render it, values in one 2-D block, formats per block, and a chart of levels by function
 * type, so the sheet in Excel and the `.xlsx` from the command line are the same by construction.
 */
import { FUNCTION_TYPES } from '../order281/function-types';
import type { Localized, UiLanguage } from '../order281/text';
import { CATEGORIES, LEVELS, type LevelId } from '../order281/vocabulary';
import { foldText } from '../order281/normalize';
import type { MergedArea } from '../registers/grid';
import { cellText, type Register, type RegisterRow } from '../registers/model';
import type { Report } from './report';
import { evidenceText } from './evidence-shown';
import { LEVEL_KEYS, sumTallies, tallyRegister, type CategoryKey, type Counts, type FunctionKey, type LevelKey, type Tally } from './summary';

/** One workbook's registers and their check report; the command line may sum several. */
export interface SummarySource {
  /** The file, when the summary covers several (command line); the pane's own workbook has none. */
  file?: string;
  registers: readonly Register[];
  report: Report;
}

export type SummaryStyleName = 'title' | 'subtitle' | 'section' | 'header' | 'label' | 'count' | 'total' | 'text' | 'note';

export interface SummaryStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  /** `#RRGGBB`. */
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  border?: boolean;
}

/** A block of cells sharing one look; a later block wins where blocks overlap. */
export interface SummaryBlock extends MergedArea {
  style: SummaryStyle;
}

/** The chart: levels (series) by function type (categories), read from the plan's own table. */
export interface SummaryChart {
  title: string;
  /** The table the chart draws: first row the level names, first column the function types. */
  source: MergedArea;
  /** One colour per series, in the order of the table's columns. */
  seriesColors: string[];
  /** Where the chart sits: its top-left cell and its size in columns and rows. */
  anchor: { row: number; column: number; columns: number; rows: number };
}

export interface SummaryPlan {
  language: UiLanguage;
  sheetName: string;
  /** The text of A1: with the sheet name, how an adapter knows a summary it made earlier. */
  title: string;
  /** Values from A1, row by row; `null` is an empty cell. Counts are numbers, everything else text. */
  values: (string | number | null)[][];
  lastColumn: number;
  blocks: SummaryBlock[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  chart?: SummaryChart;
}

export interface SummaryOptions {
  language: UiLanguage;
  today: Date;
  /** Long lists (high-level risks, flagged posts) stop here, with a line saying how many more. */
  maxListed?: number;
}

/** The names a summary sheet is given, per language: with the A1 title, the mark of Tobokel's own sheet. */
export const SUMMARY_SHEET_NAMES: Localized = { ky: 'Tobokel жыйынтык', ru: 'Tobokel сводка', en: 'Tobokel summary' };
export const SUMMARY_TITLES: Localized = {
  ky: 'Tobokel · Коррупциялык тобокелдиктер боюнча жыйынтык',
  ru: 'Tobokel · Сводка по коррупционным рискам',
  en: 'Tobokel · Summary of corruption risks',
};

/** Whether a sheet is a summary Tobokel made: its name is a summary name (maybe numbered) and A1 holds a summary title. */
export function isTobokelSummary(sheetName: string, a1: unknown): boolean {
  const base = sheetName.replace(/ \(\d+\)$/, '').toLowerCase();
  const named = Object.values(SUMMARY_SHEET_NAMES).some((name) => name.toLowerCase() === base);
  return named && (Object.values(SUMMARY_TITLES) as unknown[]).includes(a1);
}

/** Level colours: the heat map's hue per level and the chart's series colours. */
export const LEVEL_COLORS: Record<LevelId, string> = { zero: '#7F7F7F', low: '#2E7D32', medium: '#EF8F00', high: '#C62828' };
const HEADER_FILL = '#DDE4EE';
const SECTION_COLOR = '#1F3864';

/** The heat of a count: the level's colour, paler the fewer rows it has against the table's largest. */
export function heatColor(level: LevelId, count: number, max: number): string | undefined {
  if (count <= 0 || max <= 0) return undefined;
  const strength = 0.25 + 0.75 * (count / max);
  const base = LEVEL_COLORS[level];
  const channel = (i: number) => {
    const c = parseInt(base.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(255 + (c - 255) * strength).toString(16).padStart(2, '0').toUpperCase();
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

const WORDS = {
  files: { ky: 'Файлдар', ru: 'Файлы', en: 'Files' },
  madeOn: { ky: 'Түзүлгөн күнү', ru: 'Дата составления', en: 'Made on' },
  counts: {
    ky: (risks: number, posts: number) => `1-тиркеме: ${risks} тобокелдик; 2-тиркеме: ${posts} кызмат орду.`,
    ru: (risks: number, posts: number) => `Приложение 1: рисков — ${risks}; Приложение 2: должностей — ${posts}.`,
    en: (risks: number, posts: number) => `Appendix 1: ${risks} risks; Appendix 2: ${posts} posts.`,
  },
  readiness: {
    ky: (errors: number, warnings: number) => `Текшерүү: ${errors} ката, ${warnings} эскертүү.`,
    ru: (errors: number, warnings: number) => `Проверка: ошибок — ${errors}, предупреждений — ${warnings}.`,
    en: (errors: number, warnings: number) => `Check: ${errors} errors, ${warnings} warnings.`,
  },
  byLevelCategory: { ky: 'Тобокелдиктер деңгээл жана категория боюнча (p.4)', ru: 'Риски по уровню и категории (п.4)', en: 'Risks by level and category (p.4)' },
  byFunction: { ky: 'Тобокелдиктер функциялардын түрү жана деңгээл боюнча (p.5)', ru: 'Риски по виду функций и уровню (п.5)', en: 'Risks by function type and level (p.5)' },
  byUnit: { ky: 'Тобокелдиктер түзүмдүк бөлүмдөр боюнча', ru: 'Риски по структурным подразделениям', en: 'Risks by structural unit' },
  positionLevels: { ky: 'Коррупциогендик кызмат орундары деңгээл боюнча (2-тиркеме)', ru: 'Коррупциогенные должности по уровню (Приложение 2)', en: 'Corruption-prone posts by level (Appendix 2)' },
  highRisks: { ky: 'Жогорку деңгээлдеги тобокелдиктер', ru: 'Риски высокого уровня', en: 'High-level risks' },
  flagged: { ky: 'Коррупциогендик белгилери бар кызмат орундары (p.9)', ru: 'Должности с признаками коррупциогенности (п.9)', en: 'Posts showing all three signs of corruption-proneness (p.9)' },
  missing: { ky: '1-тиркеме көрсөткөн, бирок 2-тиркемеде жок кызмат орундары (p.9)', ru: 'Должности, на которые указывает Приложение 1, но которых нет в Приложении 2 (п.9)', en: 'Posts Appendix 1 points to that Appendix 2 lacks (p.9)' },
  chart: { ky: 'Тобокелдиктердин деңгээли функциялардын түрү боюнча', ru: 'Уровни рисков по видам функций', en: 'Risk levels by function type' },
  category: { ky: 'Категория', ru: 'Категория', en: 'Category' },
  functionType: { ky: 'Функциялардын түрү', ru: 'Вид функций', en: 'Function type' },
  unit: { ky: 'Түзүмдүк бөлүм', ru: 'Структурное подразделение', en: 'Structural unit' },
  risk: { ky: 'Коррупциялык тобокелдик', ru: 'Коррупционный риск', en: 'Corruption risk' },
  post: { ky: 'Кызмат орду / бөлүм', ru: 'Должность / подразделение', en: 'Post / unit' },
  discretion: { ky: 'Ыктыярдуу чечим', ru: 'Усмотрение', en: 'Discretion' },
  contact: { ky: 'Жарандар менен байланыш', ru: 'Контакты с гражданами', en: 'Contact with citizens' },
  zone: { ky: 'Коррупциогендик зона', ru: 'Опасная зона', en: 'High-risk zone' },
  where: { ky: 'Кайда', ru: 'Где', en: 'Where' },
  total: { ky: 'Бардыгы', ru: 'Всего', en: 'Total' },
  level: { ky: 'Деңгээл', ru: 'Уровень', en: 'Level' },
  count: { ky: 'Саны', ru: 'Количество', en: 'Count' },
  none: { ky: 'Жок.', ru: 'Нет.', en: 'None.' },
  noUnit: { ky: '(бөлүм жазылган эмес)', ru: '(подразделение не указано)', en: '(no unit given)' },
  otherHeading: { ky: 'башка функциялар', ru: 'другие функции', en: 'other functions' },
  noHeading: { ky: 'функция аталбаган', ru: 'функция не названа', en: 'no function heading' },
  empty: { ky: 'толтурулган эмес', ru: 'не заполнено', en: 'not filled' },
  unrecognised: { ky: 'таанылбаган', ru: 'не распознано', en: 'not recognised' },
  more: {
    ky: (n: number) => `… жана дагы ${n} (толук тизме — реестрдин өзүндө).`,
    ru: (n: number) => `… и ещё ${n} (полный перечень — в самом реестре).`,
    en: (n: number) => `… and ${n} more (the register itself has them all).`,
  },
  refresh: {
    ky: 'Бул баракты Tobokel түздү; «Жыйынтык» кайра басылганда ал гана алмаштырылат. Реестрлердин барактарына эч нерсе жазылбайт.',
    ru: 'Этот лист создан Tobokel; повторная «Сводка» заменяет только его. В листы реестров ничего не записывается.',
    en: 'Tobokel made this sheet; running Summary again replaces only it. Nothing is written into the registers\' sheets.',
  },
} as const;

function levelLabel(key: LevelKey, lang: UiLanguage): string {
  if (key === 'empty' || key === 'unrecognised') return WORDS[key][lang];
  return LEVELS.find((l) => l.id === key)!.label[lang];
}

function categoryLabel(key: CategoryKey, lang: UiLanguage): string {
  if (key === 'empty' || key === 'unrecognised') return WORDS[key][lang];
  return CATEGORIES.find((c) => c.id === key)!.label[lang];
}

function functionLabel(key: FunctionKey, lang: UiLanguage): string {
  if (key === 'other') return WORDS.otherHeading[lang];
  if (key === 'none') return WORDS.noHeading[lang];
  return FUNCTION_TYPES.find((t) => t.id === key)!.label[lang];
}

const ORDER_LEVELS = LEVELS.map((l) => l.id);
/** The table's level columns: the Order's four, then any gaps (empty, unrecognised) that occur. */
function levelColumns(counts: readonly Counts<LevelKey>[]): LevelKey[] {
  return LEVEL_KEYS.filter((key) => (ORDER_LEVELS as readonly string[]).includes(key) || counts.some((c) => (c[key] ?? 0) > 0));
}

const sum = (counts: Counts<string>) => Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Builds the plan, row by row: each section a heading, a table or list, and a blank row. */
class Layout {
  readonly values: (string | number | null)[][] = [];
  readonly blocks: SummaryBlock[] = [];
  width = 1;

  get next(): number {
    return this.values.length + 1;
  }

  row(cells: (string | number | null)[], style?: SummaryStyle): number {
    this.values.push(cells);
    this.width = Math.max(this.width, cells.length);
    const row = this.values.length;
    if (style) this.blocks.push({ top: row, bottom: row, left: 1, right: cells.length, style });
    return row;
  }

  /** Every table has a header and, once past its «None.», at least one row: no block is ever empty. */
  block(area: MergedArea, style: SummaryStyle): void {
    this.blocks.push({ ...area, style });
  }

  blank(): void {
    this.values.push([]);
  }
}

const STYLES = {
  title: { bold: true, fontSize: 14, fontColor: SECTION_COLOR },
  subtitle: { italic: true, fontColor: '#404040' },
  section: { bold: true, fontSize: 12, fontColor: SECTION_COLOR },
  header: { bold: true, fill: HEADER_FILL, wrap: true, border: true, horizontal: 'center' },
  body: { border: true, wrap: true },
  count: { border: true, horizontal: 'center' },
  total: { bold: true, border: true },
  note: { italic: true, fontColor: '#595959' },
} satisfies Record<string, SummaryStyle>;

export function buildSummaryPlan(sources: readonly SummarySource[], options: SummaryOptions): SummaryPlan {
  const lang = options.language;
  const maxListed = options.maxListed ?? 300;
  const registers = sources.flatMap((s) => s.registers);
  const risks = registers.filter((r) => r.kind === 'risks');
  const total = sumTallies(registers.map(tallyRegister));
  const layout = new Layout();
  const where = (source: SummarySource, sheet: string, cell: string) => `${sources.length > 1 && source.file ? `${source.file} · ` : ''}${sheet}!${cell}`;

  // Title and what the sheet covers.
  layout.row([SUMMARY_TITLES[lang]], STYLES.title);
  const files = sources.map((s) => s.file).filter((f): f is string => Boolean(f));
  if (files.length > 0) layout.row([`${WORDS.files[lang]}: ${files.join(', ')}`], STYLES.subtitle);
  layout.row([`${WORDS.madeOn[lang]}: ${options.today.toISOString().slice(0, 10)}. ${WORDS.counts[lang](total.risks, total.positions)}`], STYLES.subtitle);
  const errors = sources.reduce((n, s) => n + s.report.summary.errors, 0);
  const warnings = sources.reduce((n, s) => n + s.report.summary.warnings, 0);
  layout.row([WORDS.readiness[lang](errors, warnings)], STYLES.subtitle);
  layout.blank();

  // Level × category: the heat map.
  const categoryRows = (Object.keys(total.levelByCategory) as CategoryKey[]).sort((a, b) => categoryOrder(a) - categoryOrder(b));
  const heatLevels = levelColumns(Object.values(total.levelByCategory) as Counts<LevelKey>[]);
  layout.row([WORDS.byLevelCategory[lang]], STYLES.section);
  countTable(layout, lang, WORDS.category[lang], categoryRows.map((key) => ({ label: categoryLabel(key, lang), counts: total.levelByCategory[key] ?? {} })), heatLevels, true);
  layout.blank();

  // Function type × level: the chart's table.
  layout.row([WORDS.byFunction[lang]], STYLES.section);
  const functionRows = functionTallies(risks);
  const functionLevels = levelColumns(functionRows.map((r) => r.tally.byLevel));
  const functionTable = countTable(layout, lang, WORDS.functionType[lang], functionRows.map((r) => ({ label: functionLabel(r.key, lang), counts: r.tally.byLevel })), functionLevels, false);
  // The chart sits to the right of the tables, beside the first two sections.
  const chart: SummaryChart | undefined = functionTable ? {
    title: WORDS.chart[lang],
    source: { top: functionTable.header, bottom: functionTable.lastBody, left: 1, right: 1 + functionLevels.length },
    seriesColors: functionLevels.map((key) => (key in LEVEL_COLORS ? LEVEL_COLORS[key as LevelId] : '#BFBFBF')),
    anchor: { row: 5, column: 10, columns: 8, rows: 18 },
  } : undefined;
  layout.blank();

  // Structural units, most high-level risks first.
  layout.row([WORDS.byUnit[lang]], STYLES.section);
  const units = unitTallies(risks, lang);
  countTable(layout, lang, WORDS.unit[lang], units.map((u) => ({ label: u.label, counts: u.tally.byLevel })), levelColumns(units.map((u) => u.tally.byLevel)), false);
  layout.blank();

  // Appendix 2 by level.
  if (total.positions > 0) {
    layout.row([WORDS.positionLevels[lang]], STYLES.section);
    const levels = levelColumns([total.positionLevels]).filter((key) => key !== 'zero' || (total.positionLevels.zero ?? 0) > 0);
    countTable(layout, lang, WORDS.level[lang], [{ label: WORDS.count[lang], counts: total.positionLevels }], levels, true);
    layout.blank();
  }

  // High-level risks, listed.
  layout.row([WORDS.highRisks[lang]], STYLES.section);
  // A row is high-level as the core's counting reads its level cell (variants and other languages included).
  const high = sources.flatMap((source) => source.registers.filter((r) => r.kind === 'risks').flatMap((register) =>
    register.rows.filter((row) => tallyRegister({ ...register, rows: [row] }).byLevel.high === 1).map((row) => ({ source, register, row }))));
  listTable(layout, lang, ['№', WORDS.risk[lang], WORDS.unit[lang], WORDS.functionType[lang], WORDS.where[lang]],
    high.map(({ source, register, row }, i) => [i + 1, cellText(row, 'risk'), cellText(row, 'unit'), row.heading ? functionLabel(row.heading.functionType?.id ?? 'other', lang) : '', where(source, register.sheet, rowAddress(row))]), maxListed);
  layout.blank();

  // Flagged posts with their evidence.
  layout.row([WORDS.flagged[lang]], STYLES.section);
  listTable(layout, lang, [WORDS.post[lang], WORDS.discretion[lang], WORDS.contact[lang], WORDS.zone[lang], WORDS.where[lang]],
    flaggedPosts(sources).map((post) => [post.position, evidenceText(post.discretion, lang), evidenceText(post.contact, lang), evidenceText(post.zone, lang),
      cellList(where(post.source, post.sheet, post.cells[0]), post.cells.slice(1))]), maxListed);
  layout.blank();

  // What Appendix 2 lacks: the cross-register check's findings, with the unit they name.
  layout.row([WORDS.missing[lang]], STYLES.section);
  const missing = sources.flatMap((source) => source.report.findings.filter((f) => f.rule === 'positions.missing-flagged-unit').map((finding) => {
    const flag = source.report.flags.find((f) => f.sheet === finding.sheet && f.cell === finding.cell);
    return [flag?.position ?? '', where(source, finding.sheet, finding.cell)] as (string | number)[];
  }));
  // Without an Appendix 2 there is nothing to compare with: say so rather than print «None.».
  const absent = sources.flatMap((source) => source.report.findings.filter((f) => f.rule === 'positions.register-absent'));
  if (absent.length > 0 && missing.length === 0) layout.row([absent[0].messages[lang]], STYLES.note);
  else listTable(layout, lang, [WORDS.post[lang], WORDS.where[lang]], missing, maxListed);
  layout.blank();
  layout.row([WORDS.refresh[lang]], STYLES.note);

  // Every row as wide as the widest, so an adapter writes one rectangle.
  const values = layout.values;
  for (const row of values) while (row.length < layout.width) row.push(null);
  return {
    language: lang,
    sheetName: SUMMARY_SHEET_NAMES[lang],
    title: SUMMARY_TITLES[lang],
    values,
    lastColumn: layout.width,
    blocks: layout.blocks,
    columnWidths: [44, 12, 12, 12, 12, 12, 12, 12].slice(0, Math.max(layout.width, 1)),
    ...(chart ? { chart } : {}),
  };
}

function categoryOrder(key: CategoryKey): number {
  const index = CATEGORIES.findIndex((c) => c.id === key);
  return index >= 0 ? index : key === 'empty' ? 10 : 11;
}

/** Where a listed row is: its risk cell, or its first cell when the register has no risk column (a row is listed by its level cell, so it has one). */
function rowAddress(row: RegisterRow): string {
  return (row.cells.risk ?? Object.values(row.cells)[0]!).address;
}

/** A table of counts: a header row of levels, one row per label, a total row. Returns where its rows are, if it has any. */
function countTable(layout: Layout, lang: UiLanguage, corner: string, rows: { label: string; counts: Counts<LevelKey> }[], levels: LevelKey[], heat: boolean): { header: number; lastBody: number } | undefined {
  const header = layout.row([corner, ...levels.map((key) => levelLabel(key, lang)), WORDS.total[lang]]);
  const right = levels.length + 2;
  layout.block({ top: header, bottom: header, left: 1, right }, STYLES.header);
  if (rows.length === 0) {
    layout.row([WORDS.none[lang]], STYLES.note);
    return undefined;
  }
  const first = layout.next;
  for (const { label, counts } of rows) layout.row([label, ...levels.map((key) => counts[key] ?? 0), sum(counts)]);
  const lastBody = layout.next - 1;
  const totals = levels.map((key) => rows.reduce((n, r) => n + (r.counts[key] ?? 0), 0));
  const totalRow = layout.row([WORDS.total[lang], ...totals, totals.reduce((a, b) => a + b, 0)]);
  layout.block({ top: first, bottom: lastBody, left: 1, right: 1 }, STYLES.body);
  layout.block({ top: first, bottom: totalRow, left: 2, right }, STYLES.count);
  layout.block({ top: totalRow, bottom: totalRow, left: 1, right }, STYLES.total);
  if (heat) {
    // Each count cell coloured by its level, paler for fewer rows: one block per cell, a handful at most.
    const max = Math.max(0, ...rows.flatMap((r) => levels.map((key) => r.counts[key] ?? 0)));
    rows.forEach((r, i) => levels.forEach((key, j) => {
      if (!(key in LEVEL_COLORS)) return;
      const fill = heatColor(key as LevelId, r.counts[key] ?? 0, max);
      const strong = (r.counts[key] ?? 0) / max > 0.6;
      if (fill) layout.block({ top: first + i, bottom: first + i, left: 2 + j, right: 2 + j }, { ...STYLES.count, fill, ...(strong ? { fontColor: '#FFFFFF', bold: true } : {}) });
    }));
  }
  return { header, lastBody };
}

/** A list: header, rows (at most `max`, then a line saying how many more), or «None.». */
function listTable(layout: Layout, lang: UiLanguage, header: string[], rows: (string | number)[][], max: number): void {
  const top = layout.row(header);
  layout.block({ top, bottom: top, left: 1, right: header.length }, STYLES.header);
  if (rows.length === 0) {
    layout.row([WORDS.none[lang]], STYLES.note);
    return;
  }
  const first = layout.next;
  for (const row of rows.slice(0, max)) layout.row(row);
  layout.block({ top: first, bottom: layout.next - 1, left: 1, right: header.length }, { ...STYLES.body, horizontal: 'left' });
  if (rows.length > max) layout.row([WORDS.more[lang](rows.length - max)], STYLES.note);
}

const FUNCTION_ORDER: FunctionKey[] = [...FUNCTION_TYPES.map((t) => t.id), 'other', 'none'];

/** Appendix 1's rows grouped by their heading's function type, each group tallied as the core tallies a register. */
function functionTallies(risks: readonly Register[]): { key: FunctionKey; tally: Tally }[] {
  const groups = new Map<FunctionKey, Tally[]>();
  for (const register of risks) {
    const byKey = new Map<FunctionKey, RegisterRow[]>();
    for (const row of register.rows) {
      const key: FunctionKey = row.heading ? (row.heading.functionType?.id ?? 'other') : 'none';
      byKey.set(key, [...(byKey.get(key) ?? []), row]);
    }
    for (const [key, rows] of byKey) groups.set(key, [...(groups.get(key) ?? []), tallyRegister({ ...register, rows })]);
  }
  return FUNCTION_ORDER.filter((key) => groups.has(key)).map((key) => ({ key, tally: sumTallies(groups.get(key)!) }));
}

/** Appendix 1's rows grouped by structural unit (spelling and case aside), most high-level risks first. */
function unitTallies(risks: readonly Register[], lang: UiLanguage): { label: string; tally: Tally }[] {
  const groups = new Map<string, { label: string; tallies: Tally[] }>();
  for (const register of risks) {
    const byKey = new Map<string, { label: string; rows: RegisterRow[] }>();
    for (const row of register.rows) {
      // Cell texts come trimmed (model.ts): only the spaces inside need folding.
      const text = cellText(row, 'unit').replace(/\s+/g, ' ');
      const key = foldText(text);
      const group = byKey.get(key) ?? { label: text || WORDS.noUnit[lang], rows: [] };
      group.rows.push(row);
      byKey.set(key, group);
    }
    for (const [key, { label, rows }] of byKey) {
      const group = groups.get(key) ?? { label, tallies: [] };
      group.tallies.push(tallyRegister({ ...register, rows }));
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map(({ label, tallies }) => ({ label, tally: sumTallies(tallies) }))
    .sort((a, b) => (b.tally.byLevel.high ?? 0) - (a.tally.byLevel.high ?? 0) || b.tally.risks - a.tally.risks || a.label.localeCompare(b.label));
}

/** Cells a post was seen in, the first with its sheet; a long run is cut (a cell holds at most 32,767 characters). */
const MAX_CELLS_NAMED = 20;
function cellList(first: string, rest: readonly string[]): string {
  const named = rest.slice(0, MAX_CELLS_NAMED - 1);
  const more = rest.length - named.length;
  return [first, ...named].join(', ') + (more > 0 ? ` (+${more})` : '');
}

interface FlaggedPost {
  source: SummarySource;
  sheet: string;
  position: string;
  cells: string[];
  discretion: string[];
  contact: string[];
  zone: string[];
}

/** The flags grouped by post (or unit) within a sheet: one line per post, its evidence merged, every row it was seen in. */
function flaggedPosts(sources: readonly SummarySource[]): FlaggedPost[] {
  const posts = new Map<string, FlaggedPost>();
  sources.forEach((source, i) => {
    for (const flag of source.report.flags) {
      const key = `${i}\u0001${flag.sheet}\u0001${foldText(flag.position)}`;
      let post = posts.get(key);
      if (!post) posts.set(key, (post = { source, sheet: flag.sheet, position: flag.position, cells: [], discretion: [], contact: [], zone: [] }));
      post.cells.push(flag.cell);
      for (const factor of ['discretion', 'contact', 'zone'] as const) {
        for (const word of flag.factors[factor]) if (!post[factor].includes(word)) post[factor].push(word);
      }
    }
  });
  return [...posts.values()];
}
