/**
 * How the factor reader reads one text: nothing of the text read before it shows in the next, a text may
 * hold dozens of phrases, and the commas of a term of law are read alike whatever spaces follow them (text
 * pasted from Word brings no-break and thin spaces, typists double them). Texts are written for these tests.
 */
import { detectFactors, factorHits } from '../../src/order281/factors';
import { discretion } from './factor-texts';

const quoted = (text: string) => factorHits(text).map((hit) => `${hit.tag.factor}: ${text.slice(hit.start, hit.end)}`);

/** Forty clauses, each an identity check: forty phrases the term cancels, and forty cancelling it. */
const IDENTITY_CHECKS = Array.from({ length: 40 }, (_, i) => `${i + 1}) оператор проверяет документ, удостоверяющий личность`).join('; ');
/** Eighty phrases in one text. */
const RECEPTIONS = Array.from({ length: 40 }, (_, i) => `прием граждан в кабинете ${i + 1}`).join('; ');

describe('one text at a time', () => {
  it('reads a text alike whatever was read before it', () => {
    const alone = quoted('Прием граждан');
    expect(alone).toEqual(['contact: Прием', 'contact: граждан']);
    for (const before of [RECEPTIONS, IDENTITY_CHECKS, 'Закон «О государственных пособиях» и назначение пособий']) {
      factorHits(before);
      expect(quoted('Прием граждан')).toEqual(alone);
      detectFactors([before]);
      expect(detectFactors(['Прием граждан']).contact).toEqual(['Прием граждан']);
    }
  });

  it('gives none of the phrases a title or a cancelling phrase took away', () => {
    expect(quoted('Закон «О государственных пособиях»')).toEqual([]);
    expect(quoted('Оператор проверяет документ, удостоверяющий личность')).toEqual([]);
    expect(quoted('Назначение пособий по Закону «О государственных пособиях»')).toEqual(['discretion: Назначение', 'zone: пособий']);
  });

  it('finds all of eighty phrases in one text, and cancels all of forty', () => {
    expect(factorHits(RECEPTIONS)).toHaveLength(80);
    expect(factorHits(RECEPTIONS).map((hit) => hit.start)).toEqual([...RECEPTIONS.matchAll(/прием|граждан/g)].map((m) => m.index));
    expect(discretion(IDENTITY_CHECKS)).toEqual([]);
    // The same clauses without the term: every check is discretion.
    expect(discretion(IDENTITY_CHECKS.replace(/, удостоверяющий/g, '; удостоверяющий'))).toEqual(['проверяет']);
  });
});

describe('a term of law written with a comma', () => {
  const SPACES: Record<string, string> = {
    'a space': ' ', 'two spaces': '  ', 'a no-break space': '\u00a0', 'spaces around a no-break one': ' \u00a0 ',
    'a thin space': '\u2009', 'a narrow no-break space': '\u202f', 'an en quad': '\u2000', 'a hair space': '\u200a',
    'a medium mathematical space': '\u205f', 'an ideographic space': '\u3000', 'a byte-order mark': '\ufeff',
    'a line separator': '\u2028', 'a paragraph separator': '\u2029', 'an Ogham space mark': '\u1680',
    'a vertical tab': '\u000b', 'a form feed': '\u000c',
  };

  it.each(Object.entries(SPACES))('reads the identity document as one term after %s', (_, space) => {
    expect(discretion(`Оператор проверяет документ,${space}удостоверяющий личность заявителя`)).toEqual([]);
    expect(discretion(`Начальник отдела,${space}осуществляющего выдачу разрешений на строительство`)).toEqual([]);
  });

  it('reads it in every case and for a passport, and not where a semicolon parts the words', () => {
    for (const term of ['документа, удостоверяющего', 'документы, удостоверяющие', 'паспорт, удостоверяющий', 'данные паспорта, удостоверяющего']) {
      expect(discretion(`Оператор проверяет ${term} личность заявителя`)).toEqual([]);
    }
    expect(discretion('Оператор проверяет документ; удостоверяющий личность заявителя')).toEqual(['проверяет']);
    expect(discretion('Начальник отдела; осуществляющего выдачу разрешений на строительство')).toEqual(['выдачу разрешений на строительство']);
  });
});

describe('a title in quotes', () => {
  it('shows no factor whatever spaces stand inside its quotes', () => {
    for (const title of ['« О государственных пособиях »', '«О государственных пособиях »', '" О государственных пособиях"', '“Мамлекеттик жөлөкпулдар жөнүндө ”']) {
      expect(detectFactors([`Разъяснение Закона ${title}`]).zoneIds).toEqual([]);
    }
  });
});
