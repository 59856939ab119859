/**
 * Cell text as people type it: mixed case, stray spaces and line breaks, Latin letters that look like
 * Cyrillic ones (a Russian keyboard layout switched mid-word), and Kyrgyz letters typed as their Russian
 * neighbours on keyboards without ң, ө, ү. Matching happens on a folded key so all of these read alike.
 */

const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LOOKALIKE = /[abcehkmoptxy]/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, one space between words, no footnote marks, Latin look-alikes inside Cyrillic words replaced. */
export function normalizeText(text: string): string {
  const spaced = text
    .normalize('NFC')
    .replace(/\(\s*\*+\s*\)|\*+/g, ' ')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced.replace(WORD, (word) => (CYRILLIC.test(word) ? word.replace(LATIN_LOOKALIKE, (ch) => LATIN_LOOKALIKES[ch]) : word));
}

/**
 * The matching key: normalised text with ө→о, ү→у, ң→н, ё→е and punctuation dropped, so «Томонку»
 * typed without Kyrgyz letters still finds «төмөнкү».
 */
export function foldText(text: string): string {
  return normalizeText(text)
    .replace(/ө/g, 'о')
    .replace(/ү/g, 'у')
    .replace(/ң/g, 'н')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether a text is written in Kyrgyz rather than Russian, judged by letters only Kyrgyz uses and common stems. */
export function looksKyrgyz(text: string): boolean {
  const lower = text.toLowerCase();
  if (/[өүң]/.test(lower)) return true;
  return /тобокел|тизме|кызмат|ыйгарым|бекитемин/.test(lower);
}
