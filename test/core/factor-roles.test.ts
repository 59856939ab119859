/**
 * A word that names a decision counts only where it is the post's own act: not where it names how the post
 * itself is filled, what papers are for, the field of another body, a purpose, or an act the text binds.
 * And dealings told in the passive, or from the addressee's side, are still dealings. Texts are written for
 * these tests, in the registers' own style, in Russian and Kyrgyz alike.
 */
import { detectFactors } from '../../src/order281/factors';
import { contact, discretion, zones } from './factor-texts';


describe('discretion: the post\'s own act, not a word in another role', () => {
  it('how the post itself is filled is no power to appoint, and no zone', () => {
    const own = 'Назначение на должность ведущего специалиста отдела осуществляется приказом председателя комитета.';
    expect(discretion(own)).toEqual([]);
    expect(zones(own)).toEqual([]);
    expect(discretion('Назначение на должность руководителей подведомственных учреждений')).not.toEqual([]);
    expect(zones('Назначение на должность руководителей подведомственных учреждений')).toEqual(['p.6/17']);
  });

  it('what papers are for, and a receipt for them, decide nothing; registering the right does', () => {
    expect(discretion('Приём документов на государственную регистрацию прав на недвижимое имущество')).toEqual([]);
    expect(discretion('Выдача заявителю расписки в получении документов для получения лицензии')).toEqual([]);
    expect(discretion('Государственная регистрация прав на недвижимое имущество')).not.toEqual([]);
  });

  it('the field another body is authorised in names that body\'s act, not the post\'s', () => {
    expect(discretion('Направляет запрос в орган, уполномоченный в области государственной регистрации прав')).toEqual([]);
    expect(discretion('Направляет запрос в орган, уполномоченный в сфере лицензирования образовательной деятельности')).toEqual([]);
  });

  it('finding corruption is analysis in Kyrgyz as in Russian', () => {
    expect(discretion('Министрликтеги коррупцияны аныктоо боюнча иш-чаралар')).toEqual([]);
    expect(discretion('Жер тилкесинин чек арасын аныктоо')).not.toEqual([]);
  });

  it('a Kyrgyz act followed by «үчүн» is the purpose of the papers, as «для получения» is', () => {
    expect(discretion('Уруксат берүү үчүн арыз ээси төмөнкү документтерди тапшырат:')).toEqual([]);
    expect(discretion('Курулушка уруксат берүү')).not.toEqual([]);
  });

  it('a purpose stated as the subject («Основная цель …») describes no act', () => {
    expect(discretion('Основная цель системы - сбор сведений, необходимых для принятия решений по отбору кандидатов.')).toEqual([]);
    expect(contact('Основная цель системы - сбор сведений о претендентах на должность.')).toEqual([]);
    expect(discretion('Системанын негизги максаты - талапкерлерди тандоо боюнча маалымат чогултуу.')).toEqual([]);
    expect(discretion('Отбор кандидатов на должность руководителя')).not.toEqual([]);
    expect(discretion('Основной целью деятельности комитета является выдача разрешений на строительство.')).not.toEqual([]);
  });
});

describe('discretion: an act the text binds (D1\'s exception)', () => {
  it('done automatically, in fixed cases, with an exam waived, or when every stated criterion is met', () => {
    expect(discretion('Заявление рассматривается в автоматизированном режиме информационной системой.')).toEqual([]);
    expect(discretion('Выдача удостоверения производится без сдачи экзаменов в следующих случаях:')).toEqual([]);
    expect(discretion('Күбөлүктү берүү төмөнкү учурларда сынак тапшырбастан жүргүзүлөт:')).toEqual([]);
    expect(discretion('Решение о предоставлении услуги принимается при одновременном соблюдении условий всех критериев.')).toEqual([]);
  });

  it('a sentence that does not bind the act keeps it, and the binding does not reach the next sentence', () => {
    expect(discretion('Решение о предоставлении услуги принимается должностным лицом.')).not.toEqual([]);
    expect(discretion('Сведения сверяются автоматически. Решение о предоставлении субсидии принимает начальник отдела.')).not.toEqual([]);
  });
});

describe('discretion: proposals that set a budget\'s or a purchase\'s content (D2, D5)', () => {
  it('proposing what a budget or a purchase holds, however long the item\'s name', () => {
    expect(discretion('Внесение предложений по формированию расходной части районного бюджета')).not.toEqual([]);
    expect(discretion('Готовит предложения по модернизации и приобретению компьютерной техники')).not.toEqual([]);
    expect(discretion('Готовит предложения по улучшению стиля деловой переписки')).toEqual([]);
  });

  it('filling the personnel reserve is forming it (D3)', () => {
    expect(discretion('Управление пополняет кадровый резерв специалистами')).not.toEqual([]);
  });
});

describe('contact: dealings told in the passive or from the addressee\'s side', () => {
  it('an application considered, in the passive, or checked, is the applicant\'s; forwarded to a unit, it is not', () => {
    expect(contact('Поступившие заявление и документы рассматриваются специалистом отдела.')).not.toEqual([]);
    expect(contact('Экспертиза заявления и приложенных документов проводится в течение 5 дней.')).not.toEqual([]);
    expect(contact('После регистрации заявление передается на рассмотрение в управление.')).toEqual([]);
  });

  it('a notice sent is a dealing with its addressee', () => {
    expect(contact('Специалист направляет уведомление об отказе в течение 3 дней.')).not.toEqual([]);
  });

  it('a deadline counted from an application is a rule\'s content', () => {
    expect(contact('Срок процедуры 15 дней со дня обращения.')).toEqual([]);
  });

  it('a state party to treaties is no organisation dealt with (C3), in both languages', () => {
    expect(contact('Кыргыз Республикасы катышуучусу болуп саналган эл аралык келишимдер')).toEqual([]);
    expect(contact('международные договоры, участником которых является Кыргызская Республика')).toEqual([]);
    expect(contact('Тендердин катышуучуларынын арыздарын кабыл алуу')).not.toEqual([]);
  });

  it('a unit named by its act is where the post sits, for contact as for discretion', () => {
    const post = 'Главный специалист отдела, осуществляющего выдачу разрешений';
    expect(contact(post)).toEqual([]);
    expect(discretion(post)).toEqual([]);
    expect(contact('Выдача разрешений заявителям')).not.toEqual([]);
  });
});

describe('zones: the direction of a lease', () => {
  it('premises rented for the body itself are no letting of state property (p.6/3)', () => {
    expect(zones('Жайлар жок болгон учурда ижарага алуу')).toEqual([]);
    expect(zones('Для проведения приёма взять в аренду помещение')).toEqual([]);
    expect(zones('Муниципалдык мүлктү ижарага берүү')).toEqual(['p.6/3']);
    expect(zones('Сдача в аренду государственного имущества')).toEqual(['p.6/3']);
  });
});

describe('a law speaks, or a purpose is stated, in more of the forms registers use', () => {
  it('a Kyrgyz purpose closes at «максатында»: what precedes it is a purpose, an act after it is told', () => {
    expect(contact('Жарандарга көрсөтүлүүчү кызматтардын сапатын жогорулатуу максатында')).toEqual([]);
    expect(discretion('Жер тилкелерин эс алуу максатында мыйзамсыз бөлүп берүү')).not.toEqual([]);
  });

  it('a title in “” or "" is a title, as in «»; a company\'s name in quotes is not', () => {
    expect(contact('Токтомго “Жеке жана юридикалык жактарга кызмат көрсөтүү жөнүндө” өзгөртүү киргизүү')).toEqual([]);
    expect(contact('Закон "О порядке рассмотрения обращений граждан"')).toEqual([]);
    expect(contact('Проверка ОсОО "Алтын Нур" по жалобе')).not.toEqual([]);
  });

  it('an article of a law, a power a law confers, a right held, a term defined: the law\'s content', () => {
    expect(discretion('Статья 12 закона определяет порядок предоставления земельных участков.')).toEqual([]);
    expect(discretion('Органам местного самоуправления предоставлено право распоряжения земельными участками.')).toEqual([]);
    expect(discretion('Граждане, имеющие право на предоставление жилого помещения')).toEqual([]);
    expect(discretion('Учет означает внесение изменений в базу данных')).toEqual([]);
    expect(contact('Права участников земельных отношений')).toEqual([]);
    expect(discretion('Предоставление земельных участков в аренду')).not.toEqual([]);
    expect(discretion('Постановка граждан, имеющих трёх детей, на учёт')).not.toEqual([]);
  });

  it('naming the staff responsible, papers sent for consideration, an election called, a representative named: no decision', () => {
    expect(discretion('назначить ответственного за ведение делопроизводства')).toEqual([]);
    expect(discretion('Мыйзамдын долбоору Жогорку Кеңештин кароосуна жиберилсин.')).toEqual([]);
    expect(discretion('Кайра шайлоо дайындоо')).toEqual([]);
    expect(discretion('Министр Өкмөттүн расмий өкүлү болуп дайындалсын.')).toEqual([]);
    expect(discretion('Мыйзамдын долбоору жактырылсын.')).not.toEqual([]);
  });
});

describe('decisions named by their act, in more forms', () => {
  it('orders placed and property sold (D5), subsidies and the permitting function (D1)', () => {
    expect(discretion('Размещение заказов на поставку товаров для муниципальных нужд')).not.toEqual([]);
    expect(discretion('Продажа муниципального имущества')).not.toEqual([]);
    expect(zones('Организация продажи федерального имущества')).toEqual(['p.6/3']);
    expect(discretion('Субсидирование сельскохозяйственных производителей')).not.toEqual([]);
    expect(discretion('Разрешительные и регистрационные функции')).not.toEqual([]);
  });

  it('a case opened or an investigation stopped by the body (D4); papers faked, verb first (D6); a draft prepared (D2)', () => {
    expect(discretion('Следственный отдел возбудил уголовное дело по факту мошенничества')).not.toEqual([]);
    expect(discretion('Расследование прекратили за отсутствием состава')).not.toEqual([]);
    expect(discretion('Оформляли фиктивные документы на ввоз товаров')).not.toEqual([]);
    expect(discretion('Подготавливает проект постановления о предоставлении субсидии')).not.toEqual([]);
  });

  it('the Kyrgyz title deed, «кызыл китеп», handed over is a grant, a dealing and a registration of a right', () => {
    const found = detectFactors(['Жарандарга кызыл китептерди тапшыруу']);
    expect(found.discretion).not.toEqual([]);
    expect(found.contact).not.toEqual([]);
    expect(found.zoneIds).toContain('p.6/14');
  });

  it('Kyrgyz zones told the other way round: a service rendered, money allotted (not a figure of past funding)', () => {
    expect(zones('Калкка көрсөтүлүүчү мамлекеттик кызматтардын тизмеси')).toEqual(['p.6/15']);
    expect(zones('Мектепти оңдоого 5 миллион сом бөлүү')).toContain('p.6/2');
    expect(zones('Буга чейин 5 миллион сом бөлүнүп келген')).not.toContain('p.6/2');
  });
});

describe('names and states that look like acts', () => {
  it('a body named by its field, in Kyrgyz order, or after the population it registers: no zone, no dealing (Z4, C3)', () => {
    expect(zones('Билим берүү министрлигинин жетекчилиги директорлорду чакырды')).toEqual([]);
    expect(zones('Государственная регистрационная служба сообщила о новых бланках')).toEqual([]);
    expect(contact('Специалист Департамента регистрации населения')).toEqual([]);
    expect(zones('Мектептерде билим берүү сапатын текшерүү')).toEqual(['p.7/9']);
  });

  it('heads of health bodies are posts there; citizens\' health protected is health care', () => {
    expect(zones('Резерв на должности руководителей организаций здравоохранения ведет отдел')).not.toContain('p.7/8');
    expect(zones('Жарандардын саламаттыгын сактоо тармагындагы мамлекеттик саясат')).toEqual(['p.7/8']);
  });

  it('those enrolled in the reserve and data on it are a state and a record, not forming it', () => {
    expect(zones('Сведения по лицам, зачисленным в резерв кадров')).toEqual([]);
    expect(zones('Актуализация данных в реестре по резерву кадров')).toEqual([]);
    expect(zones('Формирование резерва кадров')).toEqual(['p.6/17']);
  });

  it('a trial awaited is a time condition, no representation in court', () => {
    expect(zones('Соттук териштирүү бүтмөйүнчө кызматтан бошотууга болбойт')).toEqual([]);
  });

  it('the powers of an owner, and the people whose names were used, are no one dealt with', () => {
    expect(contact('Органу предоставлены правомочия собственника земельных участков')).toEqual([]);
    expect(contact('Паспорта оформлены на имена умерших граждан')).toEqual([]);
    expect(contact('Выдача паспортов гражданам')).not.toEqual([]);
  });

  it('the post\'s own appointment clause holds no power, whatever else it names; a tender announced is a purchase', () => {
    expect(discretion('Бухгалтер назначается на должность и освобождается от должности директором с последующим утверждением учредителем.')).toEqual([]);
    expect(discretion('Объявление тендера на закупку бланков')).not.toEqual([]);
  });

  it('a regulation named by its kind, as the subject, states its own content', () => {
    expect(discretion('Административный регламент определяет сроки предоставления жилых помещений.')).toEqual([]);
  });
});
