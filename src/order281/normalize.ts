/**
 * Cell text as people type it: mixed case, stray spaces and line breaks, Latin letters that look like
 * Cyrillic ones (a Russian keyboard layout switched mid-word), and Kyrgyz letters typed as their Russian
 * neighbours on keyboards without ң, ө, ү. Matching happens on a folded key so all of these read alike.
 *
 * These functions run on every cell of registers with tens of thousands of rows, so each pass is skipped
 * when a cheap test shows it has nothing to do, and short texts are read once.
 */

const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const KYRGYZ_LETTER = /[өүңё]/;
const LATIN = /[a-z]/;
const LATIN_LOOKALIKE = /[abcehkmoptxy]/g;
const WORD = /[0-9a-z\u00df-\u024f\u0430-\u04ff]+/g;
const COMBINING = /[\u0300-\u036f]/;

// Short texts repeat down a register (units, categories, levels, headings): each is read once. Long ones
// (risk descriptions) rarely repeat; keeping them would cost more in hashing and memory than it saves, so
// the checks keep a long text's words with its cell instead (checks/cell-words.ts).
const CACHE_LIMIT = 20000;
const CACHED_TEXT_MAX = 80;
const wordsCache = new Map<string, Words>();
const foldCache = new Map<string, string>();

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

/**
 * The matching key: normalised text with ө→о, ү→у, ң→н, ё→е and punctuation dropped, so «Томонку»
 * typed without Kyrgyz letters still finds «төмөнкү».
 */
export function foldText(text: string): string {
  return foldCache.get(text) ?? remember(foldCache, text, foldLetters(wordsOf(text).shown));
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** ө→о, ү→у, ң→н, ё→е; four plain replacements run faster than one that calls back for every letter. */
function foldLetters(text: string): string {
  return KYRGYZ_LETTER.test(text) ? text.replace(/ө/g, 'о').replace(/ү/g, 'у').replace(/ң/g, 'н').replace(/ё/g, 'е') : text;
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
const NON_WORD = /[^0-9a-z\u00df-\u024f\u0430-\u04ff]+/g;

/** The plain definition, in native string passes: lower case, words apart by one space, look-alikes replaced. */
function splitWords(text: string): Words {
  const lower = (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase();
  let shown = lower.replace(NON_WORD, ' ').trim();
  if (shown === '') return EMPTY_WORDS;
  if (LATIN.test(shown) && CYRILLIC.test(shown)) {
    shown = shown.replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch]) : word));
  }
  const starts = [0];
  for (let at = shown.indexOf(' '); at >= 0; at = shown.indexOf(' ', at + 1)) starts.push(at + 1);
  return { shown, starts };
}

/** Whether a text is written in Kyrgyz rather than Russian, judged by letters only Kyrgyz uses and common stems. */
export function looksKyrgyz(text: string): boolean {
  const lower = text.toLowerCase();
  if (/[өүң]/.test(lower)) return true;
  return /тобокел|тизме|кызмат|ыйгарым|бекитемин/.test(lower);
}
