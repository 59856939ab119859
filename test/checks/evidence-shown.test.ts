import { evidenceText, SHOWN_EVIDENCE_MAX, shownEvidence } from '../../src/checks/evidence-shown';

// The evidence the check gives for the Order's own Appendix 2 sample (`npm run demo`): a tender board member.
const DISCRETION = ['тендердик комиссиясынын мүчөсү', 'баалоонун', 'жеңүүчүнү тандоонун', 'баалоосуна'];
const ZONE = ['тендердик', 'сатып алуу', 'бюджетти', 'сатып алуунун', 'тооруктардын', 'сатып алуулар', 'контракттын'];

describe('a flag\'s evidence as a person reads it', () => {
  it('shows a phrase once, whatever its ending', () => {
    expect(shownEvidence(DISCRETION)).toEqual({ shown: ['тендердик комиссиясынын мүчөсү', 'баалоонун', 'жеңүүчүнү тандоонун'], more: 0 });
    expect(shownEvidence(['Бюджеттик', 'бюджетти', 'бюджет']).shown).toEqual(['Бюджеттик']);
    expect(shownEvidence(['выдаче лицензии', 'выдача лицензий', 'Выдачу лицензии']).shown).toEqual(['выдаче лицензии']);
  });

  it('leaves out a phrase that says nothing a shown one did not, but keeps one that adds a word', () => {
    expect(shownEvidence(['бюджетти бөлүштүрүү', 'бөлүштүрүү']).shown).toEqual(['бюджетти бөлүштүрүү']);
    expect(shownEvidence(['бөлүштүрүү', 'мыйзамсыз бөлүштүрүү']).shown).toEqual(['бөлүштүрүү', 'мыйзамсыз бөлүштүрүү']);
  });

  it('tells different words apart, a preposition included', () => {
    expect(shownEvidence(['баалоо', 'бала']).shown).toEqual(['баалоо', 'бала']);
    // «в» opens «выдаче», but a word of one or two letters is no stem of another.
    expect(shownEvidence(['выдаче', 'в выдаче']).shown).toEqual(['выдаче', 'в выдаче']);
    expect(shownEvidence(['приём граждан', 'приём заявлений']).shown).toEqual(['приём граждан', 'приём заявлений']);
  });

  it('shows the first few distinct phrases and counts the rest', () => {
    expect(SHOWN_EVIDENCE_MAX).toBe(3);
    expect(shownEvidence(ZONE)).toEqual({ shown: ['тендердик', 'сатып алуу', 'бюджетти'], more: 2 });
    expect(shownEvidence(ZONE, 10)).toEqual({ shown: ['тендердик', 'сатып алуу', 'бюджетти', 'тооруктардын', 'контракттын'], more: 0 });
    expect(shownEvidence([])).toEqual({ shown: [], more: 0 });
    expect(shownEvidence(['«»', ' '])).toEqual({ shown: [], more: 0 });
  });

  it('writes the line in the reader\'s language, quoted where asked', () => {
    expect(evidenceText(ZONE, 'ky')).toBe('тендердик, сатып алуу, бюджетти жана дагы 2');
    expect(evidenceText(ZONE, 'ru', { quoted: true })).toBe('«тендердик», «сатып алуу», «бюджетти» и ещё 2');
    expect(evidenceText(ZONE, 'en')).toBe('тендердик, сатып алуу, бюджетти and 2 more');
    expect(evidenceText(ZONE, 'en', { max: Number.POSITIVE_INFINITY })).toBe('тендердик, сатып алуу, бюджетти, тооруктардын, контракттын');
    expect(evidenceText(DISCRETION.slice(0, 1), 'ky', { quoted: true })).toBe('«тендердик комиссиясынын мүчөсү»');
  });
});
