/**
 * The judgement figures of issue 12: precision and recall of the factor matcher and the position flag on
 * the corpus of published texts (test/corpus). Factor figures are the worst of the three factors.
 */
import { evaluate, loadCorpus } from '../test/corpus/evaluate';

/** A figure, or why there is none: an empty corpus would score a perfect 1 on nothing. */
type Figure = number | 'no corpus';

export interface CorpusResult {
  factor_precision: Figure;
  factor_recall: Figure;
  flag_precision: Figure;
  flag_recall: Figure;
  zone_id_agreement: Figure;
  corpus_entries: number;
}

export function measureCorpus(): CorpusResult {
  const corpus = loadCorpus();
  if (corpus.problems.length > 0) throw new Error(`the corpus is malformed:\n${corpus.problems.join('\n')}`);
  const all = corpus.files.flatMap((f) => f.entries);
  if (all.length === 0) {
    const none = 'no corpus' as const;
    return { factor_precision: none, factor_recall: none, flag_precision: none, flag_recall: none, zone_id_agreement: none, corpus_entries: 0 };
  }
  const { scores, zoneIdAgreement, entries } = evaluate(all);
  const factors = [scores.discretion, scores.contact, scores.zone];
  return {
    factor_precision: round3(Math.min(...factors.map((s) => s.precision))),
    factor_recall: round3(Math.min(...factors.map((s) => s.recall))),
    flag_precision: round3(scores.flag.precision),
    flag_recall: round3(scores.flag.recall),
    zone_id_agreement: round3(zoneIdAgreement),
    corpus_entries: entries,
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
