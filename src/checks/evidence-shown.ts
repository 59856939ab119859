/**
 * A flag's evidence as a person reads it. The report keeps every phrase the matcher found (the JSON is for
 * machines); a person reading a post's three signs needs the phrases that carry them, each once. A long
 * description yields the same word in several forms («сатып алуу», «сатып алуунун», «сатып алуулар») and
 * a dozen pieces of one zone: the reader is shown each phrase once, whatever its case ending, and the first
 * few, with a count of the rest.
 */
import { foldedWords } from '../order281/normalize';
import type { UiLanguage } from '../order281/text';

/** How many phrases of one sign a person is shown before the rest are counted. */
export const SHOWN_EVIDENCE_MAX = 3;

/**
 * Letters of a word that stand for it across its forms: Kyrgyz and Russian inflect by endings, and five
 * letters keep «бюджет»/«бюджетти»/«бюджеттик» together and «баалоо» apart from «бала». A shorter word is
 * its own stem («алуу» of «алуунун»), but one of one or two letters (a preposition) is no stem of another.
 */
const STEM_LETTERS = 5;
const SHORTEST_STEM = 3;

export interface ShownEvidence {
  /** The phrases to show, as written in the cells, in the order they were found. */
  shown: string[];
  /** How many further distinct phrases there are. */
  more: number;
}

/** A phrase's words reduced to their stems, so forms of one phrase read alike. */
function stems(phrase: string): string[] {
  return foldedWords(phrase).map((word) => word.slice(0, STEM_LETTERS));
}

/** Whether two stems are one word's: equal, or the shorter (of three letters or more) opening the longer. */
function sameWord(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter === longer || (shorter.length >= SHORTEST_STEM && longer.startsWith(shorter));
}

/** Whether every word of `phrase` is among those of `shown`: «бөлүштүрүү» says nothing «бюджетти бөлүштүрүү» did not. */
function saysNothingNew(phrase: readonly string[], shown: readonly string[]): boolean {
  return phrase.every((stem) => shown.some((other) => sameWord(stem, other)));
}

export function shownEvidence(phrases: readonly string[], max = SHOWN_EVIDENCE_MAX): ShownEvidence {
  const distinct: string[] = [];
  const distinctStems: string[][] = [];
  for (const phrase of phrases) {
    const own = stems(phrase);
    if (own.length === 0 || distinctStems.some((other) => saysNothingNew(own, other))) continue;
    distinct.push(phrase);
    distinctStems.push(own);
  }
  return { shown: distinct.slice(0, max), more: Math.max(0, distinct.length - max) };
}

/** «and 4 more» in the reader's language. */
const MORE: Record<UiLanguage, (n: number) => string> = {
  ky: (n) => `жана дагы ${n}`,
  ru: (n) => `и ещё ${n}`,
  en: (n) => `and ${n} more`,
};

/** One sign's evidence as a line of text: the phrases shown, apart by commas, then the count of the rest. */
export function evidenceText(phrases: readonly string[], lang: UiLanguage, options: { quoted?: boolean; max?: number } = {}): string {
  const { shown, more } = shownEvidence(phrases, options.max);
  const listed = shown.map((phrase) => (options.quoted ? `«${phrase}»` : phrase)).join(', ');
  return more > 0 ? `${listed} ${MORE[lang](more)}` : listed;
}
