/**
 * The matcher against the corpus of published texts (README.md): each factor and the position flag are
 * found with precision ≥ 0.95 and recall ≥ 0.90. On a failure the misses are listed by entry id.
 */
import { describeMiss, evaluate, loadCorpus, MEASURED } from './evaluate';

const PRECISION = 0.95;
const RECALL = 0.9;
const MINIMUM_ENTRIES = 150;

describe('the judgement corpus', () => {
  const corpus = loadCorpus();
  const entries = corpus.files.flatMap((f) => f.entries);

  it('is well formed: every file and entry as README.md describes, zone ids that exist', () => {
    expect(corpus.problems).toEqual([]);
  });

  it(`holds at least ${MINIMUM_ENTRIES} labelled texts in both languages`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MINIMUM_ENTRIES);
    expect(new Set(entries.map((e) => e.lang))).toEqual(new Set(['ky', 'ru']));
  });

  it(`the matcher finds each factor and the flag with precision ≥ ${PRECISION} and recall ≥ ${RECALL}`, () => {
    const result = evaluate(entries);
    const failing = MEASURED.filter((m) => result.scores[m].precision < PRECISION || result.scores[m].recall < RECALL)
      .map((m) => `${m}: precision ${result.scores[m].precision.toFixed(3)}, recall ${result.scores[m].recall.toFixed(3)}`);
    const misses = failing.length === 0 ? [] : result.misses.map(describeMiss);
    // An empty corpus claims nothing and misses nothing; it must not pass for a measured one.
    expect({ entries: entries.length >= MINIMUM_ENTRIES, failing, misses }).toEqual({ entries: true, failing: [], misses: [] });
  });
});
