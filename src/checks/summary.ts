/**
 * Pure counting over read registers: how the rows spread over the Order's levels, categories (p.4) and
 * function types (p.5). The command line's reports and the consolidation use it; the pane and a summary
 * sheet can take the same tallies, so every output counts a register the same way.
 */
import { CATEGORIES, LEVELS, recognize, type CategoryId, type LevelId, type VocabularyEntry } from '../order281/vocabulary';
import type { FunctionTypeId } from '../order281/function-types';
import { cellText, type Register } from '../registers/model';
import type { RegisterKind } from '../registers/kinds';

/** A level as the row holds it: one of the Order's, or the cell is empty, or its text is not one. */
export type LevelKey = LevelId | 'empty' | 'unrecognised';
export type CategoryKey = CategoryId | 'empty' | 'unrecognised';
/** A risk row's function heading: a p.5 type, a heading that names none, or no heading above it. */
export type FunctionKey = FunctionTypeId | 'other' | 'none';

/** Level keys in the order a table shows them: the Order's levels low to high, then the gaps. */
export const LEVEL_KEYS: readonly LevelKey[] = [...LEVELS.map((entry) => entry.id), 'empty', 'unrecognised'];
/** Category keys in p.4's order, then the gaps. */
export const CATEGORY_KEYS: readonly CategoryKey[] = [...CATEGORIES.map((entry) => entry.id), 'empty', 'unrecognised'];

export type Counts<K extends string> = Partial<Record<K, number>>;

export interface Tally {
  /** Rows of Appendix 1 (risks) and Appendix 2 (positions). */
  risks: number;
  positions: number;
  /** Levels of both registers. */
  byLevel: Counts<LevelKey>;
  /** Categories and function types exist only in Appendix 1. */
  byCategory: Counts<CategoryKey>;
  byFunctionType: Counts<FunctionKey>;
  /** Appendix 1's rows by category, then level: the level × category table. */
  levelByCategory: Partial<Record<CategoryKey, Counts<LevelKey>>>;
  /** Appendix 2's rows by level (it has no category). */
  positionLevels: Counts<LevelKey>;
}

export interface RegisterTally extends Tally {
  sheet: string;
  kind: RegisterKind;
}

export function emptyTally(): Tally {
  return { risks: 0, positions: 0, byLevel: {}, byCategory: {}, byFunctionType: {}, levelByCategory: {}, positionLevels: {} };
}

export function tallyRegister(register: Register): RegisterTally {
  const tally: RegisterTally = { sheet: register.sheet, kind: register.kind, ...emptyTally() };
  for (const row of register.rows) {
    const level = vocabularyKey(cellText(row, 'level'), LEVELS, register);
    bump(tally.byLevel, level);
    if (register.kind === 'risks') {
      tally.risks += 1;
      const category = vocabularyKey(cellText(row, 'category'), CATEGORIES, register);
      bump(tally.byCategory, category);
      bump((tally.levelByCategory[category] ??= {}), level);
      bump(tally.byFunctionType, row.heading ? (row.heading.functionType?.id ?? 'other') : 'none');
    } else {
      tally.positions += 1;
      bump(tally.positionLevels, level);
    }
  }
  return tally;
}

/** Adds `from` into `into`: a body's tally from its registers, the total from the bodies'. */
export function addTally(into: Tally, from: Tally): Tally {
  into.risks += from.risks;
  into.positions += from.positions;
  addCounts(into.byLevel, from.byLevel);
  addCounts(into.byCategory, from.byCategory);
  addCounts(into.byFunctionType, from.byFunctionType);
  addCounts(into.positionLevels, from.positionLevels);
  for (const [category, levels] of Object.entries(from.levelByCategory) as [CategoryKey, Counts<LevelKey>][]) {
    addCounts((into.levelByCategory[category] ??= {}), levels);
  }
  return into;
}

export function sumTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce<Tally>((total, tally) => addTally(total, tally), emptyTally());
}

export function addCounts<K extends string>(into: Counts<K>, from: Counts<K>): void {
  for (const [key, n] of Object.entries(from) as [K, number | undefined][]) if (n) into[key] = (into[key] ?? 0) + n;
}

function vocabularyKey<Id extends string>(text: string, entries: readonly VocabularyEntry<Id>[], register: Register): Id | 'empty' | 'unrecognised' {
  if (text.trim() === '') return 'empty';
  const recognition = recognize(text, entries, register.language);
  return recognition.kind === 'exact' || recognition.kind === 'variant' ? recognition.id : 'unrecognised';
}

function bump<K extends string>(counts: Counts<K>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}
