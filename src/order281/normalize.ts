/**
 * Cell text as people type it: mixed case, stray spaces and line breaks, Latin letters that look like
 * Cyrillic ones (a Russian keyboard layout switched mid-word), and Kyrgyz letters typed as their Russian
 * neighbours on keyboards without ң, ө, ү. Matching happens on a folded key so all of these read alike.
 *
 * These functions run on every cell of registers with tens of thousands of rows, so each pass is skipped
 * when a cheap test shows it has nothing to do, and folded keys are memoised.
 */

const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const KYRGYZ_FOLDS: Record<string, string> = { ө: 'о', ү: 'у', ң: 'н', ё: 'е' };

const CYRILLIC = /[\u0400-\u04ff]/;
const KYRGYZ_LETTERS = /[өүңё]/g;
const LATIN = /[a-z]/;
const LATIN_LOOKALIKE = /[abcehkmoptxy]/g;
const WORD = /[0-9a-z\u00df-\u024f\u0430-\u04ff]+/g;
const COMBINING = /[\u0300-\u036f]/;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** Lower case, one space between words, no footnote marks, Latin look-alikes inside Cyrillic words replaced. */
export function normalizeText(text: string): string {
  let value = COMBINING.test(text) ? text.normalize('NFC') : text;
  if (value.includes('*')) value = value.replace(/\(\s*\*+\s*\)|\*+/g, ' ');
  value = value.replace(SPACES, ' ').trim().toLowerCase();
  if (LATIN.test(value) && CYRILLIC.test(value)) {
    value = value.replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch]) : word));
  }
  return value;
}

// Short texts repeat down a register (units, categories, levels, headings): each is read once. Long ones
// (risk descriptions) rarely repeat; keeping them would cost more in hashing and memory than it saves, so
// the checks keep a long text's words with its cell instead (checks/cell-words.ts).
const CACHE_LIMIT = 20000;
const CACHED_TEXT_MAX = 80;
const foldCache = new Map<string, string>();
const wordsCache = new Map<string, Words>();

/** Forget remembered texts: benchmarks call it so each run pays for folding, as a first check does. */
export function clearTextCaches(): void {
  foldCache.clear();
  wordsCache.clear();
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
  return foldCache.get(text) ?? remember(foldCache, text, wordsOf(text).folded.join(' '));
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** A text's words twice over: as written (lower case, Kyrgyz letters kept) and folded for matching. */
export interface Words {
  shown: string[];
  folded: string[];
  /** What the factor lexicons found in these words, kept with them (factors.ts). */
  factors?: unknown;
}

export function wordsOf(text: string): Words {
  return wordsCache.get(text) ?? remember(wordsCache, text, splitWords(text));
}

const EMPTY_WORDS: Words = { shown: [], folded: [] };

/** Digits, Latin and Cyrillic letters (lower case): what words are made of; the rest separates them. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f) || (code >= 0x430 && code <= 0x4ff);
}

function isKyrgyzLetter(code: number): boolean {
  return code === 0x4e9 || code === 0x4af || code === 0x4a3 || code === 0x451;
}

/**
 * One pass over the characters instead of a chain of regular expressions: this runs on every long risk
 * description of a register, and the plain definition (normalizeText, split on anything else than a word character, fold) is what a
 * test checks it against.
 */
function splitWords(text: string): Words {
  const lower = (COMBINING.test(text) ? text.normalize('NFC') : text).toLowerCase();
  const shown: string[] = [];
  const folded: string[] = [];
  let start = -1;
  let latin = false;
  let cyrillic = false;
  let kyrgyz = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        latin = cyrillic = kyrgyz = false;
      }
      if (code <= 122) latin ||= code >= 97;
      else if (code >= 0x430) {
        cyrillic = true;
        kyrgyz ||= isKyrgyzLetter(code);
      }
      continue;
    }
    if (start < 0) continue;
    let word = lower.slice(start, i);
    if (latin && cyrillic) word = word.replace(LATIN_LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch]);
    shown.push(word);
    folded.push(kyrgyz ? word.replace(KYRGYZ_LETTERS, (ch) => KYRGYZ_FOLDS[ch]) : word);
    start = -1;
  }
  return shown.length === 0 ? EMPTY_WORDS : { shown, folded };
}

/** Whether a text is written in Kyrgyz rather than Russian, judged by letters only Kyrgyz uses and common stems. */
export function looksKyrgyz(text: string): boolean {
  const lower = text.toLowerCase();
  if (/[өүң]/.test(lower)) return true;
  return /тобокел|тизме|кызмат|ыйгарым|бекитемин/.test(lower);
}
