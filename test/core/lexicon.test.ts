import {
  CLAUSE_NOT_A_FACTOR, CONTACT_PHRASES, DISCRETION_PHRASES, NOT_A_FACTOR, PURPOSE_BEFORE_ITS_POSTPOSITION, SENTENCE_ABOUT_A_FORM,
  SENTENCE_NOT_A_FACTOR, SENTENCE_OF_A_BOUND_ACT, SENTENCE_OF_A_RULE, SENTENCE_OF_SUPPORT, type Factor,
} from '../../src/order281/factors';
import { FUNCTION_TYPES } from '../../src/order281/function-types';
import { phrase, PhraseMatcher } from '../../src/order281/phrases';
import { HIGH_RISK_SECTORS, HIGH_RISK_ZONES } from '../../src/order281/zones';

const BY_FACTOR: ReadonlyArray<Readonly<Record<Factor, readonly string[]>>> = [
  NOT_A_FACTOR, CLAUSE_NOT_A_FACTOR, PURPOSE_BEFORE_ITS_POSTPOSITION, SENTENCE_NOT_A_FACTOR, SENTENCE_ABOUT_A_FORM,
  SENTENCE_OF_SUPPORT, SENTENCE_OF_A_RULE, SENTENCE_OF_A_BOUND_ACT,
];

/** Every phrase the factor matcher and the heading matcher are built from, as written. */
const WRITTEN: readonly string[] = [
  ...DISCRETION_PHRASES,
  ...CONTACT_PHRASES,
  ...BY_FACTOR.flatMap((lists) => [...lists.discretion, ...lists.contact, ...lists.zone]),
  ...[...HIGH_RISK_ZONES, ...HIGH_RISK_SECTORS].flatMap((zone) => zone.phrases),
  ...FUNCTION_TYPES.flatMap((type) => type.phrases),
];

const fold = (stem: string) => stem.replace(/ө/g, 'о').replace(/ү/g, 'у').replace(/ң/g, 'н').replace(/ё/g, 'е');

/**
 * Alternatives of one word that another alternative of it already reads: «конкурстарды» beside «конкурс»,
 * a stem written twice. A longer stem whose extra letters open with с, б or п is not one: there the shorter
 * stem may stand before a Kyrgyz privative or negative suffix («уруксат» does not read «уруксатсыз»), which
 * the longer one takes in.
 */
function redundantAlternatives(written: string): string[] {
  return phrase(written, null).words.flatMap((word) => {
    if (typeof word === 'string') return [];
    return word.filter((longer, i) => !longer.startsWith('!') && word.some((shorter, j) => {
      if (j === i || shorter.startsWith('!') || shorter.endsWith('=')) return false;
      const long = fold(longer.replace(/=$/, ''));
      const short = fold(shorter);
      if (long === short) return j < i || longer.endsWith('=');
      return long.startsWith(short) && !'сбп'.includes(long[short.length]);
    })).map((stem) => `${stem} in «${written}»`);
  });
}

describe('the lexicons', () => {
  it('read the phrases this test walks through', () => {
    expect(WRITTEN.length).toBeGreaterThan(1000);
  });

  it('write each alternative of a word once, never a form another alternative already reads', () => {
    expect(WRITTEN.flatMap(redundantAlternatives)).toEqual([]);
  });

  it('tell a redundant alternative the way the matcher reads it', () => {
    expect(redundantAlternatives('конкурс|конкурстарды|конкурсун комиссия')).toEqual(['конкурстарды in «конкурс|конкурстарды|конкурсун комиссия»', 'конкурсун in «конкурс|конкурстарды|конкурсун комиссия»']);
    expect(redundantAlternatives('мүлк|мулкун')).toEqual(['мулкун in «мүлк|мулкун»']);
    expect(redundantAlternatives('суд=|суд')).toEqual(['суд= in «суд=|суд»']);
    expect(redundantAlternatives('суд=|судья')).toEqual([]);
    expect(redundantAlternatives('!гражданск|граждан')).toEqual([]);
    // The exception, as the matcher has it: the shorter stem alone misses the privative form.
    expect(redundantAlternatives('уруксат|уруксатсыз')).toEqual([]);
    const hits = (written: string) => new PhraseMatcher([phrase(written, written)]).findAll('уруксатсыз').length;
    expect(hits('уруксат')).toBe(0);
    expect(hits('уруксат|уруксатсыз')).toBe(1);
  });
});
