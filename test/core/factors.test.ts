/**
 * The three factors read as phrases, with the cases of issue 12: what should flag a post, what should
 * not, and evidence a person can read.
 */
import { detectFactors, factorHits, zoneById } from '../../src/order281/factors';
import { functionTypeById } from '../../src/order281/function-types';
import { wordsOf } from '../../src/order281/normalize';
import { checkGrids } from '../../src/checks/check';
import { GOOD_RISK, positionGrid, riskGrid, TODAY } from '../fixtures/grids';

const flagged = (...cells: string[]) => {
  const found = detectFactors(cells);
  return found.discretion.length > 0 && found.contact.length > 0 && found.zoneIds.length > 0;
};

describe('posts that combine the three factors are flagged', () => {
  it('a head of HR: competitions, attestation, personnel reserve decided, candidates\' documents received (ru)', () => {
    const found = detectFactors([
      'Начальник отдела кадров',
      'Организация и проведение конкурсов на замещение вакантных должностей, аттестации, формирование кадрового резерва, приём документов кандидатов',
    ]);
    expect(found.discretion).toEqual(expect.arrayContaining(['Организация и проведение конкурсов', 'аттестации', 'кадрового резерва']));
    expect(found.contact).toEqual(expect.arrayContaining(['приём документов кандидатов']));
    expect(found.zoneIds).toEqual(['p.6/17']);
  });

  it('the same post in Kyrgyz: «кабыл алуу» of documents is contact', () => {
    const found = detectFactors([
      'Кадрлар бөлүмүнүн башчысы',
      'Бош кызмат орундарына конкурстарды өткөрүү, аттестация, кадр резервин түзүү, талапкерлердин документтерин кабыл алуу',
    ]);
    expect(found.contact).toEqual(['талапкерлердин документтерин кабыл алуу']);
    expect(found.discretion).toEqual(expect.arrayContaining(['конкурстарды өткөрүү', 'аттестация']));
    expect(found.zoneIds).toEqual(['p.6/17']);
  });

  it('a head of social payments: benefits and compensations are a zone (p.6/6, with subsidies)', () => {
    expect(detectFactors(['Начальник отдела социальных выплат', 'Приём заявлений граждан, назначение пособий и компенсаций']).zoneIds).toEqual(['p.6/6']);
    const ky = detectFactors(['Социалдык төлөмдөр бөлүмүнүн башчысы', 'Жарандардын арыздарын кабыл алуу, жөлөкпулдарды дайындоо']);
    expect(ky.zoneIds).toEqual(['p.6/6']);
    expect(ky.discretion).toEqual(['дайындоо']);
    expect(flagged('Социалдык төлөмдөр бөлүмүнүн башчысы', 'Жарандардын арыздарын кабыл алуу, жөлөкпулдарды дайындоо')).toBe(true);
  });

  it('the licensing official of the Order\'s sample, in Russian', () => {
    const found = detectFactors(['Главный специалист отдела лицензирования', 'Приём заявлений, отказ в выдаче лицензии']);
    expect(found.discretion).toEqual(['отказ в выдаче лицензии']);
    expect(found.contact).toEqual(['Приём заявлений']);
    expect(found.zoneIds).toEqual(['p.6/9']);
  });
});

describe('words that mean something else in context are not evidence', () => {
  it('«гражданских служащих» are civil servants, not citizens; «мамлекеттик жарандык кызматчы» likewise', () => {
    expect(detectFactors(['Работа с гражданскими служащими']).contact).toEqual([]);
    expect(detectFactors(['Мамлекеттик жарандык кызматчылардын аттестациясы']).contact).toEqual([]);
    expect(detectFactors(['Прием граждан по личным вопросам']).contact).toEqual(['Прием граждан']);
  });

  it('«заранее определенного участника» is no discretion', () => {
    expect(detectFactors(['Закупка у заранее определенного участника']).discretion).toEqual([]);
  });

  it('«дайындоо» of a benefit is no appointment to a post', () => {
    expect(detectFactors(['Жөлөкпулдарды дайындоо']).zoneIds).not.toContain('p.6/17');
    expect(detectFactors(['Кызмат орундарына дайындоо']).zoneIds).toEqual(['p.6/17']);
  });

  it('«салык» or «налог» alone is no tax zone; a deferral is', () => {
    expect(detectFactors(['Салык статистикасы боюнча талдоочу']).zoneIds).toEqual([]);
    expect(detectFactors(['Аналитик отдела налоговой статистики']).zoneIds).toEqual([]);
    expect(detectFactors(['Предоставление отсрочки по уплате налогов']).zoneIds).toEqual(['p.6/8']);
  });

  it('«реестр» of accredited bodies is no property register; a register of rights to real estate is', () => {
    expect(detectFactors(['Ведение реестра аккредитованных организаций']).zoneIds).not.toContain('p.6/14');
    expect(detectFactors(['Ведение реестра прав на недвижимое имущество']).zoneIds).toContain('p.6/14');
  });

  it('a ministry\'s name is no sector', () => {
    expect(detectFactors(['Главный специалист Министерства здравоохранения']).zoneIds).toEqual([]);
    expect(detectFactors(['Закупка медицинского оборудования для больниц']).zoneIds).toEqual(expect.arrayContaining(['p.6/1', 'p.7/8']));
  });

  it('a cancelling phrase only cancels its own factor, where it holds the found word', () => {
    const text = 'Прием граждан и работа с гражданскими служащими';
    const hits = factorHits(text).filter((h) => h.tag.factor === 'contact');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.end <= text.indexOf(' и работа'))).toBe(true);
    // «гражданск» is cancelled for contact, yet the zone or discretion of the same text is untouched.
    expect(detectFactors(['Назначение пособий гражданским служащим']).zoneIds).toEqual(['p.6/6']);
  });
});

describe('a clause about a procedure or a document decides nothing', () => {
  it('cancels the discretion of its own clause only', () => {
    expect(detectFactors(['Основанием для начала процедуры является рассмотрение заявления']).discretion).toEqual([]);
    expect(detectFactors(['Основанием для начала процедуры является поступление заявления; рассмотрение заявления']).discretion).toEqual(['рассмотрение']);
    expect(detectFactors(['Настоящий регламент определяет порядок выдачи разрешений']).discretion).toEqual([]);
    // Contact is not cancelled by a procedure's trigger: the applicant still comes.
    expect(detectFactors(['Основанием для начала процедуры является обращение заявителя']).contact).toEqual(['обращение заявителя']);
  });
});

describe('reading many rows', () => {
  it('remembers short texts only, and answers the same from memory', () => {
    const memo = new Map();
    const long = `Приём заявлений граждан ${'и рассмотрение документов '.repeat(5)}`;
    const first = detectFactors(['Отдел лицензирования', long], undefined, memo);
    expect([...memo.keys()]).toEqual(['Отдел лицензирования']);
    expect(detectFactors(['Отдел лицензирования', long], undefined, memo)).toEqual(first);
    expect(first.zone).toEqual(['лицензирования']);
  });
});

describe('evidence a person can read', () => {
  it('quotes whole phrases from the cell, as written, joining phrases side by side', () => {
    const found = detectFactors(['Необоснованный отказ в выдаче лицензии; приём граждан']);
    expect(found.discretion).toEqual(['отказ в выдаче лицензии']);
    expect(found.contact).toEqual(['приём граждан']);
    expect(found.zone).toEqual(['лицензии']);
  });

  it('keeps phrases apart that stand apart, each once', () => {
    const found = detectFactors(['Приём заявлений, проверка документов', 'Приём заявлений']);
    expect(found.contact).toEqual(['Приём заявлений']);
    expect(found.discretion).toEqual(['проверка']);
  });

  it('never quotes a fragment of a word', () => {
    const text = 'Рассмотрение обращений граждан и выдача разрешений на строительство';
    const found = detectFactors([text]);
    for (const quote of [...found.discretion, ...found.contact, ...found.zone]) {
      const at = text.indexOf(quote);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')).toBe(false);
      expect(/[\p{L}\p{N}]/u.test(text[at + quote.length] ?? ' ')).toBe(false);
    }
    expect(found.zoneIds).toEqual(['p.6/9', 'p.7/2']);
  });

  it('reads a cell given as its words, as the checks keep them', () => {
    expect(detectFactors([wordsOf('Выдача лицензий')]).zoneIds).toEqual(['p.6/9']);
    expect(detectFactors([{ text: 'Выдача лицензий' }]).zone).toEqual(['лицензий']);
    expect(detectFactors(['', 'Выдача лицензий']).zone).toEqual(['лицензий']);
  });

  it('a function heading adds its zone, quoted as written, once', () => {
    const permitting = functionTypeById('permitting')!;
    const found = detectFactors(['Выдача лицензий'], { type: permitting, text: 'Разрешительная функция' });
    expect(found.zoneIds).toEqual(['p.6/9']);
    expect(found.zone).toEqual(['лицензий', 'Разрешительная функция']);
    const twice = detectFactors(['Разрешительная функция'], { type: permitting, text: 'Разрешительная функция' });
    expect(twice.zone.filter((z) => z === 'Разрешительная функция')).toHaveLength(1);
    const control = functionTypeById('control')!;
    expect(detectFactors(['Ведение журнала'], { type: control, text: 'Контрольно-надзорная функция' }).zone).toEqual([]);
    expect(detectFactors(['Ведение журнала'], { text: 'Прочее' }).zone).toEqual([]);
  });

  it('zones are known by id', () => {
    expect(zoneById('p.6/9')?.label.ru).toBe('лицензирование и выдача разрешений');
    expect(zoneById('p.7/8')?.paragraph).toBe('p.7');
    expect(zoneById('p.6/99')).toBeUndefined();
  });
});

describe('flags', () => {
  it('flag only a post with all three factors, and name its cell', () => {
    const report = checkGrids([positionGrid([
      [1, 'Главный специалист отдела лицензирования', 'Приём заявлений, отказ в выдаче лицензии', 'Затягивание рассмотрения заявлений', 'Высокий'],
      [2, 'Специалист', 'Приём заявлений, проверка документов', 'Затягивание сроков', 'Средний'],
      [3, 'Аналитик', 'Проверка отчётов по лицензиям', 'Искажение сведений', 'Низкий'],
      [4, 'Секретарь', 'Приём граждан, выдача справок о лицензиях', 'Потеря документов', 'Низкий'],
    ], { language: 'ru' })], { today: TODAY });
    expect(report.flags.map((f) => [f.row, f.cell, f.kind, f.position])).toEqual([[5, 'B5', 'positions', 'Главный специалист отдела лицензирования']]);
    expect(report.flags[0].zones).toEqual(['p.6/9']);
    expect(Object.keys(report.flags[0].factors)).toEqual(['discretion', 'contact', 'zone']);
  });
});

describe('flags in Appendix 1', () => {
  it('name the unit\'s cell and read the heading\'s zone', () => {
    const report = checkGrids([riskGrid(['Уруксат берүү функциясы', [1, ...GOOD_RISK]])], { today: TODAY });
    expect(report.flags.map((f) => [f.cell, f.kind, f.position])).toEqual([['C6', 'risks', 'Жер ресурстары бөлүмү']]);
    expect(report.flags[0].zones).toEqual(['p.6/4', 'p.6/3', 'p.6/9']);
    expect(report.flags[0].factors.zone).toContain('Уруксат берүү функциясы');
    expect(report.flags[0].factors.contact).toEqual(['арыз берүүчүгө']);
  });
});
