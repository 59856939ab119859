/**
 * The judgement figures of issue 12: precision and recall of the factor matcher and the position flag on
 * the corpus of published texts (test/corpus). Factor figures are the worst of the three factors.
 */
import { evaluate, loadCorpus } from '../test/corpus/evaluate';

export interface CorpusResult {
  factor_precision: number;
  factor_recall: number;
  flag_precision: number;
  flag_recall: number;
  zone_id_agreement: number;
  corpus_entries: number;
}

export function measureCorpus(): CorpusResult {
  const corpus = loadCorpus();
  if (corpus.problems.length > 0) throw new Error(`the corpus is malformed:\n${corpus.problems.join('\n')}`);
  const { scores, zoneIdAgreement, entries } = evaluate(corpus.files.flatMap((f) => f.entries));
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
