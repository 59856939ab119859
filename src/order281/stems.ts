/**
 * Stem matching for an agglutinative language. Kyrgyz adds suffixes after the stem, so a stem matches a
 * word that starts with it. Three kinds of false friend are ruled out: the privative suffix (-сыз, -сиз,
 * -суз, -сүз: «уруксатсыз», "unauthorised") or the negative verb (-бай, -бестен) right after the stem,
 * and words a pattern names as exceptions («приёмка», acceptance of goods, is not «приём», reception).
 */
import { foldCode, foldText, wordEnd, wordsOf, type Words } from './normalize';

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

// Right after a stem, these undo it: the privative suffix (-сыз, -сиз, -суз, -сүз)
// and the negative verb («текшербестен», "without checking"; «кечиктирбей», "without delaying"). Sticky,
// so they test the words in place, Kyrgyz letters and their look-alikes both; a word ends at a space,
// which neither can cross.
const UNDOING_SUFFIX = /с[ыиуү]з|[бп][аеоө](?:с|й|г[аеоө]н|ш)/y;
const KEY_LENGTH = 3;

/** The first three letters at an offset, folded, as one number: a bucket key that costs no string per word. */
function keyAt(text: string, at: number): number {
  return (foldCode(text.charCodeAt(at)) * 65536 + foldCode(text.charCodeAt(at + 1))) * 65536 + foldCode(text.charCodeAt(at + 2));
}

/** Whether the text, folded, has `prefix` (already folded) at `at`. */
function foldedAt(text: string, at: number, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) if (foldCode(text.charCodeAt(at + i)) !== prefix.charCodeAt(i)) return false;
  return true;
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
      const key = keyAt(stems[0], 0);
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
  findInWords(words: Words): StemMatch[] {
    const found: StemMatch[] = [];
    const { shown, starts } = words;
    for (let i = 0; i < starts.length; i++) {
      if (wordEnd(words, i) - starts[i] < KEY_LENGTH) continue;
      const bucket = this.byKey.get(keyAt(shown, starts[i]));
      if (!bucket) continue;
      for (const pattern of bucket) {
        if (found.some((m) => m.pattern === pattern.index)) continue;
        const length = matchAt(words, i, pattern);
        if (length > 0) found.push({ pattern: pattern.index, evidence: shown.slice(starts[i], wordEnd(words, i + length - 1)) });
      }
    }
    return found;
  }
}

function matchAt(words: Words, first: number, pattern: CompiledPattern): number {
  const { shown, starts } = words;
  if (first + pattern.stems.length > starts.length) return 0;
  for (let k = 0; k < pattern.stems.length; k++) {
    const start = starts[first + k];
    const stem = pattern.stems[k];
    if (wordEnd(words, first + k) - start < stem.length || !foldedAt(shown, start, stem)) return 0;
    UNDOING_SUFFIX.lastIndex = start + stem.length;
    if (UNDOING_SUFFIX.test(shown)) return 0;
  }
  const start = starts[first];
  const end = wordEnd(words, first);
  if (pattern.except.some((prefix) => end - start >= prefix.length && foldedAt(shown, start, prefix))) return 0;
  return pattern.stems.length;
}
