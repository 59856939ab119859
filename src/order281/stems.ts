/**
 * Stem matching for an agglutinative language. Kyrgyz adds suffixes after the stem, so a stem matches a
 * word that starts with it. Three kinds of false friend are ruled out: the privative suffix (-сыз, -сиз,
 * -суз, -сүз: «уруксатсыз», "unauthorised") or the negative verb (-бай, -бестен) right after the stem,
 * and words a pattern names as exceptions («приёмка», acceptance of goods, is not «приём», reception).
 */
import { foldText, wordsOf, type Words } from './normalize';

export interface StemPattern {
  /** One stem per word; a phrase matches consecutive words. Written in plain Cyrillic, folded on load. */
  stems: string[];
  /** Folded word prefixes that look like the first stem but mean something else. */
  except?: string[];
}

interface CompiledPattern {
  stems: string[];
  except: string[];
  index: number;
}

// Folding has already turned «сүз» into «суз».
const PRIVATIVE = /^(сыз|сиз|суз)/;
// The negative verb («текшербестен», "without checking"; «кечиктирбей», "without delaying").
const NEGATIVE = /^(ба|бе|бо|па|пе|по)(с|й|ган|ген|гон|ш)/;
const KEY_LENGTH = 3;

/** The first three letters of a word as one number: a bucket key that costs no string per word. */
function keyOf(word: string): number {
  return (word.charCodeAt(0) * 65536 + word.charCodeAt(1)) * 65536 + word.charCodeAt(2);
}

export interface StemMatch {
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
  /** The words of the text that matched, as written in the cell. */
  evidence: string;
}

/** A compiled set of stem patterns, indexed by the first letters of their first stem so matching stays linear. */
export class StemMatcher {
  private readonly byKey = new Map<number, CompiledPattern[]>();

  constructor(patterns: readonly StemPattern[]) {
    patterns.forEach((pattern, index) => {
      const stems = pattern.stems.map((stem) => foldText(stem));
      const compiled: CompiledPattern = { stems, except: (pattern.except ?? []).map((e) => foldText(e)), index };
      if (stems[0].length < KEY_LENGTH) throw new Error(`A stem needs ${KEY_LENGTH} letters at least: «${stems[0]}»`);
      const key = keyOf(stems[0]);
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(compiled);
      else this.byKey.set(key, [compiled]);
    });
  }

  /** Every pattern found in the text, once each, with the words that showed it. */
  findAll(text: string): StemMatch[] {
    return this.findInWords(wordsOf(text));
  }

  /** As findAll, on words already split, so several matchers can share one pass over a long text. */
  findInWords({ shown, folded: words }: Words): StemMatch[] {
    const found: StemMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      if (words[i].length < KEY_LENGTH) continue;
      const bucket = this.byKey.get(keyOf(words[i]));
      if (!bucket) continue;
      for (const pattern of bucket) {
        if (found.some((m) => m.pattern === pattern.index)) continue;
        const length = matchAt(words, i, pattern);
        if (length > 0) found.push({ pattern: pattern.index, evidence: length === 1 ? shown[i] : shown.slice(i, i + length).join(' ') });
      }
    }
    return found;
  }
}

function matchAt(words: string[], start: number, pattern: CompiledPattern): number {
  if (start + pattern.stems.length > words.length) return 0;
  for (let k = 0; k < pattern.stems.length; k++) {
    const word = words[start + k];
    const stem = pattern.stems[k];
    if (!word.startsWith(stem)) return 0;
    const rest = word.slice(stem.length);
    if (PRIVATIVE.test(rest) || NEGATIVE.test(rest)) return 0;
  }
  const first = words[start];
  if (pattern.except.some((prefix) => first.startsWith(prefix))) return 0;
  return pattern.stems.length;
}
