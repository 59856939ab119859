/**
 * The phrases and contexts that decide a factor where a single word would mislead: the act against the
 * noun («формирование резерва» against «попасть в резерв»), a fact stated against a power used, a record
 * of a procedure against the procedure, a rule of law against a dealing. Texts are written for these
 * tests, in the registers' own style, in Russian and Kyrgyz alike.
 */
import { detectFactors } from '../../src/order281/factors';
import { contact, discretion, zones } from './factor-texts';


describe('discretion: the act, not the noun', () => {
  it('forming the personnel reserve is a choice; wanting to get into it, or being in it, is not', () => {
    expect(discretion('Формирование резерва управленческих кадров министерства')).toEqual(['Формирование резерва']);
    expect(discretion('Резерв кадров формируется из числа прошедших конкурс')).not.toEqual([]);
    expect(discretion('Граждане, желающие попасть в кадровый резерв, направляют резюме по почте')).toEqual([]);
    expect(discretion('На 1 января в кадровом резерве состоят 120 человек')).toEqual([]);
    expect(zones('На 1 января в кадровом резерве состоят 120 человек')).toEqual([]);
    expect(zones('Улуттук кадрлар резервинде азыр 40 киши турат')).toEqual([]);
    expect(zones('Кадрлар резервин түзүү жана жүргүзүү')).toEqual(['p.6/17']);
  });

  it('promotion weighs merit: it is appointment to a higher post', () => {
    expect(discretion('Обеспечение должностного роста муниципальных служащих')).toEqual(['должностного роста']);
  });

  it('a norm adopted or amended is norm-making; a record amended is not', () => {
    expect(discretion('Внесение изменений в положение о порядке назначения стипендий')).toContain('Внесение изменений');
    expect(discretion('Внесение изменений в записи журнала регистрации')).toEqual([]);
    expect(discretion('Тендер өткөрүүнүн жаңы тартиби бекитилет')).toEqual(['тартиби бекитилет']);
    expect(discretion('Мыйзамга жаңы ченем киргизилди')).toEqual(['ченем киргизилди']);
  });

  it('a plan of the body\'s own measures is planning, no decision over anyone', () => {
    expect(discretion('Утверждение плана мероприятий по противодействию коррупции на 2027 год')).toEqual([]);
    expect(discretion('Утверждение проекта планировки территории')).not.toEqual([]);
  });

  it('a grant named from the applicant\'s side is the grant; applying for it is not', () => {
    expect(discretion('Приобретение прав на земельные участки под гаражами')).toEqual(['Приобретение прав на земельные участки']);
    expect(discretion('Сбор документов, необходимых для получения лицензии')).toEqual([]);
    expect(discretion('Регистрация заявлений о получении разрешения на вырубку')).toEqual([]);
  });

  it('property handed over free of charge, and state stock sold, are disposals (D5)', () => {
    expect(discretion('Передача земельных участков бесплатно в собственность ветеранам')).not.toEqual([]);
    expect(discretion('Мекеме запастагы унду базардан арзан баада сатат')).not.toEqual([]);
    expect(discretion('Фонд курттаган унун арзан баада сатып жатат')).not.toEqual([]);
    expect(discretion('Дыйкандар буудайды базарда сатышат деп айтылды')).toEqual([]);
  });

  it('a decision taken unlawfully, partially or out of turn shows the freedom it abuses (D6)', () => {
    expect(discretion('Незаконно выделены участки под застройку')).toEqual(['Незаконно выделены участки']);
    expect(discretion('Незаконные поставки товаров через границу')).toEqual([]);
    expect(discretion('Мыйзамсыз пара берүү')).toEqual([]);
    expect(discretion('Жайыт жерлери мыйзамсыз бөлүнгөн')).toEqual(['мыйзамсыз бөлүнгөн']);
    expect(discretion('Предвзятое отношение к отдельным участникам')).toEqual(['Предвзятое']);
    expect(discretion('Жилье получили в обход очереди')).toEqual(['в обход очереди']);
    expect(discretion('Турак жай кезексиз берилген')).toEqual(['Турак жай кезексиз берилген']);
    expect(discretion('Экспертиза жүргүзүүдө калыстык сакталбайт')).toEqual(['калыстык сакталбайт']);
  });
});

describe('discretion: decisions named by their act', () => {
  it('registering a right is D1; drawing up a protocol of an offence is D4, taking the minutes of a meeting is not', () => {
    expect(discretion('Регистрация прав на объекты недвижимости')).toEqual(['Регистрация прав']);
    expect(discretion('Кыймылсыз мүлккө укуктарды каттоо')).not.toEqual([]);
    expect(discretion('Составляет протоколы об административных правонарушениях')).toEqual(['Составляет протоколы об административных правонарушениях']);
    expect(discretion('Составление протокола заседания рабочей группы')).toEqual([]);
  });

  it('establishing a disability decides a person\'s status; examining him deals with him', () => {
    expect(discretion('Установление группы инвалидности')).toEqual(['Установление группы инвалидности']);
    expect(contact('Освидетельствование лиц, направленных на медико-социальную экспертизу')).toEqual(['Освидетельствование']);
    expect(contact('Составление протоколов об административных правонарушениях')).not.toEqual([]);
  });
});

describe('discretion: orders, examinations and contracts', () => {
  it('an order issued to the inspected, an examination taken, a contract drafted or concluded (both languages)', () => {
    expect(discretion('Выдача предписаний об устранении нарушений')).toEqual(['Выдача предписаний об устранении нарушений']);
    expect(discretion('Прием экзаменов на право управления транспортными средствами')).toEqual(['Прием экзаменов']);
    expect(discretion('Жеткирүүчүлөр менен келишим түзүү')).toEqual(['келишим түзүү']);
    expect(discretion('Подготовка договоров аренды')).toEqual(['Подготовка договоров']);
    expect(discretion('Ишкерлерге патент берүү')).toEqual(['патент берүү']);
    expect(discretion('Выдача водительских удостоверений')).toEqual(['Выдача водительских удостоверений']);
  });

  it('disposing of property is D5; registering property is D1', () => {
    expect(discretion('Распоряжение муниципальным имуществом')).toEqual(['Распоряжение муниципальным имуществом']);
    // «распоряжение» is also an order, a document: disposing takes the instrumental case.
    expect(discretion('Распоряжение правительства о перечне государственного имущества')).toEqual([]);
    expect(discretion('Жер участокторун тескөө')).toEqual(['тескөө']);
    expect(discretion('Регистрация имущества юридических лиц')).toEqual(['Регистрация имущества']);
  });

  it('a case of an administrative offence deals with the offender, and is no criminal case', () => {
    const found = detectFactors(['Рассмотрение дел об административных правонарушениях и назначение административных наказаний']);
    expect(found.contact).not.toEqual([]);
    expect(detectFactors(['Принятие решений о возбуждении дел об административных правонарушениях']).zoneIds).not.toContain('p.6/11');
    expect(detectFactors(['Возбуждение уголовных дел']).zoneIds).toEqual(['p.6/11']);
    expect(contact('Административдик укук бузуулар жөнүндө иштерди кароо')).not.toEqual([]);
  });

  it('a medical examination of the staff is no consideration of a case', () => {
    expect(discretion('Кызматкерлерди медициналык кароодон өткөрүү')).toEqual([]);
    expect(discretion('Жарандардын арыздарын кароо')).not.toEqual([]);
  });
});

describe('discretion: a decision steered (D6), in the risk registers\' own words', () => {
  it('documents demanded beyond the rules, terms tailored to one bidder, prices inflated, an outcome bought', () => {
    expect(discretion('Документтерди кабыл алууда негизсиз талаптарды коюу')).toEqual(['негизсиз талаптарды']);
    expect(discretion('Истребование у заявителя дополнительных документов')).not.toEqual([]);
    expect(discretion('Заявитель вправе представить дополнительные документы')).toEqual([]);
    expect(discretion('Техническое задание составлено под конкретного поставщика')).toContain('под конкретного поставщика');
    expect(discretion('Тендердик документацияны белгилүү бир катышуучуга ыңгайлаштыруу')).toEqual(['белгилүү бир катышуучуга']);
    expect(discretion('Необоснованное завышение начальной цены контракта')).toEqual(['завышение начальной цены']);
    expect(discretion('Спорт шаймандарын кымбат баада сатып алуу')).not.toEqual([]);
    expect(discretion('Вознаграждение за положительное заключение экспертизы')).toEqual(['положительное заключение']);
    expect(discretion('Текшерүүнүн жыйынтыгын бурмалоо')).toEqual(['Текшерүүнүн жыйынтыгын бурмалоо']);
    expect(discretion('Маалыматты бурмалоо')).toEqual([]);
    expect(discretion('Хищение средств путем завышения объемов работ')).toEqual([]);
    expect(discretion('Фальсификация результатов экзамена')).toEqual(['Фальсификация результатов']);
  });

  it('the party a decision favours is someone dealt with (C2), in both languages', () => {
    expect(contact('Принятие решения в пользу заинтересованного лица')).toEqual(['заинтересованного лица']);
    expect(contact('Кызыкдар тараптардын пайдасына чечим кабыл алуу')).toEqual(['Кызыкдар тараптардын пайдасына']);
    expect(contact('Включение в список нуждающихся лиц без оснований')).toEqual(['нуждающихся лиц']);
  });
});

describe('Kyrgyz reads as Russian does', () => {
  it('tender documents, a conclusion, a planning assignment drafted or issued; pupils admitted; state property privatised', () => {
    expect(discretion('Конкурстук документтерди даярдоо')).toEqual(['Конкурстук документтерди даярдоо']);
    expect(discretion('Экспертизанын корутундусун даярдоо')).toEqual(['корутундусун даярдоо']);
    expect(zones('Экспертизанын корутундусун даярдоо')).toEqual(['p.6/10']);
    expect(discretion('Архитектуралык-пландоо тапшырмасын берүү')).toEqual(['пландоо тапшырмасын берүү']);
    expect(discretion('Кызматкерлерге тапшырма берүү')).toEqual([]);
    expect(detectFactors(['Мектепке балдарды кабыл алуу']).contact).toEqual(['балдарды кабыл алуу']);
    expect(discretion('Мамлекеттик мүлктү менчиктештирүү')).toEqual(['менчиктештирүү']);
    expect(discretion('Приватизация муниципального имущества')).toEqual(['Приватизация']);
  });

  it('land «жерлерин» (its lands) let out is land, as «жерди» is', () => {
    expect(zones('Айыл чарба жерлерин ижарага берүү')).toContain('p.6/4');
    expect(discretion('Айыл чарба жерлерин ижарага берүү')).not.toEqual([]);
  });

  it('money spent («сарптоо») is budget execution', () => {
    expect(zones('Каражаттарды сарптоону көзөмөлдөө')).toEqual(['p.6/2']);
  });
});

describe('discretion: a fact, a record or an offence, not a power', () => {
  it('the offence someone was convicted of names no decision', () => {
    expect(discretion('Реестр лиц, осужденных за злоупотребление должностными полномочиями')).toEqual([]);
    expect(discretion('Кызмат абалынан кыянаттык менен пайдалануу үчүн жоопкерчиликке тартылган адамдар')).toEqual([]);
  });

  it('being the subject of a check is news about the check', () => {
    expect(discretion('Данные о выдаче субсидий стали предметом проверки прокуратуры')).toEqual([]);
  });

  it('a record of a procedure, and a result written down, are logging', () => {
    expect(discretion('Заполняется карточка рассмотрения обращения')).toEqual([]);
    expect(contact('Заполняется карточка рассмотрения заявления')).toEqual([]);
    expect(discretion('В протоколе фиксируются результаты проверки знаний')).toEqual([]);
    expect(contact('Факт выдачи лицензии заявителю регистрируется в журнале исходящих документов')).toEqual([]);
  });

  it('recording a procedure on video is a safeguard of it, not the procedure', () => {
    expect(discretion('Обязательная видеозапись заседаний аттестационной комиссии')).toEqual([]);
    expect(contact('Обязательная аудиозапись собеседований с кандидатами')).toEqual([]);
  });

  it('papers sent for someone else\'s decision, a check\'s results reported, a commission\'s minutes kept', () => {
    expect(discretion('Направление документов на рассмотрение комиссии')).toEqual([]);
    expect(discretion('Подготовка информации о результатах проверок')).toEqual([]);
    expect(discretion('Текшерүүлөрдүн натыйжалары боюнча маалымат даярдоо')).toEqual([]);
    expect(discretion('Ведение протоколов заседаний конкурсной комиссии')).toEqual([]);
    expect(discretion('По результатам проверки выносит предписание')).toEqual(['выносит предписание']);
  });

  it('applications filed are the applicants\' act', () => {
    expect(discretion('На конкурс по отбору экспертов поступило 25 заявок')).toEqual([]);
  });

  it('a certificate of recorded facts is D1\'s exception, whatever the clause goes on to name', () => {
    expect(discretion('Выдача справки по определению границ прилегающей территории')).toEqual([]);
    expect(discretion('Жашаган жеринен маалымкат берүү')).toEqual([]);
    expect(zones('Выдача справки о составе семьи')).toEqual([]);
  });

  it('«ушул Жобого ылайык» is a reference: the clause still describes the act; «Ушул Жобо …» speaks of the law', () => {
    expect(discretion('Бош орунду ээлөө ушул Жобого ылайык конкурс өткөрүү жолу менен ишке ашырылат')).not.toEqual([]);
    expect(discretion('Ушул Жобо конкурс өткөрүүнүн тартибин аныктайт')).toEqual([]);
  });
});

describe('discretion: what the words also mean outside a decision', () => {
  it('a formal check, a laboratory sample and a responsible person named inside the body decide nothing', () => {
    expect(discretion('Проверка правильности заполнения заявления')).toEqual([]);
    expect(discretion('Отбор проб почвы на участке')).toEqual([]);
    expect(discretion('Отбор кандидатов на обучение за рубежом')).toEqual(['Отбор']);
    expect(discretion('Назначение ответственного за делопроизводство')).toEqual([]);
  });

  it('a completeness check, the grounds for a refusal and a complaint considered read alike in both languages', () => {
    expect(discretion('Адис документтердин толуктугун текшерет')).toEqual([]);
    expect(discretion('Специалист проверяет комплектность документов')).toEqual([]);
    expect(discretion('Баш тартуунун негиздери')).toEqual([]);
    expect(discretion('Основания для отказа')).toEqual([]);
    expect(discretion('Жалоба рассматривается в течение 15 рабочих дней')).toEqual([]);
    expect(discretion('Рассмотрение жалоб')).toEqual([]);
    expect(discretion('Уруксат берүүдөн баш тартуу')).not.toEqual([]);
  });

  it('carrying out someone else\'s decision is not taking it', () => {
    expect(discretion('Обеспечение исполнения решений коллегии министерства')).toEqual([]);
    expect(discretion('Жыйындын чечимдерин аткаруу')).toEqual([]);
    expect(discretion('Коллегия принимает решения по кадровым вопросам')).not.toEqual([]);
  });

  it('duties shared among the staff and the effectiveness of a programme weighed are internal (both languages)', () => {
    expect(discretion('Бөлүмдүн кызматкерлеринин ортосунда милдеттерди бөлүштүрүү')).toEqual([]);
    expect(discretion('Гуманитардык жардамды бөлүштүрүү')).toEqual(['бөлүштүрүү']);
    expect(discretion('Программанын натыйжалуулугун баалоо')).toEqual([]);
  });

  it('an applicant\'s own choice is no official\'s choice', () => {
    expect(discretion('Способ получения результата услуги — по выбору заявителя')).toEqual([]);
    expect(discretion('Заявители выбирают удобное время приёма')).toEqual([]);
    expect(discretion('Жарандар өздөрүнө ыңгайлуу убакытты тандашат')).toEqual([]);
  });

  it('finding corruption risks is analysing them, as assessing them is', () => {
    expect(discretion('Эксперты определили 15 коррупционных рисков')).toEqual([]);
    expect(discretion('Министрликтеги коррупциялык тобокелдиктерди аныктоо')).toEqual([]);
  });
});

describe('posts as registers and case reports describe them', () => {
  it('a decision not taken for a price, or a win sold, is D6', () => {
    expect(discretion('Вымогательство денег за непривлечение к ответственности')).toEqual(['непривлечение']);
    expect(discretion('Получал деньги за победу в тендере')).toEqual(['победу в тендере']);
  });

  it('reception steps, case numbers, an executor picked from the staff and delegated duties decide nothing', () => {
    expect(discretion('Специалист определяет предмет обращения')).toEqual([]);
    expect(discretion('Проверяет полномочия представителя')).toEqual([]);
    expect(discretion('Присваивает номер учетному делу')).toEqual([]);
    expect(discretion('Присвоение классного чина')).not.toEqual([]);
    expect(discretion('Начальник назначает из числа сотрудников исполнителя')).toEqual([]);
    expect(discretion('Ага өткөрүлүп берилген иш-милдеттерди аткарат')).toEqual([]);
    expect(discretion('Кызматчы кеңеш тарабынан дайындалат')).toEqual([]);
    expect(discretion('Айыл өкмөтүнүн чечими менен иш жүргүзөт')).toEqual([]);
    expect(discretion('За три дня до проведения аукциона публикуется извещение')).toEqual([]);
  });

  it('a commission\'s secretary supports it; mail is sorted, not decided', () => {
    expect(discretion('Секретарь аттестационной комиссии рассылает материалы членам комиссии')).toEqual([]);
    expect(discretion('Распределяет входящую почту по адресатам')).toEqual([]);
    expect(contact('Прием и отправка корреспонденции')).toEqual([]);
  });
});

describe('contact: whom the act is done for, and who is only named', () => {
  it('private hands, acquaintances, the firms whose interests a decision serves are those it is made for (C2)', () => {
    expect(contact('Земля передана в частные руки')).toEqual(['в частные руки']);
    expect(contact('Жер жеке колдорго өттү')).toEqual(['жеке колдорго']);
    expect(contact('Назначил на должности своих знакомых')).toEqual(['знакомых']);
    expect(contact('Согласовал проект в интересах отдельных застройщиков')).toEqual(['в интересах отдельных застройщиков']);
    expect(contact('Получал деньги от коммерческих структур')).toEqual(['коммерческих структур']);
  });

  it('civil status, a residents\' assembly, papers submitted by candidates name no one dealt with', () => {
    expect(contact('Жарандык абалдын актыларын каттоо')).toEqual([]);
    expect(contact('Тургундардын жыйынынын макулдугу менен')).toEqual([]);
    expect(contact('Копии документов, представленных претендентами, направляются членам комиссии')).toEqual([]);
  });

  it('a count of people, or support of a group at large, deals with no one', () => {
    expect(contact('Численность получателей пособий выросла на 3 процента')).toEqual([]);
    expect(contact('Кайрылуулардын саны 20 пайызга өстү')).toEqual([]);
    expect(contact('Разработка программ поддержки предпринимателей')).toEqual([]);
    expect(contact('Ишкерликти колдоо программасын иштеп чыгуу')).toEqual([]);
    expect(contact('Консультирование предпринимателей по вопросам лицензирования')).not.toEqual([]);
  });

  it('dealing with subordinate or state bodies is no dealing with organisations', () => {
    expect(contact('Взаимодействие с подведомственными организациями')).toEqual([]);
    expect(contact('Взаимодействие с общественными организациями')).not.toEqual([]);
  });

  it('informing the public through the mass media is an announcement to no one in particular', () => {
    expect(contact('Информирование населения через средства массовой информации')).toEqual([]);
    expect(contact('Калкты массалык маалымат каражаттары аркылуу кабардар кылуу')).toEqual([]);
    expect(contact('Информирование заявителей о ходе рассмотрения')).not.toEqual([]);
  });

  it('people named in the dative are those the act is done for (C2)', () => {
    expect(contact('Квартиры распределены бюджетникам')).toEqual(['бюджетникам']);
    expect(contact('Путевки в санаторий выданы пенсионерам')).toEqual(['пенсионерам']);
    expect(contact('Участок передан родственнику главы района')).toEqual(['родственнику']);
    expect(contact('Жөлөкпул ден соолугунун мүмкүнчүлүгү чектелген балдарга берилет')).toEqual(['балдарга']);
    const housing = detectFactors(['Комиссиянын чечими менен 20 үй-бүлөгө турак жай берилди']);
    expect(housing.contact).toEqual(['бүлөгө']);
    expect(housing.discretion).toEqual(['турак жай берилди']);
  });

  it('imposing a fine deals with the person fined; accrediting an organisation deals with it (C1)', () => {
    expect(contact('Наложение административных штрафов')).toEqual(['Наложение административных штрафов']);
    expect(contact('Административдик айыптарды салуу')).toEqual(['айыптарды салуу']);
    expect(contact('Аккредитация организаций, проводящих оценку')).toEqual(['Аккредитация организаций']);
    expect(contact('Дисциплинарные взыскания сотрудникам аппарата')).toEqual([]);
  });

  it('those waiting for housing are applicants, even when they are employees', () => {
    expect(contact('Учёт работников, нуждающихся в улучшении жилищных условий')).not.toEqual([]);
  });

  it('a rule of eligibility or a prohibition names parties nobody deals with', () => {
    expect(contact('Членами жюри не могут быть участники конкурса и их родственники')).toEqual([]);
    expect(contact('Мындай компаниялар мамлекеттик тендерлерге катыша албайт')).toEqual([]);
    expect(contact('Компаниялар тендерге катышат')).not.toEqual([]);
  });

  it('«место жительства» is a place, not a resident', () => {
    expect(contact('Учет по месту жительства')).toEqual([]);
    expect(contact('Встречи с жителями района')).toEqual(['жителями']);
  });

  it('persons who do not exist are nobody dealt with', () => {
    expect(contact('Включение в списки получателей несуществующих лиц')).toEqual([]);
  });

  it('candidates named in a procedure\'s title, a procurement method\'s name, papers received from suppliers', () => {
    expect(contact('Разработка порядка отбора кандидатов в резерв')).toEqual([]);
    expect(contact('Приём документов от кандидатов')).not.toEqual([]);
    expect(contact('Закупка у единственного поставщика (подрядчика, исполнителя)')).toEqual([]);
    expect(contact('Архивирование документов, полученных от поставщиков (подрядчиков, исполнителей)')).toEqual([]);
  });
});

describe('zones: the activity named, not a word common outside it', () => {
  it('spending public money is budget execution (p.6/2)', () => {
    expect(zones('Проверка расходования средств на ремонт школ')).toContain('p.6/2');
    expect(zones('Бөлүнгөн каражаттын сарпталышын текшерүү')).toEqual(['p.6/2']);
  });

  it('a land area handed over is land (p.6/4)', () => {
    expect(zones('Жалпы 300 га жер аянты айыл өкмөтүнүн балансына өткөрүлүп берилсин')).toContain('p.6/4');
  });

  it('serving the public in general is no state service (Z2); a state service named is', () => {
    expect(zones('Жарандарды тейлөө сапатын жакшыртуу')).toEqual([]);
    expect(zones('Мамлекеттик кызматтарды көрсөтүү')).toEqual(['p.6/15']);
  });

  it('an interview is the p.6/17 zone when it is of candidates for a post', () => {
    expect(zones('Собеседование с кандидатами на вакантную должность')).toEqual(['p.6/17']);
    expect(zones('Собеседование с родителями учеников')).not.toContain('p.6/17');
  });

  it('the stock of a reserve fund is a material resource (p.6/16)', () => {
    expect(zones('Фонддун эскирген унун арзан баада сатуу')).toContain('p.6/16');
  });

  it('land someone owns, or lists in a declaration, is no land the state manages', () => {
    expect(zones('Жарандар, имеющие в собственности земельные участки, уплачивают налог')).not.toContain('p.6/4');
    expect(zones('Менчигинде жер тилкеси бар жеке жактар')).toEqual([]);
    expect(zones('В декларации указываются земельные участки и транспортные средства')).toEqual([]);
    expect(zones('Жер тилкелерин ижарага берүү')).toContain('p.6/4');
  });

  it('the body\'s own cars, a staff member\'s education and the fire safety of its building are no zone', () => {
    expect(zones('Обеспечение сотрудников служебным транспортом')).toEqual([]);
    expect(zones('Бөлүмдүн кызматтык унаасын тейлөө')).toEqual([]);
    expect(zones('Специалист с высшим юридическим образованием')).toEqual([]);
    expect(zones('Имараттын өрт коопсуздугун камсыз кылуу')).toEqual([]);
    expect(zones('Организация пассажирских перевозок')).toEqual(['p.7/1']);
    expect(contact('Водитель служебного автомобиля')).toEqual([]);
    expect(contact('Проверка документов у водителей такси')).not.toEqual([]);
  });

  it('people in need of support are no support awarded; vouchers are a benefit in kind', () => {
    expect(zones('Выявление граждан, нуждающихся в социальной помощи')).toEqual([]);
    expect(zones('Социалдык колдоого муктаж жарандарды аныктоо')).toEqual([]);
    expect(zones('Распределение санаторных путевок детям-инвалидам')).toEqual(['p.6/6']);
  });

  it('a post sold or a person named to a post is p.6/17', () => {
    expect(zones('Пытался продать должность за взятку')).toEqual(['p.6/17']);
    expect(zones('Обещал назначить на руководящий пост')).toEqual(['p.6/17']);
  });

  it('sanitary rules kept are no health care (Z4)', () => {
    expect(zones('Санитардык нормаларды сактоону текшерүү')).toEqual([]);
    expect(zones('Медициналык жардам көрсөтүү')).toEqual(['p.7/8']);
  });

  it('a body\'s name is no zone', () => {
    expect(zones('Министерство имущественных и земельных отношений области')).toEqual([]);
    expect(zones('Специалист Службы государственной регистрации, кадастра и картографии')).not.toContain('p.6/14');
    expect(zones('Письмо Агентства по делам государственной службы')).not.toContain('p.6/17');
  });
});

describe('contact in the third fresh round\'s words (C1, C2, C3)', () => {
  it('those a decision is made in favour of, and a private person given something, are dealt with (C2)', () => {
    expect(contact('Жер тилкелери туугандарынын пайдасына мыйзамсыз өткөрүлүп берилген')).toEqual(['туугандарынын пайдасына']);
    expect(contact('Жер тилкеси мамлекеттин пайдасына кайтарылды')).toEqual([]);
    expect(contact('Жер тилкеси жеке адамга берилген')).toEqual(['жеке адамга']);
    expect(contact('Жеке адамдын маалыматтары корголот')).toEqual([]);
  });

  it('a share of a contract\'s price demanded, or collusion with business, deals with the contractors (C1)', () => {
    expect(contact('Кызматкерлер тендердин жалпы баасынан 10% талап кылып турушкан')).toEqual(['тендердин жалпы баасынан']);
    expect(contact('Требовал 10 процентов от суммы контракта')).not.toEqual([]);
    expect(contact('Сумма контракта составила 5 миллионов сомов')).toEqual([]);
    expect(contact('Вступали в сговор с представителями строительного бизнеса')).toEqual(['сговор с представителями строительного бизнеса']);
    expect(contact('Вступили в сговор с коллегами по отделу')).toEqual([]);
  });

  it('an inspection under way, an order to remedy its findings and an offence report deal with the inspected (C1)', () => {
    expect(contact('Текшерүү иштеринин жүрүшүндө бузуулар аныкталды')).toEqual(['Текшерүү иштеринин жүрүшүндө']);
    expect(contact('В ходе контрольных мероприятий выявлены нарушения')).toEqual(['В ходе контрольных мероприятий']);
    expect(contact('Аныкталган бузууларды четтетүү тууралуу жазма буйрук берилди')).toEqual(['бузууларды четтетүү тууралуу жазма буйрук']);
    expect(contact('На основании предписания об устранении нарушений')).toEqual(['предписания об устранении нарушений']);
    expect(contact('Оформление протоколов правонарушений')).toEqual(['Оформление протоколов правонарушений']);
  });

  it('a check of papers is no inspection of a person (C3); a citizen assessed singly is one dealt with (C2)', () => {
    expect(contact('Специалист, который проводит проверку документов')).toEqual([]);
    expect(contact('Проводит выездные проверки')).toEqual(['Проводит выездные проверки']);
    expect(contact('Оценка индивидуальной потребности гражданина в социальной поддержке')).toEqual(['гражданина']);
    expect(contact('Обеспечение потребностей граждан в жилье')).toEqual([]);
  });
});

describe('discretion in the third fresh round\'s words (D2, D4, D6)', () => {
  it('an order to remedy an inspection\'s findings and an offence report drawn up decide its outcome (D4), in both languages', () => {
    expect(discretion('Аныкталган бузууларды четтетүү тууралуу жазма буйрук берилди')).toEqual(['бузууларды четтетүү тууралуу жазма буйрук']);
    expect(discretion('На основании предписания об устранении нарушений')).toEqual(['предписания об устранении нарушений']);
    expect(discretion('Протокол выявленных нарушений составляется инспектором')).toEqual(['Протокол выявленных нарушений составляется']);
  });

  it('liability threatened for money, and faked papers made or sold, show the decision they abuse (D6)', () => {
    expect(discretion('Инспектор пригрозил рыбакам уголовной ответственностью')).toEqual(['пригрозил рыбакам уголовной ответственностью']);
    expect(discretion('Кылмыш ишин козгойм деп коркутуп акча талап кылган')).not.toEqual([]);
    expect(discretion('Угроза жизни и здоровью граждан')).toEqual([]);
    expect(discretion('Жасалма документ даярдоо менен күбөлүктөрдү сатып жиберген')).toEqual(['Жасалма документ даярдоо']);
    expect(discretion('Документтердин жасалмасын жасоо беренеси менен иш козголду')).toEqual([]);
  });

  it('design documentation is no draft of a decision (D2)', () => {
    expect(discretion('Подготовка проектной документации на строительство школы')).toEqual([]);
    expect(discretion('Подготовка проекта решения о выдаче разрешения')).toContain('Подготовка проекта решения');
  });

  it('papers checked against their requirements or looked at first, and a record of fines, decide nothing; nor does a check of oneself', () => {
    expect(discretion('Проверяет соответствие представленных документов установленным требованиям')).toEqual([]);
    expect(discretion('Документтердин талаптарга шайкештигин текшерет')).toEqual([]);
    expect(discretion('Осуществление первичной проверки документов')).toEqual([]);
    expect(discretion('Документтердин алгачкы текшерүүсү')).toEqual([]);
    expect(discretion('Проверка соблюдения требований земельного законодательства')).not.toEqual([]);
    expect(discretion('Учет выписанных штрафов')).toEqual([]);
    expect(discretion('Айыптардын эсебин жүргүзүү')).toEqual([]);
    expect(discretion('Наложение штрафов на нарушителей')).toEqual(['Наложение штрафов']);
    expect(discretion('Пытаясь прекратить проверку в отношении себя, предложил взятку')).toEqual([]);
  });
});

describe('zones in the third fresh round\'s words (Z1, Z4, Z5)', () => {
  it('a general plan is land use (p.7/7, Z5)', () => {
    expect(zones('Бишкек шаарынын Башкы планын ишке ашыруу')).toEqual(['p.7/7']);
    expect(zones('Проект генерального плана города')).toEqual(['p.7/7']);
  });

  it('an inspectorate or an agency named by its field is a body (Z4); an investigation that dates a story is not its activity (Z1)', () => {
    expect(zones('Инспектор государственной жилищной инспекции')).toEqual([]);
    expect(zones('Контроль за содержанием жилищного фонда')).not.toEqual([]);
    expect(zones('Специалист Государственного агентства по земельным ресурсам')).toEqual([]);
    expect(zones('Ведение государственного кадастра недвижимости')).toEqual(['p.6/14']);
    expect(zones('Специалист по кадастру')).toEqual(['p.6/14']);
    expect(zones('В ходе расследования специалист предложил взятку')).toEqual([]);
    expect(zones('Расследование уголовных дел о коррупции')).toEqual(['p.6/11']);
  });

  it('p.6/11 is criminal cases: a case opened without its kind named is none (Z1)', () => {
    expect(zones('Принятие решений по жалобам: отказ в принятии жалоб/возбуждение дела/инициация проверок')).toEqual([]);
    expect(zones('По факту возбуждено уголовное дело')).toEqual(['p.6/11']);
    expect(zones('Кылмыш иши козголду')).toEqual(['p.6/11']);
  });
});

describe('discretion in the fourth fresh round\'s words (D1, D3, D4, D5)', () => {
  it('a tender held, land allotted in the passive, property taken off a balance dispose of resources (D5)', () => {
    expect(discretion('Айыл өкмөтү мектептин курулушу боюнча тендер өткөрдү')).toEqual(['тендер өткөрдү']);
    expect(discretion('Жаштарга жер участоктору бөлүнүп берилген')).not.toEqual([]);
    expect(discretion('Жер тилкелери мыйзамсыз түрдө муниципалдык менчиктин балансынан чыгарылып')).toEqual(['балансынан чыгарылып']);
    expect(discretion('Объект незаконно снят с баланса муниципального образования')).not.toEqual([]);
  });

  it('an act issued that grants land, and land «выдал» on lease, are the grant (D1)', () => {
    expect(discretion('Глава района издал постановление о предоставлении обществу земельного участка')).not.toEqual([]);
    expect(discretion('Аким выдал землю в аренду предпринимателю')).toEqual(['выдал землю в аренду']);
  });

  it('appointed as a post, in Kyrgyz, is an appointment (D3, p.6/17)', () => {
    expect(discretion('Айыл аймагынын башчысы болуп Асан Үсөнов дайындалды')).not.toEqual([]);
    expect(zones('Айыл аймагынын башчысы болуп Асан Үсөнов дайындалды')).toEqual(['p.6/17']);
  });

  it('a survey held and bids rejected decide (D4, D1)', () => {
    expect(discretion('Проведение обследования условий жизни заявителя')).toEqual(['Проведение обследования']);
    expect(discretion('Отклонение заявок участников отбора')).toContain('Отклонение заявок');
  });

  it('a formal check, an intake check, a resolution, a refusal sent and the documents\' purpose decide nothing', () => {
    expect(discretion('Специалист проверяет надлежащее оформление заявления')).toEqual([]);
    expect(discretion('Прием, проверка и регистрация запроса')).toEqual([]);
    expect(discretion('Начальник выносит резолюцию')).toEqual([]);
    expect(discretion('Направление в адрес заявителя мотивированного отказа')).toEqual([]);
    expect(discretion('Выдача заявителю письма об отказе в предоставлении услуги')).toEqual([]);
    expect(discretion('Обращение заявителя с комплектом документов, необходимых для государственной регистрации прав')).toEqual([]);
    // The post that finds the grounds and notifies the refusal decides it.
    expect(discretion('Специалист направляет заявителю уведомление об отказе в приеме документов')).not.toEqual([]);
    expect(discretion('Регистрация прав на недвижимое имущество')).toEqual(['Регистрация прав']);
  });
});

describe('contact in the fourth fresh round\'s words (C1, C2, C3)', () => {
  it('persons, households, those in a queue, an enterprise or a company as recipients are dealt with (C2)', () => {
    expect(contact('Жер участогу айрым адамдарга мыйзамсыз берилген')).toEqual(['айрым адамдарга']);
    expect(contact('Жерге кезекке тургандардан акча чогултулган')).toEqual(['кезекке тургандардан']);
    expect(contact('Ар бир кожолукка жайыт бөлүнүп берилген')).toEqual(['кожолукка']);
    expect(contact('Участок продан местному предприятию')).toEqual(['предприятию']);
    expect(contact('Участок предоставлен подведомственному предприятию')).toEqual([]);
    expect(contact('Земельный участок предоставлен обществу с ограниченной ответственностью')).not.toEqual([]);
  });

  it('a fine imposed in the passive and an object inspected on site deal with a person (C1)', () => {
    expect(contact('Бузуучуларга 2000 сомдон айып пул салынат')).not.toEqual([]);
    expect(contact('Осмотр вводимого в эксплуатацию объекта')).not.toEqual([]);
  });

  it('an address to the public and an official\'s own application deal with no one (C3)', () => {
    expect(contact('Урматтуу жарандар, ишкерлер!')).toEqual([]);
    expect(contact('Уважаемые жители, предприниматели!')).toEqual([]);
    expect(contact('Вице-мэр берген арызынын негизинде кызматынан бошотулду')).toEqual([]);
    expect(contact('Жарандын арызынын негизинде жер тилкеси берилет')).not.toEqual([]);
  });
});

describe('zones in the fourth fresh round\'s words (Z1, Z3, Z4)', () => {
  it('a unit named by its field is a body (Z4)', () => {
    expect(zones('Сотрудник Управления архитектуры и градостроительства')).toEqual([]);
    expect(zones('Руководители районных отделов финансов и ЖКХ')).toEqual([]);
    expect(zones('Выдача разрешения на строительство')).toContain('p.7/2');
  });

  it('the land queue is p.6/4 (Z3); a deferral is p.6/8 only of a tax or a payment (Z1)', () => {
    expect(zones('Жерге кезекке тургандардан акча чогултулган')).toEqual(['p.6/4']);
    expect(zones('14 иш кийинкиге калтырылды')).toEqual([]);
    expect(zones('Салык төлөөнү кийинкиге калтыруу')).toEqual(['p.6/8']);
  });
});

describe('discretion in the fifth fresh round\'s words (D1, D4, D5, D6)', () => {
  it('a quota set or granted, land moved into another category or into ownership, a list of recipients drawn up', () => {
    expect(discretion('Малды экспорттоого квота киргизилди')).not.toEqual([]);
    expect(discretion('Айдоо жер аянттарын чөп чабыктарга которуу')).not.toEqual([]);
    expect(discretion('Жер тилкеси жеке менчикке чыгарылган')).not.toEqual([]);
    expect(discretion('Балдардын тизмеси комиссия тарабынан түзүлөт')).not.toEqual([]);
  });

  it('told as news: plots handed over, land redistributed, ownership passed, a building put into service', () => {
    expect(discretion('Глава поселения передала под огородничество восемь земельных участков')).not.toEqual([]);
    expect(discretion('Муниципалитет должен перераспределить земли между гражданами')).not.toEqual([]);
    expect(discretion('Участок уходит в собственность предпринимателя')).not.toEqual([]);
    expect(discretion('Право собственности на участок незаконно перешло к заявителю')).not.toEqual([]);
    expect(discretion('Подпись в документах о вводе здания в эксплуатацию')).not.toEqual([]);
    expect(discretion('Признание помещения жилым помещением')).not.toEqual([]);
  });

  it('an offender let go and a protocol not drawn up decide a case (D4, D6)', () => {
    expect(discretion('Инспектор отпустил нарушителя без протокола')).not.toEqual([]);
    expect(discretion('Инспектор готов не составлять протокол')).not.toEqual([]);
  });

  it('a reception date set, decisions handed over and submitted papers checked decide nothing', () => {
    expect(discretion('Дата приёма назначается по графику')).toEqual([]);
    expect(discretion('Выдача административных решений производится в службе «одно окно»')).toEqual([]);
    expect(discretion('Проверка представленных документов')).toEqual([]);
    expect(discretion('Проверка полноты представленных документов')).toEqual([]);
    expect(discretion('Проверка текстов документов на предмет разборчивости')).toEqual([]);
  });
});

describe('contact in the fifth fresh round\'s words (C1, C2, C3)', () => {
  it('people of one\'s own, an enterprise, economic entities, an offender, a motorist are dealt with (C2)', () => {
    expect(contact('Квота өздөрүнө тиешелүү адамдарга берилген')).not.toEqual([]);
    expect(contact('Жер ишканасына бөлүнүп берилген')).not.toEqual([]);
    expect(contact('Жер артыкчылыктуу субъектилерге багытталган')).not.toEqual([]);
    expect(contact('Жайкы эс алуу мектеп окуучулары үчүн уюштурулат')).not.toEqual([]);
    expect(contact('Инспектор отпустил автомобилиста')).not.toEqual([]);
    expect(contact('Архитектор, действуя в отношении третьего лица, выдал разрешение')).not.toEqual([]);
  });

  it('an application that comes in, or is logged on arrival, is received (C1); one that may come in is not', () => {
    expect(contact('Поступление в отдел заявления и документов')).not.toEqual([]);
    expect(contact('Заявление о назначении пособия регистрируется в день поступления')).not.toEqual([]);
    expect(contact('Решение готовится в случае поступления заявления')).toEqual([]);
  });

  it('a citizen as a passport\'s holder, third persons a bribe is for, an order to another body: no one dealt with (C3)', () => {
    expect(contact('Жарандын паспортун персонификациялоо 18 күн ичинде жүргүзүлөт')).toEqual([]);
    expect(contact('Выгода как для должностных лиц, так и для третьих лиц')).toEqual([]);
    expect(contact('Прокуратура мыйзам бузууларды четтетүү жөнүндө мэрияга талап келтирди')).toEqual([]);
  });

  it('«не может быть» is a rule of eligibility only when it names who may not be', () => {
    expect(contact('Кандидаты не могут быть членами комиссии')).toEqual([]);
    expect(contact('Разрешение выдано заявителю, хотя строение не может быть оформлено')).not.toEqual([]);
  });
});

describe('zones in the fifth fresh round\'s words (Z1, Z3, Z4)', () => {
  it('the state land fund, free plots, a plot passing into ownership are land (Z3)', () => {
    expect(zones('Мамлекеттик фондунун жерлерин бөлүштүрүү')).toContain('p.6/4');
    expect(zones('Информация о свободных участках')).toEqual(['p.6/4']);
    expect(zones('Участок уходит в собственность')).toEqual(['p.6/4']);
    expect(zones('Пайдаланылбай калган жер аянттары')).toEqual(['p.7/7']);
  });

  it('a hired company, seed farms, livestock, motorists place a text; a property department\'s name does not (Z4)', () => {
    expect(zones('Жалданма компания менен макулдашып')).toEqual(['p.6/1']);
    expect(zones('Үрөн чарбалык жана асыл тукум чарбалар')).toEqual(['p.7/5']);
    expect(zones('Инспектор отпустил автомобилиста')).toEqual(['p.7/1']);
    expect(zones('Муниципалдык менчик башкармалыгынын жетекчиси')).toEqual([]);
    expect(zones('Мамлекеттик бюджетке 30 миллион сомдон ашык зыян келтирилген')).toEqual([]);
    expect(zones('Положение о кадровой службе администрации')).toEqual([]);
  });
});

describe('the sixth fresh round\'s words (D1, D4, D5, D6, C1, C2, Z1, Z4)', () => {
  it('land given («жерлер … берилди»), a blacklist, a changed design, a signed contract are decisions', () => {
    expect(discretion('Жерлер жарандарга берилди')).not.toEqual([]);
    expect(zones('Жерлер жарандарга берилди')).toContain('p.6/4');
    expect(discretion('Башкармалык 12 компанияны кара тизмеге киргизди')).not.toEqual([]);
    expect(discretion('Пара үчүн көчөнүн долбоорун өзгөрткөн')).not.toEqual([]);
    expect(discretion('Жеткирүүчү менен келишимге кол коюлган')).not.toEqual([]);
  });

  it('embezzlement, a parked car, internal checks, an analysis of risks decide nothing (D4, D6, p.4)', () => {
    expect(discretion('Присвоение или растрата вверенного имущества')).toEqual([]);
    expect(discretion('Токтотулган унаанын айдоочуларынан акы алынат')).toEqual([]);
    expect(discretion('Проведены внутренние проверки в управлениях акимата')).toEqual([]);
    expect(discretion('Проведен анализ коррупционных рисков по вопросам выделения земельных участков')).toEqual([]);
    expect(zones('Проведен анализ коррупционных рисков по вопросам выделения земельных участков')).toEqual([]);
    expect(discretion('Комиссия проводит проверки соблюдения требований')).not.toEqual([]);
  });

  it('a winner, an LLC, an owner, herders are those dealt with (C1, C2)', () => {
    expect(contact('Победителем признано крестьянское хозяйство')).not.toEqual([]);
    expect(contact('Келишим «Нур» ЖЧКсы менен түзүлдү')).not.toEqual([]);
    expect(contact('Кафе кожоюнунан акча алган')).not.toEqual([]);
    expect(contact('Малчылар менен келишим түзүлөт')).not.toEqual([]);
  });

  it('a competition interview, a lyceum, sowing and herding, reconstruction, money allotted, a company winning or contracted place a text', () => {
    expect(zones('Претендент должен выступить с докладом и пройти собеседование')).toEqual(['p.6/17']);
    expect(zones('Лицей жетекчилиги акча чогултат')).toEqual(['p.7/9']);
    expect(zones('Жазгы айдап-себүү тарифтери')).toEqual(['p.7/5']);
    expect(zones('Мал багуунун тарифтери')).toEqual(['p.7/5']);
    expect(zones('Реконструкция здания школы')).toContain('p.7/2');
    expect(zones('Министрлер кабинети 481 миллион сом бөлүп берген')).toEqual(['p.6/2']);
    expect(zones('Россиялык компания жеңүүчү деп табылды')).toEqual(['p.6/1']);
    expect(zones('«Нур» ЖЧКсы менен келишимге кол коюлду')).toEqual(['p.6/1']);
  });

  it('a department\'s name places nothing (Z4)', () => {
    expect(zones('Поручено усилить работу в управлении земельных отношений')).toEqual([]);
    expect(zones('Маселе архитектура жана шаар куруу башкармалыгында каралат')).toEqual([]);
  });
});

describe('the eighth fresh round\'s patterns', () => {
  it('a child placed in a kindergarten, a violation left unseen, a person hired: each a decision (D1, D6, D3)', () => {
    expect(discretion('Вымогал деньги за устройство ребенка в детский сад')).not.toEqual([]);
    expect(discretion('Обещал не обращать внимания на нарушения при вырубке леса')).not.toEqual([]);
    expect(discretion('Директор туугандарын жумушка алган')).not.toEqual([]);
    expect(contact('Директор туугандарын жумушка алган')).not.toEqual([]);
    expect(discretion('Жер тилкесин каттоо үчүн акча талап кылган')).not.toEqual([]);
  });

  it('a regulation\'s title names its service\'s act; the regulation speaking of itself does not', () => {
    expect(discretion('Административный регламент предоставления муниципальной услуги «Выдача разрешений на строительство»')).not.toEqual([]);
    expect(discretion('Административный регламент предоставления муниципальной услуги по выдаче разрешений на строительство (далее - Административный регламент) определяет сроки и последовательность действий')).toEqual([]);
  });

  it('handing over a permit or its refusal, and telling one\'s place in the queue, decide nothing', () => {
    expect(discretion('Выдача заявителю разрешения или мотивированного отказа')).toEqual([]);
    expect(discretion('Предоставление информации об очередности предоставления жилых помещений')).toEqual([]);
  });

  it('cadets, a person brought to the police, money handed over for an act: all dealt with (C1, C2)', () => {
    expect(contact('Собирал деньги с курсантов автошколы')).not.toEqual([]);
    expect(contact('Тартип бузуучуларды милиция бөлүмүнө жеткирүү')).not.toEqual([]);
    expect(contact('Задержанный доставлен в отдел полиции')).not.toEqual([]);
    expect(contact('Мужчина передал деньги за предоставление пастбища')).not.toEqual([]);
  });

  it('a «контрольно-геодезическая» survey is no control of anyone; the land amnesty is land (Z3)', () => {
    expect(contact('Проведение муниципальной контрольно-геодезической съемки')).toEqual([]);
    expect(zones('Жер мунапысы боюнча комиссиянын иши')).toEqual(['p.6/4']);
  });
});
