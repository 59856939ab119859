/**
 * The three factors read as phrases, with the cases of issue 12: what should flag a post, what should
 * not, and evidence a person can read.
 */
import { detectFactors, FactorMemo, factorHits, zoneById } from '../../src/order281/factors';
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
    expect(found.discretion).toEqual(expect.arrayContaining(['Организация и проведение конкурсов', 'аттестации', 'формирование кадрового резерва']));
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
    // A payment named by what is done with it: received, awarded, accrued.
    expect(detectFactors(['Ранее такие выплаты получали только многодетные матери']).zoneIds).toEqual(['p.6/6']);
    expect(detectFactors(['Выплаты по уходу за ребёнком']).zoneIds).toEqual([]);
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

describe('context that says the word is no power of the post', () => {
  it('a law or regulation as the subject of its sentence describes itself, not a post; a reference to it does not', () => {
    const preamble = 'Ушул Мыйзам мамлекеттик жөлөкпулдарды белгилейт, жарандардын арыздарын кароо жана дайындоо тартибин аныктайт.';
    expect(detectFactors([preamble]).discretion).toEqual([]);
    expect(detectFactors([preamble]).contact).toEqual([]);
    expect(detectFactors(['Обращаем внимание юридических лиц и граждан, что разрешение обязательно. Приём граждан по вторникам']).contact).toEqual(['Приём граждан']);
    expect(detectFactors(['Настоящий Закон регулирует отношения, связанные с рассмотрением обращений граждан. Приём граждан']).contact).toEqual(['Приём граждан']);
    // «Ушул Мыйзамда каралган» (provided for in this Law) is a reference inside a sentence about people.
    expect(detectFactors(['3) ушул Мыйзамда каралган талаптарга жооп берген, ачык тандоодон өткөн жарандар']).contact).toEqual(['жарандар']);
  });

  it('creating obstacles and hiding are the freedom to delay or steer (p.10)', () => {
    expect(detectFactors(['Кызмат адамдары экспорттоодо жасалма тоскоолдуктарды жараткан']).discretion).toEqual(['тоскоолдуктарды жараткан']);
    expect(detectFactors(['Создание административных барьеров']).discretion).not.toEqual([]);
    // Hiding a tender or a violation decides what others may see or what a check finds.
    expect(detectFactors(['Администрация тендерлерди жашырган']).discretion).toEqual(['жашырган']);
    expect(detectFactors(['Сокрытие выявленных нарушений']).discretion).toEqual(['Сокрытие']);
  });

  it('a sentence about the form a decision is written in is not about taking it', () => {
    expect(detectFactors(['Решение о предоставлении (отказе в предоставлении) государственной услуги оформляется уведомлением.']).discretion).toEqual([]);
    expect(detectFactors(['Решение о принятии на учет, либо об отказе в принятии на учет оформляется в форме постановления.']).discretion).toEqual([]);
    // Only its own sentence: the next one decides.
    expect(detectFactors(['Решение оформляется приказом. Рассматривает заявления о выдаче лицензий']).discretion).toEqual(['Рассматривает']);
  });

  it('a law\'s title in quotes names the law, not what the post does', () => {
    expect(detectFactors(['Семинары по применению Закона «О государственных пособиях и компенсациях»']).zoneIds).toEqual([]);
    expect(detectFactors(['«Мамлекеттик жөлөкпулдар жөнүндө» Мыйзамын түшүндүрүү']).zoneIds).toEqual([]);
    // Words outside the title still count, and quotes that are no title are read.
    expect(detectFactors(['Назначение пособий по Закону «О государственных пособиях»']).zone).toEqual(['пособий']);
    expect(detectFactors(['Выдача «разрешений на строительство»']).zoneIds).toContain('p.6/9');
  });

  it('a purpose, a procedure, another body\'s consent or the fact of an act is no decision of the post', () => {
    expect(detectFactors(['Методическая помощь гражданам в оформлении документов для назначения мер социальной поддержки']).discretion).toEqual([]);
    // Adopting a procedure is norm-making (p.5), but a list's approval named inside a rule's title is not.
    expect(detectFactors(['Утвержден порядок отбора кандидатов']).discretion).not.toEqual([]);
    expect(detectFactors(['Правила формирования, ведения и утверждения регионального перечня услуг']).discretion).toEqual([]);
    expect(detectFactors(['Визит проводится только по согласованию с прокуратурой']).discretion).toEqual([]);
    expect(detectFactors(['Факт выдачи задания заявителю регистрируется в журнале']).discretion).toEqual([]);
    expect(detectFactors(['Организационно-техническое обеспечение проведения конкурсов и аттестаций']).discretion).toEqual([]);
    expect(detectFactors(['Организационно-техническое обеспечение проведения конкурсов на замещение должностей, аттестаций служащих']).discretion).toEqual([]);
    expect(detectFactors(['Проверяет документы на предмет их соответствия установленному перечню']).discretion).toEqual([]);
    // Answering an appeal or complaint grants no right; considering an application for one does.
    expect(detectFactors(['Рассмотрение обращений граждан']).discretion).toEqual([]);
    expect(detectFactors(['Жарандардын кайрылууларын кароо']).discretion).toEqual([]);
    expect(detectFactors(['Рассмотрение заявлений о выдаче разрешений']).discretion).not.toEqual([]);
    expect(detectFactors(['Жер участогун берүү жөнүндө арыздарды кароо']).discretion).not.toEqual([]);
    // The same words as the post's own act stay discretion.
    expect(detectFactors(['Назначение мер социальной поддержки']).discretion).toEqual(['Назначение']);
    expect(detectFactors(['Проверка полноты и достоверности сведений']).discretion).toEqual(['Проверка']);
  });

  it('Kyrgyz: a fact reported as found («аныкталды») is no power; determining («аныктоо») and a check that decides its outcome are', () => {
    expect(detectFactors(['Коррупция эң көп катталган орган экени аныкталды']).discretion).toEqual([]);
    expect(detectFactors(['Каражаттын сарпталышы текшерилип, зыян келтирилгендиги аныкталды']).discretion).toEqual(['текшерилип']);
    expect(detectFactors(['Документтерди текшерүү, бузууларды аныктоо']).discretion).toEqual(['текшерүү', 'аныктоо']);
  });

  it('«архитектурно-планировочное задание» is issued on a decision, unlike a copy of a town plan', () => {
    expect(detectFactors(['Выдача архитектурно-планировочного задания']).discretion).toEqual(['Выдача архитектурно-планировочного задания']);
    expect(detectFactors(['Выдача копии градостроительного плана']).discretion).toEqual([]);
    // Issuing the plan or permit itself decides for or against the applicant (D1), in either word order; drafting a contract sets its content (D2).
    expect(detectFactors(['Оформление и выдача градостроительного плана земельного участка']).discretion).not.toEqual([]);
    expect(detectFactors(['Выдача заявителю разрешений']).discretion).toEqual(['Выдача заявителю разрешений']);
    expect(detectFactors(['Задание или разрешение выдаются заявителю']).discretion).not.toEqual([]);
    expect(detectFactors(['Формирование проекта контракта']).discretion).toEqual(['Формирование проекта контракта']);
  });

  it('a municipality («муниципальное образование») is no education, taxes paid into a budget no budget work', () => {
    expect(detectFactors(['Контроль, осуществляемый администрацией муниципального образования']).zoneIds).not.toContain('p.7/9');
    expect(detectFactors(['Контроль за своевременностью взносов в бюджет обязательных платежей']).zoneIds).not.toContain('p.6/2');
    expect(detectFactors(['Исполнение бюджета']).zoneIds).toEqual(['p.6/2']);
    // How a body is paid for is no budget work.
    expect(detectFactors(['Мекеме республикалык бюджеттен каржыланат']).zoneIds).toEqual([]);
    expect(detectFactors(['Содержание учреждения за счет средств республиканского бюджета']).zoneIds).toEqual([]);
    expect(detectFactors(['Учреждение финансируется из бюджета']).zoneIds).toEqual([]);
  });

  it('citizens or the population named only as whose support, health or numbers a policy concerns are no contact', () => {
    for (const text of ['Формы государственной поддержки граждан', 'Санитарно-эпидемиологическое благополучие населения', 'Численность населения района', 'Жарандардын укуктарын коргоо', 'Калктын ден соолугун чыңдоо'])
      expect(detectFactors([text]).contact).toEqual([]);
    expect(detectFactors(['Приём граждан по вопросам поддержки']).contact).toEqual(['Приём граждан']);
  });

  it('contact: the public addressed, guardians, applicants filing, recipients of an allocation, a person summoned', () => {
    for (const text of [
      'По вопросам получения разрешения обращайтесь в отдел архитектуры',
      'Назначение опекуна (попечителя) над совершеннолетним',
      'Сотрудники подают заявление о принятии на учет',
      'Сорок человек получили землю через поддельные решения',
      'Уведомление о необходимости прибыть к инспектору',
      // Issuing a document hands it to its holder; checking what an applicant submitted, and sectoral control, deal with him.
      'Выдача архитектурно-планировочного задания',
      'Оформление и выдача градостроительного плана земельного участка',
      'Экспорттоого лицензияларды берүү',
      'Оценка представленных документов и проверка их достоверности',
      'Проверка сведений, указанных в заявлении',
      'Муниципальный земельный контроль',
    ]) expect(detectFactors([text]).contact).not.toEqual([]);
  });
});

describe('powers as p.2 of the Order names them, in verb and object', () => {
  it('issuing a conclusion, extending, exempting, recognising as needy, setting a tariff, taking onto a register (ru and ky)', () => {
    for (const text of [
      'Даёт заключение о соответствии проекта',
      'Продление срока действия лицензии',
      'Освобождение от уплаты сборов',
      'Признание граждан нуждающимися в жилье',
      'Устанавливает тарифы на услуги',
      'Ставит на учет нуждающихся',
      'Үй-бүлөлөрдү кезекке коюу',
      'Ижара мөөнөтүн узартуу',
    ]) expect(detectFactors([text]).discretion).not.toEqual([]);
  });

  it('a citizen\'s application for a decision is not the decision', () => {
    expect(detectFactors(['Сотрудники подают заявление о принятии на учет']).discretion).toEqual([]);
  });
});

describe('intake and admission, as an out-of-corpus audit read them wrong', () => {
  it('a bound check of an applicant\'s papers is contact, not discretion (D4)', () => {
    const found = detectFactors(['Специалист', 'Устанавливает личность заявителя путем проверки документов; проверяет паспорт заявителя; проверка комплектности документов']);
    expect(found.discretion).toEqual([]);
    expect(found.contact).not.toEqual([]);
  });

  it('a passport shown as proof of identity places no text in the services zone; a passport issued does', () => {
    expect(detectFactors(['Заявитель представляет заявление и паспорт или иной документ, удостоверяющий личность']).zoneIds).toEqual([]);
    expect(detectFactors(['Заявление о приеме, паспорт родителя']).zoneIds).not.toContain('p.6/15');
    expect(detectFactors(['Паспорт алуу үчүн жарандардын жеке катышуусу талап кылынат']).zoneIds).toEqual(['p.6/15']);
  });

  it('a lyceum and a gymnasium in their cases, and a first class, are education', () => {
    for (const text of ['Прием в 10 класс лицея', 'Учащиеся гимназии', 'Зачисление в первый класс', 'Гимназия-интернатка окуучуларды кабыл алуу', 'Балдарды 1-класска кабыл алуу']) {
      expect(detectFactors([text]).zoneIds).toContain('p.7/9');
    }
  });

  it('admitting children to a school is a decision over them; the application for it, or a right to it, is not', () => {
    const admitted = detectFactors(['Прием детей в первый класс школы']);
    expect(admitted.discretion).not.toEqual([]);
    expect(detectFactors(['Школа может разрешить прием детей в более раннем возрасте']).discretion).not.toEqual([]);
    expect(detectFactors(['Прием заявлений о зачислении в школу']).discretion).toEqual([]);
    expect(detectFactors(['Право на первоочередное зачисление в школу']).discretion).toEqual([]);
  });

  it('«по версии следствия» tells a case as news: no investigation zone', () => {
    expect(detectFactors(['По версии следствия, инженер пообещал предоставить кубометры леса на вырубку']).zoneIds).toEqual(['p.7/3']);
  });
});

describe('reading many rows', () => {
  it('hands out no evidence as one frozen value, so no row can change another\'s', () => {
    const none = detectFactors(['Ички документтерди даярдоо']);
    expect(none).toEqual({ discretion: [], contact: [], zone: [], zoneIds: [] });
    expect(detectFactors(['Ведение делопроизводства'])).toBe(none);
    expect(Object.isFrozen(none.discretion)).toBe(true);
    expect(() => (none.zoneIds as string[]).push('p.6/9')).toThrow(TypeError);
    const some = detectFactors(['Распределение бюджетных средств']);
    expect(some.contact).toBe(none.contact);
    expect(Object.isFrozen(some.contact)).toBe(true);
  });

  it('remembers short texts only, and answers the same from memory', () => {
    const memo = new FactorMemo();
    const long = `Приём заявлений граждан ${'и рассмотрение документов '.repeat(5)}`;
    const first = detectFactors(['Отдел лицензирования', long], undefined, memo);
    expect([...memo.texts.keys()]).toEqual(['Отдел лицензирования']);
    expect(detectFactors(['Отдел лицензирования', long], undefined, memo)).toEqual(first);
    expect(first.zone).toEqual(['лицензирования']);
  });

  it('stops remembering a column whose texts never come back, and answers the same without memory', () => {
    const memo = new FactorMemo();
    const row = (n: number) => [`Выдача лицензий № ${n}`, 'Отдел лицензирования'];
    for (let n = 0; n < 300; n++) detectFactors(row(n), undefined, memo);
    // 64 numbered functions noted as seen, then none; the unit, which comes back, stays remembered.
    expect(memo.texts.size).toBe(65);
    expect(memo.texts.get('Отдел лицензирования')).not.toBe(0);
    expect(memo.remembers(0)).toBe(false);
    expect(memo.remembers(1)).toBe(true);
    expect(detectFactors(row(301), undefined, memo)).toEqual(detectFactors(row(301)));
  });

  it('keeps remembering a column while one text in ten comes back', () => {
    const memo = new FactorMemo();
    memo.asked[0] = 63;
    expect(memo.remembers(0)).toBe(true);
    memo.asked[0] = 70;
    memo.cameBack[0] = 7;
    expect(memo.remembers(0)).toBe(true);
    memo.cameBack[0] = 6;
    expect(memo.remembers(0)).toBe(false);
    expect(memo.remembers(1)).toBe(true);
  });

  it('shares a list only between rows whose lists hold the same phrases, however many', () => {
    const memo = new FactorMemo();
    const budget = 'Распределение бюджетных средств';
    const permits = `${budget}; выдача разрешений на строительство`;
    const licences = `${permits}; отказ в выдаче лицензии`;
    expect(detectFactors([licences], undefined, memo).discretion).toEqual(['Распределение', 'выдача разрешений на строительство', 'отказ в выдаче лицензии']);
    expect(detectFactors([budget], undefined, memo).discretion).toEqual(['Распределение']);
    expect(detectFactors([permits], undefined, memo).discretion).toEqual(['Распределение', 'выдача разрешений на строительство']);
    expect(detectFactors([budget], undefined, memo).zoneIds).toEqual(['p.6/2']);
    expect(detectFactors([licences], undefined, memo).zoneIds).toEqual(['p.6/2', 'p.6/9', 'p.7/2']);
  });

  it('shares no list when told not to, and answers the same', () => {
    const memo = new FactorMemo({ shareLists: false });
    const risk = (n: number) => `Специалист может необоснованно отказать в выдаче лицензии заявителю, обращение № ${n}`;
    const one = detectFactors([risk(1)], undefined, memo);
    const two = detectFactors([risk(2)], undefined, memo);
    expect(two.discretion).not.toBe(one.discretion);
    expect(two).toEqual(one);
    expect(memo.lists.size).toBe(0);
    expect(new FactorMemo().shareLists).toBe(true);
  });

  it('gives rows that quote the same phrases one frozen list, and each row its own phrases', () => {
    const memo = new FactorMemo();
    const risk = (n: number) => `Специалист может необоснованно отказать в выдаче лицензии заявителю, обращение № ${n} от ${2000 + n} года`;
    const one = detectFactors([risk(1)], undefined, memo);
    const two = detectFactors([risk(2)], undefined, memo);
    expect(two.discretion).toBe(one.discretion);
    expect(two.zoneIds).toBe(one.zoneIds);
    expect(Object.isFrozen(one.discretion)).toBe(true);
    const other = detectFactors(['Распределение бюджетных средств'], undefined, memo);
    expect(other.discretion).toEqual(['Распределение']);
    expect(other.zoneIds).toEqual(['p.6/2']);
    expect(one.discretion).toEqual(detectFactors([risk(1)]).discretion);
    expect(one.zoneIds).toEqual(['p.6/9']);
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
    const found = detectFactors(['Выдача лицензий'], { functionType: permitting, text: 'Разрешительная функция' });
    expect(found.zoneIds).toEqual(['p.6/9']);
    expect(found.zone).toEqual(['лицензий', 'Разрешительная функция']);
    const twice = detectFactors(['Разрешительная функция'], { functionType: permitting, text: 'Разрешительная функция' });
    expect(twice.zone.filter((z) => z === 'Разрешительная функция')).toHaveLength(1);
    const control = functionTypeById('control')!;
    expect(detectFactors(['Ведение журнала'], { functionType: control, text: 'Контрольно-надзорная функция' }).zone).toEqual([]);
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
