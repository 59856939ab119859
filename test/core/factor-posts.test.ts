/**
 * How posts and their powers are read, as registers and case reports word them: the unit a post sits in
 * against what it does, a board's members against its addressees, an inspection held against one ordered,
 * a court's own act against the body's part in court, and words that only look like a factor (elections,
 * an accusation, an identity document checked). Texts are written for these tests, in Russian and Kyrgyz.
 */
import { detectFactors } from '../../src/order281/factors';
import { contact, discretion, zones } from './factor-texts';


describe('discretion: the unit a post sits in is not what it does', () => {
  it('a department named after an act gives no discretion; the act stated gives it', () => {
    expect(discretion('Ведущий специалист отдела назначения компенсаций')).toEqual([]);
    expect(discretion('Заместитель начальника управления по вопросам предоставления субсидий')).toEqual([]);
    expect(discretion('Жөлөкпул дайындоо бөлүмүнүн башкы адиси')).toEqual([]);
    expect(discretion('Отдел осуществляет назначение компенсаций')).toEqual(['назначение']);
    expect(discretion('Башкы адис жөлөкпулдарды дайындайт')).toEqual(['дайындайт']);
  });

  it('a unit described by a participle in its own case does the act, not the post; a post so described does it', () => {
    expect(discretion('Начальник отдела, осуществляющего выдачу разрешений на строительство')).toEqual([]);
    expect(discretion('Заместитель начальника управления, ведающего предоставлением земельных участков')).toEqual([]);
    expect(discretion('Специалист отдела, осуществляющий выдачу разрешений на строительство')).toEqual(['выдачу разрешений на строительство']);
    // The evidence is quoted from the cell as written, whatever the matcher read in place of the comma.
    expect(detectFactors(['Начальник отдела, осуществляющего выдачу разрешений']).zone).toEqual(['разрешений']);
  });

  it('the unit\'s name still says the zone it works in', () => {
    expect(zones('Ведущий специалист отдела назначения компенсаций')).toEqual(['p.6/6']);
  });
});

describe('discretion: boards that pick', () => {
  it('a member of a procurement, tender or housing board decides; the board as an addressee does not', () => {
    expect(discretion('Член котировочной комиссии администрации')).toEqual(['Член котировочной комиссии']);
    expect(discretion('Входит в состав единой комиссии по осуществлению закупок')).not.toEqual([]);
    expect(discretion('Тендердик комиссиянын мүчөсү')).toEqual(['Тендердик комиссиянын мүчөсү']);
    expect(discretion('Сатып алуулар боюнча комиссиянын ишине катышат')).not.toEqual([]);
    expect(discretion('Материалы рассылаются членам конкурсной комиссии по почте')).toEqual([]);
  });

  it('a purchase conducted is a supplier chosen; a purchase mentioned is not', () => {
    expect(discretion('Организует закупки медицинского оборудования')).toEqual(['Организует закупки']);
    expect(discretion('Мамлекеттик сатып алууларды уюштурат')).toEqual(['сатып алууларды уюштурат']);
    expect(discretion('Ведёт архив документации о закупках')).toEqual([]);
  });

  it('a contract concluded is a counterparty chosen, whatever the verb\'s form', () => {
    expect(discretion('Заключает договоры аренды нежилых помещений')).toEqual(['Заключает договоры']);
  });
});

describe('discretion: words that only look like a decision', () => {
  it('elections are nobody\'s choice made in office; a choice of supplier is', () => {
    expect(discretion('Участвует в подготовке к выборам депутатов городского кенеша')).toEqual([]);
    expect(discretion('Выбор поставщика по итогам запроса котировок')).toContain('Выбор');
  });

  it('an accusation or a guilty verdict is no fine imposed; a fine is', () => {
    expect(discretion('Мурдагы башчы уурулук кылды деп айыпталууда')).toEqual([]);
    expect(discretion('Айыптуу деп табылган')).toEqual([]);
    expect(discretion('Инспектор айып пул салат')).not.toEqual([]);
  });

  it('someone appointed, or an appointment reported, is news; appointing is the power', () => {
    expect(discretion('Мурунку орун басар облустук башкармалыкка дайындалды')).toEqual([]);
    expect(discretion('Он был назначен на должность начальника управления в мае')).toEqual([]);
    expect(discretion('Был назначен министром в 2020 году')).toEqual([]);
    expect(discretion('Аким назначил родственника на должность начальника отдела')).not.toEqual([]);
  });

  it('a check of an identity document is a check of identity, the comma of the term notwithstanding', () => {
    expect(discretion('Оператор проверяет документ, удостоверяющий личность заявителя')).toEqual([]);
    expect(discretion('Оператор проверяет документ, удостоверяющий личность, и принимает решение о регистрации')).toEqual(['решение']);
    // The evidence is still quoted from the cell as it stands, comma and all.
    expect(detectFactors(['Проверяет документ, удостоверяющий личность гражданина']).contact).toEqual(['гражданина']);
  });

  it('a decision already taken, a problem solved, an estimate, a refusal to comment decide nothing', () => {
    expect(discretion('Действует по решению комиссии')).toEqual([]);
    expect(discretion('Содействует решению проблем молодёжи')).toEqual([]);
    expect(discretion('Ущерб оценивается в 2 млн сомов')).toEqual([]);
    expect(discretion('В пресс-службе отказались от комментариев')).toEqual([]);
    expect(discretion('Соттун чечими күчүнө кирди')).toEqual([]);
    expect(discretion('Обещал решить вопрос с выделением участка за вознаграждение')).not.toEqual([]);
  });

  it('words for a voluntary act, a secret ballot, a definition, a land category hold no discretion', () => {
    expect(discretion('Ыктыярдуу түрдө катышат')).toEqual([]);
    expect(discretion('Жашырын добуш берүү аркылуу шайланат')).toEqual([]);
    expect(discretion('Негизги түшүнүктөрдүн аныктамалары')).toEqual([]);
    expect(discretion('Кадастровый учёт земель сельскохозяйственного назначения')).toEqual([]);
    expect(discretion('Изменение целевого назначения земельного участка')).not.toEqual([]);
    expect(discretion('Услуга по назначению и выплате пособия')).toEqual(['назначению']);
    expect(discretion('Өз ыктыяры боюнча чечет')).not.toEqual([]);
  });

  it('a matter put before a meeting, or a criminal case opened, told as news, is no decision of the post', () => {
    expect(discretion('Выносит вопрос на обсуждение коллегии')).toEqual([]);
    expect(discretion('В отношении бывшего акима возбуждено уголовное дело')).toEqual([]);
    expect(discretion('Мурунку башчыга карата кылмыш иши козголду')).toEqual([]);
    expect(discretion('Выносит постановление о возбуждении уголовного дела')).not.toEqual([]);
  });

  it('what a law determines is bound, not decided', () => {
    expect(discretion('Размер компенсации определяется законом')).toEqual([]);
    expect(discretion('Компенсациянын өлчөмү мыйзам менен аныкталат')).toEqual([]);
    expect(discretion('Размер компенсации определяет комиссия')).not.toEqual([]);
  });

  it('a term defined is a law\'s content, no discretion', () => {
    expect(discretion('Под выездной проверкой понимается проверка, проводимая по месту деятельности')).toEqual([]);
    expect(discretion('Текшерүү деп мыйзамда көрсөтүлгөн иш-аракеттер түшүнүлөт')).toEqual([]);
  });

  it('a decision appealed, handed over or counted from is one already taken', () => {
    expect(discretion('Заявитель вправе обжаловать решение в вышестоящий орган')).toEqual([]);
    expect(discretion('Решения и действия должностных лиц органа могут быть обжалованы в суде')).toEqual([]);
    expect(zones('Решения и действия должностных лиц органа могут быть обжалованы в суде')).toEqual([]);
    expect(zones('Бул чечимге сотко даттанууга болот')).toEqual([]);
    expect(discretion('Решение направляется заявителю заказным письмом')).toEqual([]);
    expect(discretion('В течение трёх дней со дня принятия решения уведомляет заявителя')).toEqual([]);
    expect(discretion('Принимает решение о выдаче разрешения')).toContain('решение');
  });

  it('a condition or a deadline names a decision as given, not taken', () => {
    expect(discretion('В случае отказа в выдаче разрешения заявитель вправе обжаловать его в суде')).toEqual([]);
    expect(discretion('Срок рассмотрения заявления составляет 15 рабочих дней')).toEqual([]);
    expect(discretion('Рассматривает заявление и в срок 15 дней принимает решение')).toContain('Рассматривает');
  });

  it('a check by prosecutors is theirs, not the post\'s; the post\'s own check is its', () => {
    expect(discretion('Проверкой прокуратуры района выявлены нарушения')).toEqual([]);
    expect(discretion('Райондук прокуратура текшерүү жүргүздү')).toEqual([]);
    expect(discretion('В ходе проверки объекта инспектор потребовал деньги и не составил акт')).not.toEqual([]);
  });

  it('an unjust recognition as needy, a sale or a letting made unlawfully, power abused or exceeded are D6', () => {
    expect(discretion('Семью сотрудника необоснованно признали малоимущей')).not.toEqual([]);
    expect(discretion('Незаконно продал муниципальное имущество')).toEqual(['Незаконно продал']);
    expect(discretion('Превысил должностные полномочия')).toEqual(['Превысил должностные полномочия']);
    expect(discretion('Злоупотребил служебным положением')).toEqual(['Злоупотребил']);
    expect(discretion('Ыйгарым укуктарын ашыра пайдаланган')).not.toEqual([]);
  });

  it('papers the law does not require, demanded of applicants, are a decision steered (D6)', () => {
    expect(discretion('Заявителей заставляли приносить справки, которые не требуются по закону')).toEqual(['не требуются по закону']);
    expect(discretion('Арыз ээлеринен мыйзамда талап кылынбаган документтерди суратышкан')).toEqual(['мыйзамда талап кылынбаган']);
  });

  it('a duty to act left undone for a price is a decision (D6), in both languages', () => {
    expect(discretion('За непринятие мер к нарушителю получил деньги')).toEqual(['непринятие мер']);
    expect(discretion('За несоставление протокола получил деньги')).toEqual(['несоставление']);
    expect(discretion('Инспектор протоколду түзбөй, акчаны алган')).toEqual(['протоколду түзбөй']);
  });

  it('the personnel reserve as a noun is no act; forming or filling it is (Kyrgyz as Russian)', () => {
    expect(discretion('Кадрдык резервдеги талапкерлердин тизмеси')).toEqual([]);
    expect(discretion('Кадрлар резервин түзөт')).not.toEqual([]);
    expect(discretion('Талапкерлерди кадрлар резервине киргизүү')).not.toEqual([]);
  });

  it('the state\'s stock sold from its store is disposed of (D5)', () => {
    expect(discretion('Кампадагы көмүрдү сатып жатат')).not.toEqual([]);
    expect(discretion('Фонддогу буудайды арзан баада сатат')).not.toEqual([]);
  });
});

describe('discretion: grants and acceptances as posts word them', () => {
  it('a privilege granted, a design agreed, technical conditions issued, works accepted are decisions', () => {
    expect(discretion('Ишкерлерге салык жеңилдиктерин берет')).toEqual(['жеңилдиктерин берет']);
    expect(discretion('Согласует проектную документацию застройщиков')).toEqual(['Согласует']);
    expect(zones('Согласует проектную документацию застройщиков')).toEqual(['p.7/2']);
    expect(discretion('Выдача технических условий на подключение к сетям')).toEqual(['Выдача технических условий на подключение']);
    expect(discretion('Подписывает акты выполненных работ подрядчиков')).toEqual(['Подписывает акты выполненных работ']);
    expect(discretion('Аткарылган иштердин актыларына кол коёт')).toEqual(['актыларына кол коёт']);
  });
});

describe('contact: an inspection is held on someone', () => {
  it('holding an inspection is a dealing (C1), named party or not', () => {
    expect(contact('Проводит плановые и внеплановые проверки')).toEqual(['Проводит плановые и внеплановые проверки']);
    expect(contact('Текшерүүлөрдү жүргүзөт')).toEqual(['Текшерүүлөрдү жүргүзөт']);
  });

  it('an order issued on an inspection\'s findings is directed at the inspected', () => {
    expect(contact('Выносит предписания об устранении нарушений')).toEqual(['Выносит предписания об устранении нарушений']);
  });

  it('an inspection inside the service, or an order to inspect, is none', () => {
    expect(contact('Проводит служебные проверки в отношении сотрудников')).toEqual([]);
    expect(contact('Проводит проверки деятельности подведомственных учреждений')).toEqual([]);
    expect(contact('Готовит проекты приказов о проведении выездных проверок')).toEqual([]);
    expect(contact('Караштуу мекемелерде текшерүүлөрдү жүргүзөт')).toEqual([]);
  });

  it('an application considered is what an applicant submitted (C1)', () => {
    expect(contact('Рассматривает заявления о переводе помещений')).toEqual(['Рассматривает заявления']);
  });

  it('the people case reports name as the other party are contact, in both languages', () => {
    expect(contact('Вымогал деньги у бизнесмена')).toEqual(['бизнесмена']);
    expect(contact('Требовал плату с фермеров за воду')).toEqual(['фермеров']);
    expect(contact('Айыл тургундарынан жана атуулдардан акча чогулткан')).toEqual(['тургундарынан', 'атуулдардан']);
    expect(contact('Дыйкандарга жайыт бөлүп берген')).toEqual(['Дыйкандарга']);
    expect(contact('Студенттерден акча талап кылган')).toEqual(['Студенттерден']);
  });

  it('a clause that counts those in the reserve deals with no one', () => {
    expect(contact('В резерве управленческих кадров состоит 312 участников')).toEqual([]);
    expect(contact('Участники конкурса подают документы')).not.toEqual([]);
  });

  it('a firm named as the other party is contact; citizens of the Republic as holders of a right are not', () => {
    expect(contact('Вымогал деньги у директора ОсОО за подписание акта')).toEqual(['ОсОО']);
    expect(contact('Согласовывал сделки с фирмой своего брата')).toEqual(['фирмой']);
    expect(contact('Кыргыз Республикасынын жарандарынын шайлоо укугу')).toEqual([]);
    expect(contact('Кыргыз Республикасынын жарандарына жер участоктору берилет')).not.toEqual([]);
  });
});

describe('contact: words built on a party\'s root that name no party', () => {
  it('a degree, a consumer market, a driving licence, a period under audit, goods in circulation name no one dealt with', () => {
    expect(contact('Кандидат юридических наук')).toEqual([]);
    expect(contact('Илимдеринин кандидаты')).toEqual([]);
    expect(contact('Контроль на потребительском рынке')).toEqual([]);
    expect(contact('Жалобы потребителей на качество услуг')).toEqual(['потребителей']);
    expect(contact('Бланки водительских удостоверений хранятся в сейфе')).toEqual([]);
    expect(contact('Отчёт за проверяемый период')).toEqual([]);
    expect(discretion('Отчёт за проверяемый период')).toEqual([]);
    expect(contact('Надзор за обращением лекарственных средств')).toEqual([]);
    expect(contact('Рассматривает обращения граждан')).not.toEqual([]);
  });

  it('international bodies and a meeting\'s participants are no citizens or organisations dealt with', () => {
    expect(contact('Взаимодействует с международными организациями')).toEqual([]);
    expect(contact('Эл аралык уюмдар менен кызматташат')).toEqual([]);
    expect(contact('Семинарга катышуучулар сертификат алышты')).toEqual([]);
    expect(contact('Взаимодействует с общественными организациями')).not.toEqual([]);
  });
});

describe('zones: the activity, not the word', () => {
  it('a court\'s own act is no representation of the Republic in court (p.6/13); the body in court is', () => {
    expect(zones('Решение суда вступило в законную силу')).toEqual([]);
    expect(zones('Сотрудник признан судом виновным')).toEqual([]);
    expect(zones('Представляет интересы министерства в судах')).toEqual(['p.6/13']);
    expect(zones('Готовит иски и участвует в судебных заседаниях')).toEqual(['p.6/13']);
    expect(zones('Мекеменин атынан сотто катышат')).toEqual(['p.6/13']);
  });

  it('a staff member\'s medical check is no health care (p.7/8); health care given is', () => {
    expect(zones('Организует прохождение медицинского осмотра сотрудниками')).toEqual([]);
    expect(zones('Принимает медицинские справки от кандидатов')).toEqual([]);
    expect(zones('Оказывает медицинскую помощь населению')).toEqual(['p.7/8']);
  });

  it('prices watched on a market are no purchase (p.6/1)', () => {
    expect(zones('Ведёт мониторинг цен на товары первой необходимости')).toEqual([]);
    expect(zones('Анализ цен социально значимых товаров')).toEqual([]);
    expect(zones('Анализ цен закупаемых товаров')).toEqual(['p.6/1']);
    expect(zones('Обоснование цены товаров по контракту')).toContain('p.6/1');
  });

  it('a vehicle tax, damage a budget suffered, a diploma someone holds place a text in no zone', () => {
    expect(zones('Начисление транспортного налога')).toEqual([]);
    expect(zones('Бюджетке 3 млн сом зыян келтирилген')).toEqual([]);
    expect(zones('Требования к кандидату: наличие диплома о высшем образовании')).toEqual([]);
    expect(zones('Выдача дипломов выпускникам')).toEqual(['p.7/9']);
    expect(zones('Нецелевое использование бюджетных средств')).toEqual(['p.6/2']);
  });

  it('words that only begin like a zone\'s word place a text in none; the zone\'s own words do', () => {
    expect(zones('Ситуация складывается сложная')).toEqual([]);
    expect(zones('Хранение на складе гуманитарной помощи')).toEqual(['p.6/16']);
    expect(zones('Охотно консультирует коллег')).toEqual([]);
    expect(zones('Выдача разрешений на охоту')).toContain('p.7/3');
    expect(zones('Балыкчы шаарынын мэриясынын адиси')).toEqual([]);
    expect(zones('Специалист Семенов А. А.')).toEqual([]);
    expect(zones('Жалобы учащаются')).toEqual([]);
    expect(zones('Приём учащихся в школу')).toEqual(['p.7/9']);
    expect(zones('Работает по трудовому контракту')).toEqual([]);
  });

  it('«бюджетник» is a public-sector employee, no budget (p.6/2); its evidence is no fragment of the word', () => {
    const found = detectFactors(['Квартиры выданы бюджетникам района']);
    expect(found.zoneIds).toEqual(['p.6/5']);
    expect(found.zone).toEqual(['Квартиры']);
    expect(zones('Исполнение бюджета района')).toEqual(['p.6/2']);
  });
});

describe('posts as job descriptions word them', () => {
  it('establishing whether the grounds for a refusal exist is the decision; the grounds listed are not', () => {
    expect(discretion('Специалист устанавливает наличие или отсутствие оснований для отказа в выдаче разрешения')).toContain('устанавливает наличие или отсутствие оснований');
    expect(discretion('Специалист проверяет наличие документов, указанных в перечне')).toEqual([]);
    expect(discretion('Основаниями для отказа в приёме документов являются')).toEqual([]);
  });

  it('staffing a body is choosing whom to hire, in the zone of appointments to posts', () => {
    const staffing = 'Руководит комплектованием управления кадрами требуемой квалификации';
    expect(discretion(staffing)).toEqual(['комплектованием управления кадрами']);
    expect(zones(staffing)).toEqual(['p.6/17']);
  });

  it('ties kept with outside organisations are contact; ties between the body\'s own units are not', () => {
    expect(contact('Поддерживает связи с учебными заведениями и службами занятости')).toEqual(['связи с учебными']);
    expect(contact('Обеспечивает связь между структурными подразделениями')).toEqual([]);
  });

  it('a business inspected is dealt with, in Kyrgyz as in Russian', () => {
    expect(contact('Шаарда дарыканаларды текшерүү башталды')).toEqual(['дарыканаларды текшерүү']);
    expect(contact('Бөлүм ички документтерди текшерет')).toEqual([]);
  });

  it('goods or services supplied to a body are procurement', () => {
    expect(zones('Директор получал деньги за то, что учреждению поставляла товары определённая фирма')).toEqual(['p.6/1']);
  });

  it('living conditions assessed place no text in the housing fund; housing allotted does', () => {
    expect(zones('Специалист оценивает жилищно-бытовые условия заявителя')).toEqual([]);
    expect(zones('Специалист готовит решение о предоставлении жилого помещения')).toEqual(['p.6/5']);
  });
});
