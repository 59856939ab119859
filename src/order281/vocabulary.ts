/**
 * The closed vocabularies of the registers: risk category (p.4) and risk level (p.4, Appendix 1 header,
 * Appendix 2 footnote ****). Each entry has the register spellings (Kyrgyz, Russian) and the stems that
 * recognise variants people type.
 */
import type { Localized, RegisterLanguage } from './text';
import { BRACKETED_ASIDE, foldedWords, wordsOf } from './normalize';

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
    stems: ['кырдаал', 'ситуац', 'ситуатив', 'situat'],
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
    stems: ['орточ', 'орто', 'средн', 'medium', 'moderate'],
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

/** Why a value that names one of the Order's values still is none of them. */
export type Qualifier = 'negation' | 'intensifier' | 'range';

export type Recognition<Id extends string> =
  | { kind: 'exact'; id: Id }
  /** Means one value, but is not written as the register writes it (another language, a grammatical form, a typo, stray spaces). */
  | { kind: 'variant'; id: Id }
  /** Names a value but negates it, grades it or spans several: «Не высокий», «Өтө жогорку», «средне-высокий». `word` is what does it, as typed. */
  | { kind: 'qualified'; qualifier: Qualifier; word: string }
  | { kind: 'unknown' };

// Folded words. «Не высокий» is not «Высокий»: a negation is never read as the value it negates.
const NEGATIONS = new Set(['не', 'нет', 'ни', 'эмес', 'жок', 'not', 'no', 'non']);
const INTENSIFIERS = new Set([
  'очень', 'весьма', 'крайне', 'наиболее', 'наименее', 'особо', 'особенно', 'чрезвычайно', 'слишком', 'достаточно',
  'сравнительно', 'относительно', 'умеренно', 'выше', 'ниже', 'более', 'менее', 'максимальный', 'минимальный',
  'оте', 'абдан', 'эн', 'ашык', 'кем', 'ото', 'эбегейсиз',
  'very', 'extremely', 'highly', 'above', 'below', 'rather', 'fairly', 'quite',
]);
/** Words a cell may carry around its value without changing it: «Жогорку деңгээл», «Потенциальный риск». */
// A score beside the level («Высокий (3 балла)», «Жогорку - 3 упай») restates it, as «3 (высокий)» does.
const NEUTRAL_STEMS = ['уровен', 'уровн', 'риск', 'денгээл', 'тобокелдик', 'категор', 'коррупц', 'балл', 'упай', 'level', 'risk', 'categor', 'point'];
const NUMBER = /^[0-9]+$/;
// Kyrgyz glues to a word what Russian writes apart, and «эмес» often loses its space. Read on the folded
// rest of a word after the value's stem: «жогорку|эмес», «төмөнкү|эмес» (not high, not low)…
const GLUED_NEGATION = /эмес$/;
// …and a degree: the Kyrgyz comparative «жогор|ураак», «төмөн|үрөөк» (higher, lower) and «жогор|ураагы»
// (the higher one), the Russian «высок|оватый» (rather high), the English «high|er», «low|est».
const GLUED_DEGREE = /р(?:аа|оо)[кг]|^оват|^(?:er|est)$/;
// «Жогорудагыдай», «жогорудагы», «төмөндөгүдөй», «жогоркудай», «төмөнкүдөй» (as above, the above-mentioned,
// as below, as follows) start like a level but point at another cell: they name none.
const POINTER = /^(?:жогор|томон)к?у?д[ао]/;
// «Өтөжогорку», «абданжогорку» (very high): the Kyrgyz intensifier loses its space as «эмес» does.
const GLUED_INTENSIFIER = /^(?:оте|ото|абдан)/;

/**
 * Reads a cell as one vocabulary value. Only case is free: the Order's word in capitals or small letters is
 * the Order's word, and Excel's filters and counts treat it so. Anything else that still means one value (a
 * grammatical form, another language, a Latin look-alike letter, a missing Kyrgyz letter, stray spaces, the
 * short form without «(реалдуу)») is a variant: it reads, but breaks filtering and counting, so it earns a
 * suggestion. A negation, a degree or a range is no value of the Order, whatever value it names.
 */
export function recognize<Id extends string>(
  text: string,
  entries: readonly VocabularyEntry<Id>[],
  language: RegisterLanguage,
): Recognition<Id> {
  // A register repeats a handful of values thousands of times: read each once. Keyed by the cell's own
  // text, one map per language, so asking again builds no key.
  let caches = recognitionCache.get(entries) as Record<RegisterLanguage, Map<string, Recognition<Id>>> | undefined;
  if (!caches) recognitionCache.set(entries, (caches = { ky: new Map(), ru: new Map() }));
  const cache = caches[language];
  let found = cache.get(text);
  if (!found) {
    if (cache.size >= RECOGNITION_CACHE_LIMIT) cache.clear();
    cache.set(text, (found = recognizeUncached(text, entries, language)));
  }
  return found;
}

const RECOGNITION_CACHE_LIMIT = 5000;
const recognitionCache = new WeakMap<object, Record<RegisterLanguage, Map<string, Recognition<string>>>>();

/** The entry a folded word names, and what the word glues after the stem that names it. */
function entryOfWord<Id extends string>(word: string, entries: readonly VocabularyEntry<Id>[]): { entry: VocabularyEntry<Id>; rest: string } | undefined {
  for (const entry of entries) {
    const stem = entry.stems.find((s) => word.startsWith(s));
    if (stem !== undefined) return { entry, rest: word.slice(stem.length) };
  }
  return undefined;
}

function gluedIntensified<Id extends string>(word: string, entries: readonly VocabularyEntry<Id>[]): { entry: VocabularyEntry<Id>; rest: string } | undefined {
  const intensifier = GLUED_INTENSIFIER.exec(word);
  return intensifier ? entryOfWord(word.slice(intensifier[0].length), entries) : undefined;
}

/**
 * An aside in brackets that names no value, no negation and no degree explains the value and leaves it
 * as it is: «Ситуационный (при проведении тендера)», «Средний (умеренный)» are the value, as a variant.
 * One that does («Системалуу (реалдуу)», «Средний (не высокий)») is read with the rest.
 */
function recognizeUncached<Id extends string>(text: string, entries: readonly VocabularyEntry<Id>[], language: RegisterLanguage): Recognition<Id> {
  if (text.includes('(')) {
    const asides = text.match(BRACKETED_ASIDE);
    if (asides && readWords(asides.join(' '), entries, language).kind === 'unknown' && !asides.some(qualifiesAValue)) {
      const outside = readWords(text.replace(BRACKETED_ASIDE, ' '), entries, language);
      if (outside.kind === 'exact' || outside.kind === 'variant') return { kind: 'variant', id: outside.id };
    }
  }
  return readWords(text, entries, language);
}

function qualifiesAValue(aside: string): boolean {
  return foldedWords(aside).some((word) => NEGATIONS.has(word) || INTENSIFIERS.has(word));
}

function readWords<Id extends string>(text: string, entries: readonly VocabularyEntry<Id>[], language: RegisterLanguage): Recognition<Id> {
  const folded = foldedWords(text);
  if (folded.length === 0) return { kind: 'unknown' };
  // The same words unfolded, to quote the one that qualifies the value as the person typed it.
  const typed = wordsOf(text).shown.split(' ');
  const ids = new Set<Id>();
  let negation: string | undefined;
  let intensifier: string | undefined;
  let foreign = false;
  folded.forEach((word, i) => {
    if (NEGATIONS.has(word)) negation ??= typed[i];
    else if (INTENSIFIERS.has(word)) intensifier ??= typed[i];
    else if (POINTER.test(word)) foreign = true;
    else {
      const negated = word.startsWith('не') ? entryOfWord(word.slice(2), entries) : undefined;
      const graded = negated ? undefined : gluedIntensified(word, entries);
      const named = negated ?? graded ?? entryOfWord(word, entries);
      if (!named) {
        if (!NUMBER.test(word) && !NEUTRAL_STEMS.some((stem) => word.startsWith(stem))) foreign = true;
        return;
      }
      ids.add(named.entry.id);
      if (negated || GLUED_NEGATION.test(named.rest)) negation ??= typed[i];
      else if (graded || GLUED_DEGREE.test(named.rest)) intensifier ??= typed[i];
    }
  });
  if (ids.size === 0) return { kind: 'unknown' };
  if (negation !== undefined) return { kind: 'qualified', qualifier: 'negation', word: negation };
  if (ids.size > 1) return { kind: 'qualified', qualifier: 'range', word: text.trim() };
  if (intensifier !== undefined) return { kind: 'qualified', qualifier: 'intensifier', word: intensifier };
  // A word that is neither the value nor a neutral one may change what the value means: it is not read.
  if (foreign) return { kind: 'unknown' };
  const entry = entries.find((e) => ids.has(e.id))!;
  return text.toLowerCase() === entry.canonical[language].toLowerCase() ? { kind: 'exact', id: entry.id } : { kind: 'variant', id: entry.id };
}
