/**
 * How the factors' evidence is put together and where a cancelling phrase reaches: phrases side by side
 * are one quote, punctuation keeps them apart; a law's preamble cancels its own sentence, wherever
 * numbering or a quote opens it; a law's title in quotes shows nothing, the words after it do.
 */
import { detectFactors } from '../../src/order281/factors';
import { functionTypeById } from '../../src/order281/function-types';

describe('evidence', () => {
  it('is one quote for phrases of a factor that stand side by side, across a space, a hyphen or a dash', () => {
    expect(detectFactors(['Приём заявлений граждан']).contact).toEqual(['Приём заявлений граждан']);
    expect(detectFactors(['Приём граждан-заявителей']).contact).toEqual(['Приём граждан-заявителей']);
    expect(detectFactors(['Приём заявлений — граждан']).contact).toEqual(['Приём заявлений — граждан']);
  });

  it('is two quotes where punctuation stands between them', () => {
    expect(detectFactors(['Приём заявлений, граждан']).contact).toEqual(['Приём заявлений', 'граждан']);
    expect(detectFactors(['Приём заявлений (граждан)']).contact).toEqual(['Приём заявлений', 'граждан']);
  });

  it('names each zone once, however many phrases show it, and quotes each phrase', () => {
    const found = detectFactors(['Субсидии и пособия', 'Назначение пособий']);
    expect(found.zoneIds).toEqual(['p.6/6']);
    expect(found.zone).toEqual(['Субсидии', 'пособия', 'пособий']);
  });

  it('takes a heading\'s zone beside the zones of the row, and a heading of no zone adds nothing', () => {
    const permitting = functionTypeById('permitting')!;
    expect(detectFactors(['Назначение пособий'], { functionType: permitting, text: 'Уруксат берүү функциясы' }).zoneIds).toEqual(['p.6/6', 'p.6/9']);
    const found = detectFactors(['Назначение пособий'], { text: 'Башка функциялар' });
    expect(found.zoneIds).toEqual(['p.6/6']);
    expect(found.zone).toEqual(['пособий']);
  });

  it('quotes a heading once when the row already quotes it whole', () => {
    const permitting = functionTypeById('permitting')!;
    expect(detectFactors(['Уруксат берүү'], { functionType: permitting, text: 'Уруксат берүү' }).zone).toEqual(['Уруксат берүү']);
  });

  it('reads nothing from empty cells', () => {
    expect(detectFactors(['', ''])).toEqual({ discretion: [], contact: [], zone: [], zoneIds: [] });
  });
});

describe('a law or regulation describing itself', () => {
  it('cancels its own sentence, also when numbering, a bracket or a quote opens it', () => {
    for (const text of [
      'Настоящий регламент определяет рассмотрение заявлений о выдаче лицензий',
      '1) Настоящий регламент определяет рассмотрение заявлений о выдаче лицензий',
      '(2) «Настоящий регламент определяет рассмотрение заявлений о выдаче лицензий',
      '3 - Ушул жобо арыздарды кароону аныктайт',
    ]) expect(detectFactors([text]).discretion).toEqual([]);
  });

  it('cancels the clauses after its own in that sentence', () => {
    for (const text of [
      'Настоящий регламент определяет порядок, рассмотрение заявлений о выдаче лицензий',
      '1) Настоящий регламент определяет порядок, рассмотрение заявлений о выдаче лицензий',
      '(2) «Настоящий регламент определяет порядок, рассмотрение заявлений о выдаче лицензий',
      'Порядок утвержден. Настоящий регламент определяет порядок, рассмотрение заявлений о выдаче лицензий',
    ]) expect(detectFactors([text]).discretion).toEqual([]);
    expect(detectFactors(['Ушул жобо тартипти аныктайт, арыздарды кароо']).discretion).toEqual([]);
  });

  it('named in the middle of a sentence cancels only its own clause', () => {
    const found = detectFactors(['Рассмотрение заявлений, согласно пункту 3 настоящий регламент определяет порядок, выдача лицензий']);
    expect(found.discretion).toEqual(['Рассмотрение', 'выдача лицензий']);
  });

  it('leaves the sentences around it alone', () => {
    expect(detectFactors(['Настоящий регламент определяет порядок. Рассматривает заявления о выдаче лицензий']).discretion).toEqual(['Рассматривает']);
    expect(detectFactors(['Рассматривает заявления о выдаче лицензий; настоящий регламент определяет порядок']).discretion).toEqual(['Рассматривает']);
  });
});

describe('a law\'s title in quotes', () => {
  it('shows no factor, in Russian «Об …» or Kyrgyz «… жөнүндө»; the words after it do', () => {
    expect(detectFactors(['Разъяснение Закона «Об административных процедурах выдачи лицензий»']).zoneIds).toEqual([]);
    expect(detectFactors(['Разъяснение Закона «Об административных процедурах» и выдача лицензий']).zone).toEqual(['лицензий']);
    expect(detectFactors(['«Лицензиялар жөнүндө» Мыйзамды түшүндүрүү']).zoneIds).toEqual([]);
    expect(detectFactors(['Разъяснение законов «О государственных пособиях» и «О здравоохранении»']).zoneIds).toEqual([]);
  });
});
