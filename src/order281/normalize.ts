/**
 * Cell text as people type it: mixed case, stray spaces and line breaks, Latin letters that look like
 * Cyrillic ones (a Russian keyboard layout switched mid-word), and Kyrgyz letters typed as their Russian
 * neighbours on keyboards without ң, ө, ү, or as the letters a keyboard or font offers in their place (the
 * old Cyrillic fita ѳ, seen in official Kyrgyz texts; the Altai ӧ, ӱ, ҥ; Latin ö, ü). Matching happens on
 * a folded key so all of these read alike.
 *
 * These functions run on every cell of registers with tens of thousands of rows, so each pass is skipped
 * when a cheap test shows it has nothing to do, and short texts are read once.
 */

// ö and ü are Kyrgyz letters only inside a Cyrillic word: in «Müller» they are German.
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', ö: 'ө', ü: 'ү',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const KYRGYZ_LETTER = /[өүңёѳӧӱҥ]/;
const SUBSTITUTE_LETTER = /[ѳӧӱҥ]/;
const LATIN = /[a-zöü]/;
const LATIN_LOOKALIKE = /[abcehkmoptxyöü]/g;
/** What a word is made of, in lower case: digits, Latin and Latin-extended letters, Cyrillic. */
const WORD_CHARACTERS = '0-9a-z\\u00df-\\u024f\\u0430-\\u04ff';
const WORD = new RegExp(`[${WORD_CHARACTERS}]+`, 'g');
const NON_WORD = new RegExp(`[^${WORD_CHARACTERS}]+`, 'g');
const WORD_CHARACTER = new RegExp(`^[${WORD_CHARACTERS}]$`);
const COMBINING = /[\u0300-\u036f]/;

// Short texts repeat down a register (units, categories, levels, headings): each is read once. Long ones
// (risk descriptions) rarely repeat; keeping them would cost more in hashing and memory than it saves, so
// the checks keep a long text's words with its cell instead (checks/cell-words.ts).
const CACHE_LIMIT = 20000;
const CACHED_TEXT_MAX = 80;
const wordsCache = new Map<string, Words>();
const foldCache = new Map<string, string>();

// Stryker disable all: the caches' bounds and clearing change memory and speed, never an answer (equivalent mutants).
/** Forget remembered texts: benchmarks call it so each run pays for folding, as a first check does. */
export function clearTextCaches(): void {
  wordsCache.clear();
  foldCache.clear();
}

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (key.length <= CACHED_TEXT_MAX) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}
// Stryker restore all

/**
 * An aside in brackets: «Служебные полномочия (согласно должностной инструкции)», «Ситуационный (при
 * проведении тендера)». Global, for `match` and `replace` only (`test` would keep its place between calls).
 */
export const BRACKETED_ASIDE = /\([^()]*\)/g;

/**
 * The matching key: normalised text with ө→о, ү→у, ң→н, ё→е (and the letters typed in their place likewise)
 * and punctuation dropped, so «Томонку» typed without Kyrgyz letters, or «Тѳмѳнкү» with the fita, still
 * finds «төмөнкү».
 */
export function foldText(text: string): string {
  return foldCache.get(text) ?? remember(foldCache, text, foldLetters(wordsOf(text).shown));
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * ө→о, ү→у, ң→н, ё→е; four plain replacements run faster than one that calls back for every letter, and
 * faster than replacing letter classes. The substitutes for ө, ү, ң are rare: a Kyrgyz text pays one more
 * test for them, a Russian one nothing.
 */
function foldLetters(text: string): string {
  if (!KYRGYZ_LETTER.test(text)) return text;
  const folded = text.replace(/ө/g, 'о').replace(/ү/g, 'у').replace(/ң/g, 'н').replace(/ё/g, 'е');
  return SUBSTITUTE_LETTER.test(folded) ? folded.replace(/[ѳӧ]/g, 'о').replace(/ӱ/g, 'у').replace(/ҥ/g, 'н') : folded;
}

/**
 * A text's words as one string, lower case, Kyrgyz letters kept, one space apart, with where each word
 * starts. Long registers make these for every description: one string and one array of offsets per
 * text, not a string per word; the phrase matcher folds letters as it reads them (phrases.ts).
 */
export interface Words {
  shown: string;
  /** Where each word starts; word i ends one before word i+1 starts, the last at the end. */
  starts: number[];
}

/** The offset just past word `i`. */
export function wordEnd(words: Words, i: number): number {
  return i + 1 < words.starts.length ? words.starts[i + 1] - 1 : words.shown.length;
}

export function wordsOf(text: string): Words {
  return wordsCache.get(text) ?? remember(wordsCache, text, splitWords(text));
}

const EMPTY_WORDS: Words = { shown: '', starts: [] };

/** The plain definition, in native string passes: lower case, words apart by one space, look-alikes replaced. */
function splitWords(text: string): Words {
  const lower = (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase();
  let shown = lower.replace(NON_WORD, ' ').trim();
  if (shown === '') return EMPTY_WORDS;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; the replacement below touches only mixed words anyway.
  if (LATIN.test(shown) && CYRILLIC.test(shown)) {
    shown = shown.replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch]) : word));
  }
  const starts = [0];
  // Stryker disable next-line EqualityOperator: `shown` is trimmed, so no space stands at 0.
  for (let at = shown.indexOf(' '); at >= 0; at = shown.indexOf(' ', at + 1)) starts.push(at + 1);
  return { shown, starts };
}

/**
 * What the checks ask of every long text without its words written out: how many words of two letters or
 * more, how many letters in all, and a hash of its words that is equal for texts with equal
 * `wordsOf(text).shown` (unequal hashes prove the words differ; equal ones are confirmed on the words).
 * One pass over the text, no string built: a register has tens of thousands of descriptions.
 */
export interface TextShape {
  words: number;
  letters: number;
  hash: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

export const EMPTY_SHAPE: TextShape = { words: 0, letters: 0, hash: FNV_OFFSET };

/**
 * Each character as `textShape` reads it, learnt on first sight: 0 not part of a word; -1 not yet known;
 * -2 read by the plain definition instead (combining accents, which NFC composes, and letters whose lower
 * case is two characters: rare enough that the hot loop below need not tell them apart); otherwise its lower
 * case, with a bit saying whether it is a Cyrillic or a Latin letter (`LATIN`: basic Latin, ö and ü), so the
 * loop learns a word's scripts without comparing codes. A Cyrillic word holding a Latin ö or ü mixes
 * scripts, and goes to the plain definition, which makes them the Kyrgyz ө and ү.
 */
const UNKNOWN = -1;
const PLAIN = -2;
const CYRILLIC_LETTER = 1 << 16;
const LATIN_LETTER = 1 << 17;
const BOTH_SCRIPTS = CYRILLIC_LETTER | LATIN_LETTER;
const LOWER_CASE = 0xffff;
const shapeCodes = new Int32Array(0x10000).fill(UNKNOWN);

function learnShapeCode(code: number): number {
  const character = String.fromCharCode(code);
  const lowered = character.toLowerCase();
  let entry = 0;
  if (COMBINING.test(character) || lowered.length !== 1) entry = PLAIN;
  else if (WORD_CHARACTER.test(lowered)) {
    entry = lowered.charCodeAt(0) | (CYRILLIC.test(lowered) ? CYRILLIC_LETTER : LATIN.test(lowered) ? LATIN_LETTER : 0);
  }
  shapeCodes[code] = entry;
  return entry;
}

export function textShape(text: string): TextShape {
  let hash = FNV_OFFSET;
  let words = 0;
  let letters = 0;
  let length = 0;
  // The scripts of the word being read. A word mixing Latin and Cyrillic letters has its Latin look-alikes
  // replaced (`wordsOf`): rare, and read by the plain definition.
  let scripts = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    let entry = shapeCodes[code];
    if (entry === UNKNOWN) entry = learnShapeCode(code);
    if (entry > 0) {
      // Words stand one space apart, as in `shown`.
      if (length === 0 && letters > 0) hash = Math.imul(hash ^ SPACE, FNV_PRIME);
      hash = Math.imul(hash ^ (entry & LOWER_CASE), FNV_PRIME);
      scripts |= entry;
      length += 1;
      continue;
    }
    if (entry === PLAIN) return shapeOfWords(wordsOf(text));
    if (length === 0) continue;
    if ((scripts & BOTH_SCRIPTS) === BOTH_SCRIPTS) return shapeOfWords(wordsOf(text));
    if (length > 1) words += 1;
    letters += length;
    length = 0;
    scripts = 0;
  }
  // The last word is closed here rather than by a sentinel past the end, which costs a test per character.
  if (length > 0) {
    if ((scripts & BOTH_SCRIPTS) === BOTH_SCRIPTS) return shapeOfWords(wordsOf(text));
    if (length > 1) words += 1;
    letters += length;
  }
  return { words, letters, hash };
}

/** The same figures from words already written out. */
function shapeOfWords(words: Words): TextShape {
  let hash = FNV_OFFSET;
  let counted = 0;
  const { shown, starts } = words;
  for (let i = 0; i < shown.length; i++) hash = Math.imul(hash ^ shown.charCodeAt(i), FNV_PRIME);
  for (let i = 0; i < starts.length; i++) if (wordEnd(words, i) - starts[i] > 1) counted += 1;
  return { words: counted, letters: shown.length - Math.max(0, starts.length - 1), hash };
}

/** Whether a text is written in Kyrgyz rather than Russian, judged by letters only Kyrgyz uses and common stems. */
export function looksKyrgyz(text: string): boolean {
  const lower = text.toLowerCase();
  if (/[өүңѳӧӱҥ]/.test(lower)) return true;
  return /тобокел|тизме|кызмат|ыйгарым|бекитемин/.test(lower);
}
