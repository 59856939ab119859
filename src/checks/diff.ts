/**
 * This year's registers against last year's (p.12, p.13): which risks and posts were added, removed or
 * re-rated (level or category changed). Rows are matched by what they say, not by their place: first
 * the same text (spelling, case and spacing aside), then by meaning — the share of word stems two texts
 * share — so a risk whose wording was edited a little is still the same risk. Unchanged rows are counted;
 * a risk carried over with the same text and level is counted apart, because p.13 asks that the lists be
 * refined from a real assessment each year, not copied.
 */
import { foldedWords, foldText } from '../order281/normalize';
import { CATEGORIES, LEVELS, recognize, type CategoryId, type LevelId } from '../order281/vocabulary';
import type { RegisterKind } from '../registers/kinds';
import { cellText, type Register, type RegisterRow } from '../registers/model';

/**
 * Two texts are the same row reworded when this share of their stems is common (Dice coefficient).
 * Measured on 382 corpus and sample texts edited as a year's revision edits them (a word dropped or
 * added, endings changed, words swapped; test/diff/pairs.ts): every one scores 0.83 or more. Of 1,128
 * pairs of different texts from the same documents, 1% score 0.59 or more and 0.8% reach 0.7 — those
 * differ in one telling word («начальник» / «главный специалист»). 0.7 keeps every edit and leaves the
 * few near-twins to the best-first pairing, where the exact twin, when there is one, wins.
 */
export const SAME_MEANING = 0.7;
const STEM = 6;

export interface DiffSide {
  sheet: string;
  row: number;
  /** The risk's description, or the post's name. */
  text: string;
  /** The unit (Appendix 1) or the post's powers (Appendix 2): what tells two like texts apart. */
  context: string;
  level?: LevelId;
  category?: CategoryId;
  /** As written, for the reader. */
  levelText: string;
  categoryText: string;
}

export interface DiffChange {
  kind: RegisterKind;
  old?: DiffSide;
  new?: DiffSide;
  /** For a matched pair: the stems' share in common (1 for the same text). */
  similarity?: number;
  /** What changed in a matched pair. */
  changed?: Array<'level' | 'category' | 'wording'>;
}

export interface KindDiff {
  added: DiffChange[];
  removed: DiffChange[];
  rerated: DiffChange[];
  /** Matched with the same level and category, the wording edited: counted, listed only in JSON. */
  reworded: DiffChange[];
  /** Matched with the same text, level and category. */
  unchanged: number;
  /** Risks with the same text and level as last year, whatever their category (p.13 asks for a real review). */
  carriedOver: number;
  old: number;
  new: number;
}

export interface RegisterDiff {
  risks: KindDiff;
  positions: KindDiff;
}

interface Item {
  side: DiffSide;
  exact: string;
  stems: Set<string>;
}

export function diffRegisters(oldRegisters: readonly Register[], newRegisters: readonly Register[]): RegisterDiff {
  return { risks: diffKind('risks', oldRegisters, newRegisters), positions: diffKind('positions', oldRegisters, newRegisters) };
}

/** The stems a text is compared by: folded words of three letters or more, cut to their first six. */
export function meaningStems(text: string): Set<string> {
  return new Set(foldedWords(text).filter((w) => w.length >= 3).map((w) => w.slice(0, STEM)));
}

/** Dice coefficient over two stem sets. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function items(kind: RegisterKind, registers: readonly Register[]): Item[] {
  return registers.filter((r) => r.kind === kind).flatMap((register) => register.rows.map((row) => item(kind, register, row))).filter((i) => i.side.text !== '');
}

function item(kind: RegisterKind, register: Register, row: RegisterRow): Item {
  const text = cellText(row, kind === 'risks' ? 'risk' : 'position');
  const context = cellText(row, kind === 'risks' ? 'unit' : 'powers');
  const levelText = cellText(row, 'level');
  const categoryText = kind === 'risks' ? cellText(row, 'category') : '';
  const level = recognize(levelText, LEVELS, register.language);
  const category = recognize(categoryText, CATEGORIES, register.language);
  const side: DiffSide = { sheet: register.sheet, row: row.row, text, context, levelText, categoryText };
  if (level.kind === 'exact' || level.kind === 'variant') side.level = level.id;
  if (category.kind === 'exact' || category.kind === 'variant') side.category = category.id;
  // A post is its name and its powers: two «Башкы адис» rows are different posts.
  const meaning = kind === 'positions' ? `${text} ${context}` : text;
  return { side, exact: foldText(meaning), stems: meaningStems(meaning) };
}

function diffKind(kind: RegisterKind, oldRegisters: readonly Register[], newRegisters: readonly Register[]): KindDiff {
  const before = items(kind, oldRegisters);
  const after = items(kind, newRegisters);
  const pairs: { old: Item; new: Item; similarity: number }[] = [];
  const oldLeft = new Set(before);
  const newLeft = new Set(after);

  // The same text first, in order: duplicates pair up one to one.
  const byText = new Map<string, Item[]>();
  for (const i of before) byText.set(i.exact, [...(byText.get(i.exact) ?? []), i]);
  for (const n of after) {
    const o = byText.get(n.exact)?.shift();
    if (!o) continue;
    pairs.push({ old: o, new: n, similarity: 1 });
    oldLeft.delete(o);
    newLeft.delete(n);
  }

  // Then by meaning: candidate pairs through the stems they share, best first, each row used once.
  const index = new Map<string, Item[]>();
  for (const o of oldLeft) for (const stem of o.stems) index.set(stem, [...(index.get(stem) ?? []), o]);
  const candidates: { old: Item; new: Item; similarity: number }[] = [];
  for (const n of newLeft) {
    const seen = new Set<Item>();
    for (const stem of n.stems) {
      for (const o of index.get(stem) ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        const score = similarity(o.stems, n.stems);
        if (score >= SAME_MEANING) candidates.push({ old: o, new: n, similarity: score });
      }
    }
  }
  candidates.sort((a, b) => b.similarity - a.similarity || a.new.side.row - b.new.side.row);
  for (const candidate of candidates) {
    if (!oldLeft.has(candidate.old) || !newLeft.has(candidate.new)) continue;
    pairs.push(candidate);
    oldLeft.delete(candidate.old);
    newLeft.delete(candidate.new);
  }

  const diff: KindDiff = { added: [], removed: [], rerated: [], reworded: [], unchanged: 0, carriedOver: 0, old: before.length, new: after.length };
  for (const pair of pairs) {
    const changed: DiffChange['changed'] = [];
    if (pair.old.side.level !== pair.new.side.level || (!pair.old.side.level && foldText(pair.old.side.levelText) !== foldText(pair.new.side.levelText))) changed.push('level');
    if (kind === 'risks' && (pair.old.side.category !== pair.new.side.category || (!pair.old.side.category && foldText(pair.old.side.categoryText) !== foldText(pair.new.side.categoryText)))) changed.push('category');
    if (pair.similarity < 1) changed.push('wording');
    const change: DiffChange = { kind, old: pair.old.side, new: pair.new.side, similarity: round(pair.similarity), changed };
    if (changed.includes('level') || changed.includes('category')) diff.rerated.push(change);
    else if (changed.includes('wording')) diff.reworded.push(change);
    else diff.unchanged += 1;
    if (kind === 'risks' && pair.similarity === 1 && !changed.includes('level')) diff.carriedOver += 1;
  }
  for (const o of oldLeft) diff.removed.push({ kind, old: o.side });
  for (const n of newLeft) diff.added.push({ kind, new: n.side });
  const byRow = (side: 'old' | 'new') => (a: DiffChange, b: DiffChange) => a[side]!.sheet.localeCompare(b[side]!.sheet) || a[side]!.row - b[side]!.row;
  diff.added.sort(byRow('new'));
  diff.removed.sort(byRow('old'));
  diff.rerated.sort(byRow('new'));
  diff.reworded.sort(byRow('new'));
  return diff;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
