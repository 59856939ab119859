/**
 * Unit and position names are written differently in the two registers («Соода саясатын башкаруу» /
 * «Соода саясаты башкармалыгынын … башчысы»), so they are compared by word stems.
 */
import { foldedWords } from '../../../order281/normalize';

const STEM_LENGTH = 5;
/** Share of a unit's word stems that must appear in a position's name for the two to match. */
const MATCH_SHARE = 0.6;
const STOP_WORDS = new Set(['жана', 'менен', 'боюнча', 'үчүн', 'учун', 'анын', 'ичинде', 'отдел', 'бөлүм', 'болум', 'для', 'при', 'или']);

export function nameStems(text: string): string[] {
  return [...new Set(foldedWords(text).filter((w) => w.length >= 4 && !STOP_WORDS.has(w)).map((w) => w.slice(0, STEM_LENGTH)))];
}

export function namesMatch(unitStems: readonly string[], positionStems: ReadonlySet<string>): boolean {
  if (unitStems.length === 0) return false;
  const shared = unitStems.filter((s) => positionStems.has(s)).length;
  return shared / unitStems.length >= MATCH_SHARE;
}
