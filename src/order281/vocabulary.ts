/**
 * The closed vocabularies of the registers: risk category (p.4) and risk level (p.4, Appendix 1 header,
 * Appendix 2 footnote ****). Each entry has the register spellings (Kyrgyz, Russian) and the stems that
 * recognise variants people type.
 */
import type { Localized, RegisterLanguage } from './text';
import { foldText } from './normalize';

export type CategoryId = 'systemic' | 'potential' | 'situational';
export type LevelId = 'zero' | 'low' | 'medium' | 'high';

export interface VocabularyEntry<Id extends string> {
  id: Id;
  /** The value a register should hold, per register language. */
  canonical: Record<RegisterLanguage, string>;
  label: Localized;
  /** Folded stems (Kyrgyz, Russian, English) any of which identifies the entry. */
  stems: string[];
}

export const CATEGORIES: readonly VocabularyEntry<CategoryId>[] = [
  {
    id: 'systemic',
    canonical: { ky: 'Системалуу (реалдуу)', ru: 'Системный (реальный)' },
    label: { ky: 'системалуу (реалдуу)', ru: 'системный (реальный)', en: 'systemic (real)' },
    stems: ['систем', 'реал', 'system', 'real'],
  },
  {
    id: 'potential',
    canonical: { ky: 'Потенциалдуу', ru: 'Потенциальный' },
    label: { ky: 'потенциалдуу', ru: 'потенциальный', en: 'potential' },
    stems: ['потенц', 'potent'],
  },
  {
    id: 'situational',
    canonical: { ky: 'Кырдаалдык', ru: 'Ситуационный' },
    label: { ky: 'кырдаалдык', ru: 'ситуационный', en: 'situational' },
    stems: ['кырдаал', 'ситуац', 'situat'],
  },
];

export const LEVELS: readonly VocabularyEntry<LevelId>[] = [
  {
    id: 'zero',
    canonical: { ky: 'Нөлдүк', ru: 'Нулевой' },
    label: { ky: 'нөлдүк', ru: 'нулевой', en: 'zero' },
    stems: ['нол', 'нул', 'zero'],
  },
  {
    id: 'low',
    canonical: { ky: 'Төмөнкү', ru: 'Низкий' },
    label: { ky: 'төмөнкү', ru: 'низкий', en: 'low' },
    stems: ['томон', 'низк', 'low'],
  },
  {
    id: 'medium',
    canonical: { ky: 'Орточо', ru: 'Средний' },
    label: { ky: 'орточо', ru: 'средний', en: 'medium' },
    stems: ['орточ', 'средн', 'medium', 'moderate'],
  },
  {
    id: 'high',
    canonical: { ky: 'Жогорку', ru: 'Высокий' },
    label: { ky: 'жогорку', ru: 'высокий', en: 'high' },
    stems: ['жогор', 'высок', 'high'],
  },
];

/** Appendix 1 accepts zero and the three levels; Appendix 2 (footnote ****) only the three. */
export const RISK_REGISTER_LEVELS: readonly LevelId[] = ['zero', 'low', 'medium', 'high'];
export const POSITION_REGISTER_LEVELS: readonly LevelId[] = ['high', 'medium', 'low'];

export type Recognition<Id extends string> =
  | { kind: 'exact'; id: Id }
  /** Readable as one value, but not written as the register writes it (another language, a typo, extra words). */
  | { kind: 'variant'; id: Id }
  | { kind: 'ambiguous'; ids: Id[] }
  | { kind: 'unknown' };

/**
 * Reads a cell as one vocabulary value. Case, spacing and the optional «(реалдуу)» are not variants: nobody
 * should be told to retype a word that is right. Another language, a Latin look-alike letter or a missing
 * Kyrgyz letter is a variant: it reads, but breaks filtering and counting, so it earns a suggestion.
 */
export function recognize<Id extends string>(
  text: string,
  entries: readonly VocabularyEntry<Id>[],
  language: RegisterLanguage,
): Recognition<Id> {
  // A register repeats a handful of values thousands of times: read each once.
  let cache = recognitionCache.get(entries) as Map<string, Recognition<Id>> | undefined;
  if (!cache) recognitionCache.set(entries, (cache = new Map()));
  const key = `${language}\u0001${text}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= RECOGNITION_CACHE_LIMIT) cache.clear();
    cache.set(key, (found = recognizeUncached(text, entries, language)));
  }
  return found;
}

const RECOGNITION_CACHE_LIMIT = 5000;
const recognitionCache = new WeakMap<object, Map<string, Recognition<string>>>();

function recognizeUncached<Id extends string>(text: string, entries: readonly VocabularyEntry<Id>[], language: RegisterLanguage): Recognition<Id> {
  const folded = foldText(text);
  if (folded === '') return { kind: 'unknown' };
  const words = folded.split(' ');
  const ids = entries.filter((entry) => words.some((word) => entry.stems.some((stem) => word.startsWith(stem)))).map((e) => e.id);
  if (ids.length === 0) return { kind: 'unknown' };
  if (ids.length > 1) return { kind: 'ambiguous', ids };
  const entry = entries.find((e) => e.id === ids[0])!;
  return isExactSpelling(text, entry, language) ? { kind: 'exact', id: entry.id } : { kind: 'variant', id: entry.id };
}

function isExactSpelling<Id extends string>(text: string, entry: VocabularyEntry<Id>, language: RegisterLanguage): boolean {
  const canonical = entry.canonical[language];
  const accepted = [canonical, canonical.replace(/\s*\(.*\)$/, ''), canonical.replace(/^.*\((.*)\)$/, '$1')];
  const typed = simplify(text);
  return accepted.some((form) => simplify(form) === typed);
}

/** Case and spacing only: a Latin look-alike or a missing Kyrgyz letter still counts as a variant worth fixing. */
function simplify(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}
