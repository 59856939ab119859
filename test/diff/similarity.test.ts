/** The threshold of "the same row, reworded", held to what it was measured on (src/checks/diff.ts). */
import { meaningStems, SAME_MEANING, similarity } from '../../src/checks/diff';
import { differentPairs, editedPairs } from './pairs';

const score = ([a, b]: [string, string]) => similarity(meaningStems(a), meaningStems(b));

describe('matching by meaning', () => {
  it('keeps every text edited a little as the same text', () => {
    const pairs = editedPairs();
    expect(pairs.length).toBeGreaterThan(300);
    const missed = pairs.filter((pair) => score(pair) < SAME_MEANING);
    expect(missed).toEqual([]);
  });

  it('tells apart all but about one in a hundred different texts of the same documents', () => {
    const pairs = differentPairs();
    expect(pairs.length).toBeGreaterThan(1000);
    const confused = pairs.filter((pair) => score(pair) >= SAME_MEANING);
    expect(confused.length / pairs.length).toBeLessThan(0.01);
  });

  it('ignores case, spacing and punctuation, and scores unrelated texts near zero', () => {
    expect(score(['Жер участогун  ижарага берүү.', 'жер участогун ижарага берүү'])).toBe(1);
    expect(score(['Жер участогун ижарага берүү', 'Лицензия берүүдөн негизсиз баш тартуу'])).toBeLessThan(0.3);
    expect(score(['', 'Лицензия'])).toBe(0);
  });
});
