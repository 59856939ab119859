/**
 * The matcher against the corpus of published texts (README.md): precision and recall of each factor and
 * of the position flag. Issue 12 sets the goal at precision ≥ 0.95 and recall ≥ 0.90; the matcher does not
 * reach it yet (`npm run bench -- --json` reports the figures), so this test holds it to what it has
 * reached: a change that lowers a figure below its floor fails and lists the misses by entry id. Raise a
 * floor when the matcher earns it; lower one only with a reason in the commit message.
 */
import { describeMiss, evaluate, loadCorpus, MEASURED, type Measured } from './evaluate';

const FLOORS: Record<Measured, { precision: number; recall: number }> = {
  discretion: { precision: 0.95, recall: 0.95 },
  contact: { precision: 0.955, recall: 0.97 },
  zone: { precision: 0.96, recall: 0.98 },
  flag: { precision: 0.95, recall: 0.95 },
};
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

  it('the matcher holds its measured precision and recall on every factor and on the flag', () => {
    const result = evaluate(entries);
    const failing = MEASURED.filter((m) => result.scores[m].precision < FLOORS[m].precision || result.scores[m].recall < FLOORS[m].recall)
      .map((m) => `${m}: precision ${result.scores[m].precision.toFixed(3)}, recall ${result.scores[m].recall.toFixed(3)}`);
    const misses = failing.length === 0 ? [] : result.misses.map(describeMiss);
    // An empty corpus claims nothing and misses nothing; it must not pass for a measured one.
    expect({ entries: entries.length >= MINIMUM_ENTRIES, failing, misses }).toEqual({ entries: true, failing: [], misses: [] });
  });
});
