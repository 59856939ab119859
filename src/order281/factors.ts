/**
 * The three things p.9 (with p.2's definition of discretionary powers) says make a position
 * corruption-prone: freedom to decide, contact with citizens and organisations, and work in a high-risk
 * zone. Each is read as phrases (phrases.ts notation), in Kyrgyz and Russian alike, and each has phrases
 * that cancel it where a word means something else in context («гражданских служащих» are civil servants,
 * not citizens). The lexicons are measured on the corpus of published texts in test/corpus.
 */
import { HitList, phrase, PhraseMatcher, type Phrase, type PhraseHit } from './phrases';
import type { Words } from './normalize';
import { HIGH_RISK_SECTORS, HIGH_RISK_ZONES, type RiskZone } from './zones';
import type { FunctionType } from './function-types';

export type Factor = 'discretion' | 'contact' | 'zone';

/**
 * Freedom to decide (p.2): to grant or refuse, approve, choose, assess, appoint, fine, decide an
 * inspection's outcome, distribute — and to hurry or delay a decision, which is the same freedom used for
 * a price. Competitions, attestation and the personnel reserve are decided by the posts that run them.
 */
export const DISCRETION_PHRASES: readonly string[] = [
  // Kyrgyz: the object stands before its verb.
  'чечим', 'чечүү', 'чечет', 'тандоо|тандайт|тандоону|тандоого|тандалышы', 'баш тарт', 'макулда', 'бекитүү|бекитет|бекитүүгө|бекитүүнү|бекитилсин', 'ыктыяр',
  'уруксат|лиценз|күбөлү|сертификат|патент|корутунду|субсид|жер=|жерди|жерлерди … бер', 'бөлүп бер', 'текшер', 'айып', 'жазалоо|жаза=|жазасын|жазаны|жазага',
  'дайынд', 'баало', 'баала|!бааланган', 'баа бер', 'кароо|кароону|кароого|карап', 'арыз|кайрылуу|өтүнмө|документ|маселе …… карал|кара=|кароо', 'тездет', 'кечиктир', 'создуктур', 'тоскоолдук|тоскоолдуктарды … жарат|түз|кыл', 'жашыр', 'сокрыти|скрыва|скрыл|скрыть', 'препятстви|барьер … чин|созда', 'создани|созда|чин … препятстви|барьер',
  'токтот', 'жокко чыгар', 'аныкт|!аныкталды|!аныкталган', 'бөлүштүр', 'ыйгаруу|ыйгарат', 'жеңүүчү', 'конкурс|конкурстарды|конкурстук|конкурсун … өткөр|уюштур|тандо', 'аттестац', 'кадр=|кадрлар|кадрдык резерв',
  'чечим|акт|актыларды|токтом|буйрук|бюджет|бюджетти … кабыл ал', 'кабыл алуу|алат|алынат … чечим|жумушка|кызматка', 'кызматка|жумушка … кабыл', 'жоопкерчиликке тартуу|тартат|тартып', 'эсептен чыгар',
  'багыт|багытын|багытына … өзгөрт', 'жер=|жерди|жерин|жерлерин|жерлерди|участок|участоктор|участогу|участокту|тилке|мүлк|унун|товар … саткан|сатат|сатуу|сатылган|сатты|бер|бөлүн|которг|менчикке', 'менчикке бер', 'кыянаттык', 'берилсин', 'уюшулсун', 'түзүлсүн', 'бөлүнсүн', 'дайындалсын', 'макулдук бер', 'өткөрүлүп бер',
  // Russian
  'решени|решает|решать|решают', 'отказ', 'отказ в= выдач|предоставлен|регистрац|прием|приём|согласовани|допуск|удовлетворени|рассмотрени +', 'согласов', 'утвержд|утверд', 'оцен',
  'определени|определяет|определять|определяют|определил', 'рассмотр|рассматрива', 'провер', 'инспектир', 'ревизи', 'назнач', 'штраф', 'взыскан', 'санкци', 'приостанов', 'аннулир',
  'отзыв … лиценз|разрешени|аккредит', 'прекращени … действи|деятельност', 'усмотрен', 'отбор', 'выбор', 'распредел', 'ускор', 'затягив', 'затян', 'волокит', 'проволочк',
  'выдач|выдав|выдает|выдаёт|выдать … лиценз|разрешени|аккредит|сертификат|патент|квартир|жиль|участк|земл|задани|план +', 'лиценз|разрешени|задани|план … выдают|выдаются|выдается|выдаётся', 'формировани|подготовк|разработк|составлени … проект +', 'злоупотреблени', 'обеспеч … побед', 'контрольн действи', 'формирова|формирую|формирует … списк|очеред',
  'выдел|раздава|раздач|выдан|передач|передан|переда … квартир|жиль|участк|земл|земел|имуществ', 'участк|земл|земел|квартир|жиль … передан|передач|выдел|предостав|раздава|переведен|перевод|менял|измен', 'предостав … земел|участ|льгот|субсид|прав|разрешени|жиль|помещен|аренд|отсрочк|рассрочк|кредит|грант|пособи|выплат',
  'присвоени|присваива', 'конкурс|конкурсов|конкурсной|конкурсную|конкурсных … провед|организ|комисс|отбор', 'проведени|провод|организаци|!организационн … конкурс|аттестац|торг|аукцион',
  'конкурсн комисс', 'кадров состав', 'квалификац экзамен', 'итог|итоги … подвод|подвед', 'итог|итогам … конкурс|отбор|торг|аукцион', 'подведени итог',
  'вынесени|выносит|выносить', 'привлечени|привлекает … к= ответствен', 'наложени|налагает', 'возбужд', 'допуск к=', 'заключени … договор|контракт|сделок',
  'прием|приём|принят … на= работу|службу', 'списани',
  // D1's registration of a right; D4's protocol of an offence; a disability established.
  'регистрац|регистрирует|зарегистрир … прав=|недвижим|имуществ|транспорт|сделок|залог', 'укук|укуктарды|мүлк|мүлктү|кыймылсыз|унаа|транспорт … каттоо|каттайт|катталат',
  // D5: disposing of property.
  'распоряжени|распоряжается|распоряжаться … имуществом|собственностью|средствами|землей|землёй|землями|участками|участком', 'тескөө|тескейт|тескөөнү',
  // D4: an order issued to the inspected; D3: an examination passed or failed; D5: a contract drafted or concluded.
  'выдач|выдает|выдаёт|вынос|вынесени|выносит … предписани', 'прием|приём|принима|принимает|проведени … экзамен|экзаменов', 'экзамен|экзаменди … ал=|алуу|кабыл|өткөр',
  'выдач|выдав|выдает|выдаёт|выдать … водительск +', 'подготовк|подготавлива … договор|контракт', 'келишим|келишимди|келишимдерди|контракт|контрактты … түз',
  'составлени|составля|составляет|составить|оформлени … протокол … административн|правонарушени|нарушени +', 'укук бузуу … протокол … түз', 'установлени|установить|устанавливает … инвалидност|нетрудоспособност',
  'установлени … тариф|цен|квот|норм', 'квотирован',
  'контрол|надзор … за= соблюдени|деятельност', 'зачислени|зачисля', 'постановк|сняти|снят … учет|учёт', 'включени|включа|включит … список|очеред',
  'измен|изменени|перевод|переведен|меня … целев|назначени|категори|зон|земл|земел', 'приемк|приёмк … товар|работ|услуг', 'установлени … опек|попечительств', 'экспертиз … документ|заявлени',
  'формировани|составлени|разработк|определени … цен|описани|требовани|документаци|задани|критери', 'закупочн документаци',
  'дает|дать|давать|дача|даёт|выдач|выдает|выдаёт|подготовк … заключени|разрешени|согласи', 'продлени|продлева|продлить … срок|лиценз|разрешени|действи|аренд',
  'освобожд|освобожден … от= уплат|налог|обязанност|ответствен', 'признани|признает|признавать|признать … нуждающ|малоимущ|утратившим|недействительн|победител|банкрот', 'выбира',
  'устанавлива|установить|устанавливать … тариф|цен|квот|норм|размер|льгот|категори', 'ставит|снимает|поставить|снять|принятие|принятии|принимает … на= учет|учёт', 'с= учета|учёта … снят|сним',
  'кезекке|эсепке|каттоого … коюу|алуу|кой|ал=|алат', 'кезектен|каттоодон|эсептен … чыгар', 'муктаж … деп таан|табуу|табат', 'узарт', 'бошотуу|бошотот … салык|төлөм|милдет|кызмат|жоопкерчилик',
  // D3: the personnel reserve is formed, filled and drawn from; a candidate who wants to get into it decides nothing.
  'формировани|формирует|формируется|формирования|формировать|создани|ведени|зачислени|зачисля|включени|включа|отбор|отбира … резерв', 'резерв … формир|формируется|создается|создаётся', 'работ … с= кадров|резерв',
  'должностн рост', 'продвижени … по= служб', 'повышени в= должност', 'кызматтык өсүш',
  // D2: a norm adopted or amended.
  'жобо|жобосу|эреже|эрежелери|тартип|тартиби|нускама|нускамасы … бекитилет|бекитилди', 'норма|норманы|ченем|ченемди|өзгөртүү|өзгөртүүлөр|өзгөртүүлөрдү|толуктоо|толуктоолор … киргиз',
  'внес|внесени|внесен|вносит|вносить|внести … изменени|дополнени|поправк',
  // D1 named from the applicant's side: what he obtains is what the body grants.
  'получени|получения|получение|получить|получению … разрешени|лиценз|патент|аккредитац', 'приобретени|приобретения прав= на= земельн|участк|недвижим +',
  'уруксат|уруксатты|лицензия|лицензияны|лицензиясын|патент|патентти … алуу=',
  // Kyrgyz as Russian: tender documents drafted, pupils admitted (зачисление), a planning assignment issued, state property privatised.
  'конкурстук|тендердик документ|документтерди|документацияны … даярд|түз|иштеп', 'балдарды|окуучуларды|студенттерди|абитуриенттерди … кабыл ал',
  'пландоо|пландык|техникалык тапшырма|тапшырмасын|тапшырмаларды … бер', 'корутунду|корутундусун|корутундуларды … даярд', 'менчиктештир', 'приватизац', 'турак жай|жайды|жайлар|жайларды|батир|батирди|батирлер|батирлерди … бер|бөлүштүр|бөлүп',
  // D5: property handed over free of charge; state stock sold.
  'в= собственность … бесплатно|безвозмездно', 'бесплатно|безвозмездно … в= собственность|пользовани|аренд', 'акысыз|бекер … менчикке|пайдаланууга',
  // The goods are the body's own — «унун» (its flour), «запастагы» (in stock) — not what anyone sells at a market.
  ...['сатат|саткан|сатылган|сатты|сатышат|сатылат', 'сатып жат'].map((sells) => `мүлк|мүлкүн|мүлктү|жерди|участокту|тилкени|унун|запасын|запастагы|резервин|резервдеги|отунун|көмүрүн …… ${sells}`),
  // D6: a decision taken unlawfully, partially, or out of turn.
  'незаконн|неправомерн|необоснованн|фиктивн выда|выдел|переда|предостав|переве|измен|продл|зарегистр|регистрац|списа|оформ|включ|поставлен|поставил',
  'мыйзамсыз|негизсиз … котор|бер|бөл|чыгар|сат|дайынд|катт|чеч|кой', 'мыйзамсыз|негизсиз … жок кыл',
  'необъективн|предвзят|пристраст', 'калыстык … болбойт|жок|бузул|сакталба', 'калыс эмес',
  // D6: documents demanded beyond the rules, terms tailored to one bidder, prices inflated, an outcome bought.
  'негизсиз|ашыкча|мыйзамсыз … талап', 'излишн|необоснованн … документ|требовани|сведени', 'истребовани|требовани|запрос|требует|запрашива … дополнительн … документ|сведени', 'требовани|истребовани … не= предусмотренн',
  'под= конкретн|определенн|заранее … поставщик|участник|подрядчик|компани|фирм', 'белгилүү бир … катышуучу|жеткирүүчү|компания',
  'завышени|занижени|завыш|заниж … цен|начальн +', 'кымбат|кымбатка … ал=|алган|алганы|алышкан|сатып', 'баасын|наркын … ашыр|жогорулат|көтөр',
  'положительн|отрицательн … заключени|решени|результат', 'оң=|терс= … корутунду|чечим',
  'искажени|искажа|фальсифи|подделк|подлог … результат|итог|решени|протокол|заключени|акт', 'жыйынтыг|натыйжа|корутунду|чечим|протокол|акт … бурмал|жасалма',
  'непривлечени|неприменени', 'побед|победу|победы … в= конкурс|торг|закуп|тендер|аукцион',
  'в= обход … очеред', 'вне= очеред', 'вместо … очередник|нуждающ', 'кезексиз', 'кезектен тышкары', 'кезекти … айланып|аттап',
];

/** Contact with citizens and organisations (p.9): receiving and answering applicants, dealing with businesses, bidders, the public. */
export const CONTACT_PHRASES: readonly string[] = [
  // Kyrgyz
  'жаран', 'арыз', 'арыз бер', 'кайрылуу|кайрылган|кайрылуулар|кайрылууларды|кайрылууларын', 'түздөн түз', 'түздөн түз байланыш', 'байланышуу|байланышта|байланыш … түз|жаран|арыз|ишкер|тарап',
  'катышуучу', 'ишкер', 'юридикалык жак|жактар|жактарга|жактардын|жактарды', 'жеке жак|жактар|жактарга|жактардын|жактарды|ишкер', 'уюмдар|уюмдарга|уюмдардын|уюмдарды|уюмдан|уюмдун|уюму',
  'билдирүүчү', 'өтүнмө', 'компания', 'жеткирүүчү', 'кабыл алуу жай', 'кабыл алууга жазыл', 'жүргүнчү',
  'документ|арыз|өтүнмө|материал|жаран|талапкер|келүүчү|декларац|кайрылуу|балдарды|окуучуларды|студенттерди|абитуриенттерди … кабыл ал', 'кабыл алуу|алат|алышат … жаран|арыз|келүүч|тургун', 'келүүчү', 'калкка|калк=', 'төлөөчү', 'алуучу', 'пациент', 'бейтап', 'ата эне', 'айдоочу', 'кардар',
  'ээлер|ээси', 'тургун', 'талапкерлер', 'резерв … адам',
  // Russian
  'граждан|!гражданск|!гражданств', 'обращени|обращений|обращения|обращениям', 'прием|приём|!приемк|!приёмк', 'посетител', 'непосредственн контакт|общени|взаимодейств', 'личн прием|приём',
  'заявител', 'прием|приём|принима|рассмотрени|получени … заявлени|заявок|заявк|документ|жалоб', 'выдач|выдав … заявител|документ|гражданам|лицам',
  'участник', 'предпринимател', 'юридическ лиц', 'физическ лиц', 'субъект|субъектов|субъектами|субъектам … предпринимател|хозяйств|контрол|проверк|малого',
  'взаимодейств|работ|контакт|встреч|консультирован … организаций|организациям|организациями', 'хозяйствующ субъект', 'поставщик', 'подрядчик', 'населени', 'кандидат',
  'претендент', 'соискател', 'получател', 'потребител', 'клиент', 'налогоплательщик', 'плательщик', 'декларант', 'перевозчик', 'недропользовател', 'землепользовател', 'арендатор',
  'собственник', 'проверяем', 'подконтрольн', 'родител', 'абитуриент', 'осужденн|осуждённ', 'водител', 'владел', 'застройщик', 'инвестор', 'экспортер|импортер',
  'жител|!жительств', 'обратить|обращаться|обратившихся|обращающихся|обратиться', 'собеседовани', 'маектеш', 'заявк|заявлени|документ … подал|подан|подает|подаёт', 'подач|подать|подает|подают|подавать|подаются … заявлени|заявк|документ', 'малообеспеченн', 'многодетн', 'семьям', 'очередник', 'выход|выходом на= место', 'выезд|выезжает|выезды … на= место|объект',
  'выдач|выдав|выдает|выдаёт|выдать|вручени|вруча … лиценз|разрешени|паспорт|удостоверени|свидетельств|сертификат|патент|справк|задани|решени|план|дубликат|согласовани|заключени',
  'уруксат|уруксаттарды|лиценз|лицензияларды|күбөлү|күбөлүктү|паспорт|сертификат|маалымкат … бер|тапшыр', 'представленн|указанн … в= заявлени|документ', 'представленн документ',
  'земельн|жилищн|лесн|санитарн|ветеринарн|пожарн|строительн|муниципальн … контрол|надзор', 'госуслуг', 'обращайтесь|обратитесь', 'оказани|оказыва … услуг … населени|граждан|заявител|физическ|юридическ', 'опекун|попечител', 'желающ', 'получени|истребовани … объяснени', 'получил|получили|получают|получат|получивш … земл|квартир|жиль|участк|пособи|выплат|субсид', 'прибыть|явиться|явки|явку', 'консультирован|информирован|разъяснени|уведомлени|уведомля … граждан|заявител|лиц',
  // C2: people named in the dative are those the act is done for.
  'детям=', 'сиротам', 'инвалидам', 'пенсионерам', 'ветеранам', 'малоимущим', 'бюджетникам', 'родственнику|родственникам', 'нуждающ … в= улучшени|жиль|жилищ|помощ|социальн', 'нуждающ лиц|граждан|семей|семьям|семьи', 'заинтересованн лиц|сторон', 'кызыкдар тарап|адам|жак|тараптардын',
  'бүлөгө|бүлөлөргө', 'балдарга', 'жетим=|жетимдер|жетимдерге|жетимдерди|жетимдердин', 'карыларга|карыяларга', 'карылар үй', 'майыптарга', 'аз камсыз', 'көп балалуу', 'туугандарына|тууганына|жакындарына',
  // C2: those a decision is made for — private hands, acquaintances, the companies whose interests it serves.
  'жеке колдорго|колго', 'в= частные= руки', 'знакомым|знакомому|знакомых|знакомого|знакомые', 'в= интересах … компани|организаци|фирм|застройщик|лиц|предпринимател',
  'коммерческ структур|организаци|фирм|компани', 'атына … протокол|проткол|акт|айып',
  // C1: a fine is imposed on a person; an organisation is accredited or licensed.
  'айып|айыптарды|айыптар … салуу|салат|салынат|салган|салышат', 'пландоо|пландык тапшырма|тапшырмасын … бер', 'протокол … административн правонарушени', 'рассмотрени|рассматрива … дел … административн', 'назначени|назнач … административн наказани', 'укук бузуу … иш|иштерди|ишти … кароо|карайт', 'административдик укук бузуу … протокол', 'освидетельствовани', 'наложени|налагает|налагать|наложить … штраф|административн +',
  'аккредитац|лицензировани … организаций|организации|предприятий|учреждений|юридическ',
];

// Shared by several factors' cancelling lists below.
/** «в резерве состоят 453 человека», «кадрлар резервинде 35 адам турат»: a count of those in the reserve, not forming it. */
const RESERVE_AS_A_STATE = 'кадров|кадровом|кадрлар|кадрдык|улуттук|резерве|резервинде|резервде …… турат|турушат|состоит|состоят|находится|находятся|числится|числятся';
/** A document named after a procedure — «карточка рассмотрения заявления», «журнал выдачи» — is a record of it. */
const RECORD_OF_A_PROCEDURE = 'карточк|журнал|журнале|журнала|книг|бланк … рассмотрени|выдач|прием|приём|регистрац';
/** «фиксируются результаты рассмотрения»: writing down an outcome is not reaching it. */
const RESULT_RECORDED = 'фиксир|отража|занос … результат|итог … рассмотрени|провер|отбор|конкурс|экспертиз';
/** A clause that records something in a log or an information system is logging (the corpus's «not discretion»). */
const LOGGED = 'регистрир|фиксир|внос|занос|отмеча|отража … в= журнал|журнале|книг|книге|карточк|информационн|базу|базе';
/** Recording a procedure on video or audio is a safeguard of it, not the procedure. */
const RECORDING_A_PROCEDURE = 'видеозапис|аудиозапис|видеофиксац|аудиофиксац|видеосъемк|запис … собеседовани|заседани|процедур|комисс|экзамен|тестировани';
/** Issuing a certificate, an extract or a copy of recorded facts: D1's exception, whatever the clause goes on to name. */
const CERTIFICATE_ISSUED = 'выдач|выдача|выдаче|выдачи|выдает|выдаёт справк|выписк|копи|дубликат';
/**
 * «Ушул Жобо …», «бул мыйзамда …»: the law itself speaks. In the dative with «ылайык» («ушул Жобого ылайык», in accordance
 * with this Regulation) it is a reference, and the clause still describes an act.
 */
const LAW_NAMED_KY = 'ушул|бул мыйзам|жобо|регламент|токтом|!мыйзамга|!жобого|!регламентке|!токтомго';

/**
 * Words that look like a factor but mean something else where they stand: each phrase cancels the
 * factor's matches whose first word it holds.
 */
export const NOT_A_FACTOR: Readonly<Record<Factor, readonly string[]>> = {
  discretion: [
    'утвержденн|утверждённ', 'маселе|милдет … чечүү|чечет', 'согласованн', 'выборочн|выборк', 'оценк … коррупционн|риск|эффективност|результат|качеств|уязвимост', 'тобокел|натыйжа … баало',
    'решени личн', 'критери|момент|получени|оформлени … решени', 'принято|принятое|принятым|принятом решени', 'основани … отказ',
    'назначенн|назначаем|назначается|назначен=|назначает … ответствен|начальник|руководител|приказ', 'назначается на= должност', 'назначени … освобожд', 'распредел … обязанност',
    'журнал|журнале|учет|учета … выдач', 'утверд|утвержд … перечн|перечен', 'решени|решением … суд', 'выдач|выдает|выдав|выдаёт расписк', 'решени …… оформля', 'назначено', 'выдач|оформлени … копи|выписк', 'передает|передается|направляет|направляется на= рассмотрени', 'ответствен за= экспертиз|рассмотр|провер|выдач|оформлени|прием|приём', 'выдач|выдав справ', 'выдач … дубликат|копи', 'заявлени|заявк|обращени|ходатайств … о= выдач|предоставлени|принятии|постановк|признани|назначени|продлени', 'тартиб|шарт|шарттарын|жол … аныкт', 'конкурс|аттестац … тартиб|өткөрүүнүн|жүргүзүүнүн',
    'порядок|порядка|порядке|правил|положени … конкурс|аттестац|провед|утвержд', 'обеспечени … провед|конкурс|аттестац',
    // A plan of the body's own work or measures is planning, no decision over anyone.
    'внесени|утвержд|утверд|разработк|бекит … план|планов … мероприят|работ|минимизац|противодейств|действи',
    // Being in the reserve, stated with a finite verb, is a fact, not the act of forming it.
    RESERVE_AS_A_STATE,
    // A changed record is no changed norm.
    'внес|внесени|внесен|вносит|вносятся|вносить|внести … изменени|дополнени … в= запис|реестр|базу|учет|учёт|сведени|данн|журнал|систем|информаци',
    // The offence someone was convicted of names no decision of the post described.
    'кыянаттык|злоупотреблени|превышени …… тартылган|соттолгон|осужден|осуждённ|привлечен', 'осужден|осуждённ|привлечен|привлечённ|соттолгон … за= злоупотреблени|превышени',
    // A bribe given or taken names no decision (D6).
    'пара|паранын|параны|сыйакы … бер|ал=|алуу|алган|талап', 'мыйзамсыз|негизсиз … пара|паранын|параны|сыйакы', 'взятк|взятку|взятки … дач|дал|дает|получ|переда|передач',
    // Being the subject of someone's check is news about it.
    'предмет|предметом … провер|рассмотрени|расследован|изучени',
    RECORD_OF_A_PROCEDURE, RESULT_RECORDED,
    'для= назначени|утвержден|рассмотрени|отбор|оценк|провер|определени|согласовани|принят|получени|приобретени', 'по= согласовани',
    'заявлени|заявк|обращени|ходатайств … о= получени|приобретени',
    // Sending papers for someone else's decision; reporting a check's results; keeping a commission's minutes.
    'направлени|передач|представлени … на= рассмотрени|согласовани|утверждени|подпис', 'результат|результатам|результатах|итогах … проверк|провер|текшер|ревизи', 'текшерүүлөрдүн|текшерүүнүн|ревизиянын натыйжа|жыйынтыг … боюнча|маалымат|отчет|жөнүндө',
    'протокол|протоколов|протоколы|протоколдорун … заседани|отурум … конкурсн|комисс|аттестац', 'на= получени|приобретени', 'рассмотрени|рассматрива|рассмотр … обращени|жалоб|предложени|запрос', 'межведомствен запрос', 'кайрылуу|кайрылууларды|даттануу|даттанууларды … кароо|карайт|каралат', 'факт … выдач|прием|приём|получени|отказ', 'провер …… комплектност|перечн',
    // Kyrgyz as Russian: a completeness check, the grounds for a refusal, a complaint considered.
    'толуктугун|толуктугу|тизмеге|тизмесине … текшер', 'баш тартуунун|тартууга негиз', 'обращени|жалоб|жалоба|предложени|запрос … рассматрива|рассмотр',
    // Reception steps: the subject of an appeal established, identity and authority checked, a case number given;
    // an executor picked from the staff; delegated duties; a competition's date; its secretary's support.
    'определяет|определени|устанавлива|установлени предмет обращени', 'провер|проверяет|проверка|устанавлива … личност|удостоверя|полномочи|наличи',
    'присваива|присвоени|присвоить … номер', 'назначает|назначени|назначить|назначается … из= числа', 'өткөрүлүп берилген иш|милдет|ыйгарым', 'тарабынан … дайындалат|дайындалып|бошотулат',
    'до= проведени|начала', 'день= проведени', 'чечими менен', 'чечимине ылайык', 'на= основании решени', 'в= соответствии= с= решением', 'распредел|распределяет … почт|корреспонденц',
    // A bound formal check (D4's exception), sampling for a laboratory, a responsible person named inside the body.
    'провер|проверяет|проверка|проверки … правильност|полнот заполнени|оформлени', 'отбор|отбора|отбору|отбирает|отбираются проб|образц', 'назначени|назначение ответственн',
    // Carrying out someone else's decision is not taking it.
    'выполнени|исполнени|реализаци|выполня|исполня … решени|решений|поручени', 'чечимдерин|чечимдердин|чечимин|чечимдин|токтомдорун … аткар|ишке',
    // Duties shared among the staff; the effectiveness of a body's work weighed.
    'милдеттерди|милдеттердин|функцияларды … бөлүштүр', 'медициналык кароо|кароодон|кароосунан', 'натыйжалуулугун|натыйжалуулукту … баало|баала',
    // An applicant's or a pupil's own choice is no official's choice.
    'по= выбору|на= выбор', 'выбор|выбору … заявител|граждан|родител|пациент|потребител|получател|студент|учащ',
    'заявител|граждан|родител|пациент|потребител|получател|студент|учащ … выбира|выбор', 'жаран|билдирүүчү|ата … тандайт|тандашат|тандоого',
    // Finding corruption risks is the analysis of them (as their assessment is).
    'определени|определил|определили|выявлени|выявил|выявили … коррупционн|риск', 'тобокел|тобокелдик … аныкт',
  ],
  contact: [
    'жарандык кызмат|коргоо|кодекс|укук|абал', 'тургундардын жыйын|жыйындарынын|чогулуш', 'прием|приём и= отправк', 'прием|приём … корреспонденц|почт', 'представленн|поданн претендент|кандидат|участник', 'мамлекеттик жарандык', 'подведомственн|подчиненн|бюджетн|караштуу|ведомстволук организаци|уюм',
    'обращени с= отход', 'обращени взыскан', 'обращени в= доход', 'участник … бюджетн|процесс|совещани|заседани|рабоч', 'прием … товар|работ=|выполненн|объект|отчет|отчёт|экзамен|зачет',
    'прием|приём на= службу|работу|муниципальн|государственн', 'права|прав=|правам граждан',
    'чечим|акт|актыларды|токтом|буйрук|мыйзам|бюджет|план|көрсөткүч|отчет … кабыл', 'кабыл алуу … чечим', 'населенн пункт', 'уюмдаштыр|уюштур', 'ички … уюм', 'калктын жыштыгы',
    'данн|сведени|уплат|принадлежност|представленн … заявител',
    // Candidates named in the title of a selection procedure are no one dealt with (C3).
    'порядок|порядка|порядке|правил|правила … отбор|конкурс|аттестац … кандидат|граждан|заявител|участник|претендент',
    // The name of a procurement method, and papers that came from suppliers: nobody is dealt with there.
    'у= единственн поставщик|подрядчик|исполнител', 'у= единственн поставщик подрядчик|исполнител',
    'полученн|поступивш|поступающ|представленн от= поставщик|подрядчик|исполнител|участник|заявител|граждан|организаци|лиц', 'полученн|поступивш|поступающ|представленн от= поставщик подрядчик|исполнител',
    RECORD_OF_A_PROCEDURE, RESULT_RECORDED, 'охран|здоровь … граждан', 'жарандардын саламат', 'поддержк|защит|интерес|благосостояни|благополучи|здоровь|безопасност|жизн|потребност|доход … граждан|населени', 'калктын ден соолу', 'численност|плотност|перепис|занятост … населени',
    // A count of people, or support of a group at large, deals with no one (C3).
    'водител служебн|персональн', 'айдоочу … кызматтык',
    'численност|количеств|число|статистик|доля … участник|граждан|заявител|налогоплательщик|получател|обращени|предпринимател|населени|субъект',
    'ишкерлердин|арыздардын|кайрылуулардын|катышуучулардын|жарандардын саны', 'поддержк|защит|развити … предпринимателей|предпринимательства|бизнеса|субъектов', 'ишкерлерди|ишкерликти|ишкердикти … колдоо|өнүктүрүү',
    'взаимодейств|работ|контакт|встреч|консультирован … подведомственн|подчиненн|бюджетн|государственн|территориальн', 'жарандардын|калктын укук|кызыкчылык|коопсуздук|турмуш|жашоо|саны|жыштыг', 'прием|принима … на= хранени', 'информационн|электронн … взаимодейств', 'требовани|оценк|предъявляем … участник|поставщик', 'решени о= рассмотрени', 'для= рассмотрени', 'отказ … выдач', 'факт … выдач|прием|приём|получени',
  ],
  zone: [
    'бюджетн|бюджеттик учрежден|мекеме|организац|уюм', 'образовани … комисс|рабоч|групп|совет|орган', 'налогов статистик|отчетност', 'салык статистик',
    'разрешени спор|вопрос|конфликт|разноглас', 'реестр|перечн|перечень|классификатор … услуг',
    'министерств|департамент|комитет … имущественн|земельн … отношени', 'социалдык … колдоого|жардамга муктаж', 'нуждающ … в= социальн|помощ|поддержк',
    'министерств|министрлиг|департамент|управлени|комитет|агентств здравоохран|образовани|транспорт|энергет|сельск|юстиц|финанс|экономик|природ|экологи|чрезвычайн|жилищ',
    'назначается … на= должност', 'назначени … освобожд', 'судебн порядк', 'материально техническ баз', 'высш|среднее|средн|профессиональн образовани', 'служб … регистрац|кадастр', 'в= области … регистрац', 'муниципальн образовани', 'взнос|взносов|поступлени|поступающ|зачислени|зачисля|платеж|уплат … в= бюджет', 'бюджеттен|бюджеттин … каржылан|каржылоо|эсебинен|төлөн',
    'за= счет|счёт … бюджет', 'финансир … из= бюджет', 'финансир … за= счет|счёт', 'информационн систем … градостроит',
    RESERVE_AS_A_STATE, 'кадастр и= картограф',
    // The body's own cars, a staff member's education, the fire safety of its building are no sector or zone.
    'служебн|персональн транспорт|автомобил|автотранспорт|машин', 'кызматтык унаа|унаасы|унаасын|автоунаа|транспорт', 'высш|высшее|высшим|высшего|средн|профессиональн … образовани',
    'пожарн|өрт … безопасност|коопсуздуг',
    // A case of an administrative offence is no criminal case (p.6/11).
    'возбужд|возбуждени … дел|дела|производств … административн', 'административдик … иш|ишти … козго', 'по= делам … госслужб|государственной= службы',
  ],
};

/**
 * Phrases that say a whole clause does not show the factor: a procedure's trigger («Основанием для начала
 * процедуры является…») or its purpose («В целях…») describes no decision of the post.
 */
export const CLAUSE_NOT_A_FACTOR: Readonly<Record<Factor, readonly string[]>> = {
  discretion: [
    'основани|основанием … начал', 'в= целях', 'обеспечени|обеспечивает|обеспечивать|обеспечение провед', 'критери … решени', 'итогов аттестац', 'участи … конкурс|отбор', 'настоящ|настоящее|настоящий положени|регламент|закон|порядок|правил', LAW_NAMED_KY,
    RECORDING_A_PROCEDURE, LOGGED, CERTIFICATE_ISSUED, 'маалымкат|маалымкаттарды|көчүрмө|көчүрмөсүн|дубликат … бер',
    // Applications filed are the applicants' act.
    'заявк|заявок|заявлени|документ подали|подано|поступило|поступили|поступил', 'подали|поступило|поступили … заявк|заявок|заявлени|документ', 'арыз|өтүнмө|документ … тапшырышты|тапшырды|түштү',
  ],
  contact: ['в= целях', 'настоящ|настоящее|настоящий положени|регламент|закон|порядок|правил', LAW_NAMED_KY, RECORDING_A_PROCEDURE, LOGGED, 'средств|средства|средствах массов информац', 'сми=', 'массалык маалымат каражат', 'несуществующ|вымышленн|фиктивн|мертв|умерш лиц|граждан|людей|получател|душ|работник'],
  // What someone owns (and pays tax on) is no land or property the state manages.
  zone: ['менчигинде|менчигиндеги', 'имеющ|имеющие|имеющих|владеющ … в= собственности'],
};

/**
 * Phrases that, opening a sentence, say the whole sentence describes a law or a regulation, not a post:
 * «Ушул Мыйзам … белгилейт», «Настоящий регламент устанавливает…». Mid-sentence they cancel their clause only.
 */
// The law in the nominative, as the subject: «Ушул Мыйзамда каралган» (provided for in this Law) is a reference, no preamble.
const LAW_AS_SUBJECT_RU = 'настоящий=|настоящее=|настоящая=|настоящие= закон=|положение=|регламент=|порядок=|правила=|постановление=';
const LAW_AS_SUBJECT_KY = 'ушул=|бул= мыйзам=|жобо=|регламент=|токтом=|тартип=';

export const SENTENCE_NOT_A_FACTOR: Readonly<Record<Factor, readonly string[]>> = {
  discretion: [LAW_AS_SUBJECT_RU, LAW_AS_SUBJECT_KY],
  // An announcement to the public at large deals with no one (C3 of the corpus's rules).
  contact: [LAW_AS_SUBJECT_RU, LAW_AS_SUBJECT_KY, 'обращаем= внимание', 'доводим= до= сведения', 'информируем= граждан|население|жителей'],
  zone: [],
};

/**
 * Phrases that, anywhere in a sentence, say the sentence is about how a decision is written down («Решение …
 * оформляется уведомлением»), not about taking it.
 */
export const SENTENCE_ABOUT_A_FORM: Readonly<Record<Factor, readonly string[]>> = {
  discretion: ['оформляется|оформляются', 'форме= постановлени|приказ|распоряжени|уведомлени|письм'],
  contact: [],
  // What a declaration lists («декларацияда … жер тилкелери … көрсөтүлөт») is the form's content, not the activity.
  zone: ['декларацияда|декларацияга', 'в= декларации|декларацию'],
};

/**
 * A rule of eligibility or a prohibition, anywhere in a sentence — «не могут быть членами комиссии», «компаниялар
 * тендерлерге катыша албайт» — states the content of a law: the parties it names are not dealt with (C3).
 */
export const SENTENCE_OF_A_RULE: Readonly<Record<Factor, readonly string[]>> = {
  discretion: [],
  contact: ['не= могут=|может= быть=|являться=|участвовать=', 'не= вправе= участвовать=', 'катыша|катышууга|боло|ээлей|кире албайт|алышпайт'],
  zone: [],
};

/** Support of someone else's decision, anywhere in a sentence, makes the whole sentence support (D3 of the corpus's rules). */
export const SENTENCE_OF_SUPPORT: Readonly<Record<Factor, readonly string[]>> = {
  discretion: ['организационн техническ обеспечени|сопровождени', 'уюштуруучулук техникалык камсыз', 'секретар|секретарем|секретарь|секретаря … конкурсн|комисс'],
  contact: [],
  zone: [],
};

type Cancels = 'words' | 'clause' | 'sentence' | 'whole sentence';

interface FactorTag {
  factor: Factor;
  /** For a zone: which; for a cancelling phrase: none. */
  zone?: string;
  /** What a cancelling phrase cancels: the phrases it holds the first word of, its clause, or the sentence it opens. */
  cancels: false | Cancels;
}

const ALL_ZONES: readonly RiskZone[] = [...HIGH_RISK_ZONES, ...HIGH_RISK_SECTORS];

function lexicon(): Phrase<FactorTag>[] {
  const found = (factor: Factor, written: readonly string[]) => written.map((w) => phrase<FactorTag>(w, { factor, cancels: false }));
  const cancelling = (lists: Readonly<Record<Factor, readonly string[]>>, cancels: Cancels) =>
    (Object.keys(lists) as Factor[]).flatMap((factor) => lists[factor].map((w) => phrase<FactorTag>(w, { factor, cancels })));
  return [
    ...found('discretion', DISCRETION_PHRASES),
    ...found('contact', CONTACT_PHRASES),
    ...ALL_ZONES.flatMap((zone) => zone.phrases.map((w) => phrase<FactorTag>(w, { factor: 'zone', zone: zone.id, cancels: false }))),
    ...cancelling(NOT_A_FACTOR, 'words'),
    ...cancelling(CLAUSE_NOT_A_FACTOR, 'clause'),
    ...cancelling(SENTENCE_NOT_A_FACTOR, 'sentence'),
    ...cancelling(SENTENCE_ABOUT_A_FORM, 'whole sentence'),
    ...cancelling(SENTENCE_OF_SUPPORT, 'whole sentence'),
    ...cancelling(SENTENCE_OF_A_RULE, 'whole sentence'),
  ];
}

const matcher = new PhraseMatcher<FactorTag>(lexicon());

export interface FactorEvidence {
  /** The phrases that showed each factor, as written in the cells. */
  discretion: string[];
  contact: string[];
  zone: string[];
  /** The p.6 zones and p.7 sectors the text falls in (`p.6/9`, `p.7/2`). */
  zoneIds: string[];
}

/** A cell for the matcher: its text, or its words as the checks keep them. */
export type FactorSource = string | Words | { text: string };

function textOf(source: FactorSource): string {
  if (typeof source === 'string') return source;
  if ('text' in source) return source.text;
  return source.shown;
}

/** The factors one text shows, each phrase kept where no cancelling phrase covers it. */
export function factorHits(text: string): FactorHit[] {
  const count = readHits(text);
  const hits: FactorHit[] = [];
  for (let h = 0; h < count; h++) if (kept[h] === 1) hits.push(hitAt(h));
  return hits;
}

type FactorHit = PhraseHit<FactorTag>;

/**
 * The hits of the text read last (readHits), and which of them stand: a check reads tens of thousands
 * of texts, so they are kept in reused columns rather than an object each.
 */
const textHits = new HitList();
let kept = new Uint8Array(32);

function hitAt(h: number): FactorHit {
  const index = textHits.phrase[h];
  return { phrase: index, tag: matcher.tagOf(index), start: textHits.start[h], end: textHits.end[h], clause: textHits.clause[h], sentence: textHits.sentence[h] };
}

/** Finds the text's phrases and marks in `kept` those that stand; returns how many were found. */
function readHits(text: string): number {
  if (text === '') return 0;
  const count = matcher.findInto(text, textHits).count;
  if (kept.length < count) kept = new Uint8Array(count * 2);
  kept.fill(1, 0, count);
  if (text.includes('«')) dropInsideTitles(text, count);
  let cancels = false;
  for (let h = 0; h < count; h++) if (kept[h] === 1 && matcher.tagOf(textHits.phrase[h]).cancels !== false) cancels = true;
  if (!cancels) return count;
  if (cancelling.length < count) cancelling = new Int32Array(count * 2);
  let cancellers = 0;
  for (let h = 0; h < count; h++) {
    if (kept[h] !== 1) continue;
    const how = matcher.tagOf(textHits.phrase[h]).cancels;
    if (how !== false && (how !== 'sentence' || opensSentence(text, textHits.start[h]))) cancelling[cancellers++] = h;
  }
  for (let h = 0; h < count; h++) {
    if (kept[h] !== 1) continue;
    const tag = matcher.tagOf(textHits.phrase[h]);
    if (tag.cancels !== false) {
      kept[h] = 0;
      continue;
    }
    for (let c = 0; c < cancellers; c++) {
      if (matcher.tagOf(textHits.phrase[cancelling[c]]).factor === tag.factor && covers(cancelling[c], h)) {
        kept[h] = 0;
        break;
      }
    }
  }
  return count;
}

/** The cancelling hits of the text read last, by their place in `textHits`. */
let cancelling = new Int32Array(32);

/**
 * A document's title in quotes — «О государственных пособиях», «Мамлекеттик жөлөкпулдар жөнүндө» — names
 * a law, not what the post does: the words inside it show no factor.
 */
const TITLE = /«\s*(?:Об?\s[^«»]*|[^«»]*\sж[өо]н[үу]нд[өо])\s*»/gi;

function dropInsideTitles(text: string, count: number): void {
  const titles = [...text.matchAll(TITLE)].map((m) => [m.index, m.index + m[0].length]);
  for (let h = 0; h < count; h++) if (titles.some(([from, to]) => from <= textHits.start[h] && textHits.start[h] < to)) kept[h] = 0;
}

/**
 * Whether a cancelling phrase covers a found one: holds its first word («гражданских служащих» cancels
 * «гражданских», but «приём граждан» is not cancelled by a phrase that only ends on «граждан»), or, for a
 * clause's cancelling phrase, stands in the same clause. Both are hits of the text read last, by their place in `textHits`.
 */
function covers(cancel: number, hit: number): boolean {
  const how = matcher.tagOf(textHits.phrase[cancel]).cancels;
  if (how === 'sentence' || how === 'whole sentence') return textHits.sentence[cancel] === textHits.sentence[hit];
  if (how === 'clause') return textHits.clause[cancel] === textHits.clause[hit];
  return textHits.start[cancel] <= textHits.start[hit] && textHits.start[hit] < textHits.end[cancel];
}

/** Whether only numbering, quotes, brackets and spaces stand between the sentence's start and `at`. */
function opensSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (SENTENCE_ENDS.includes(ch)) return true;
    if (!/[\s\d()«»"'“”„\-–—)]/.test(ch)) return false;
  }
  return true;
}

const SENTENCE_ENDS = '.;!?\n\r';

/** Texts no longer than this are remembered within one check: unit and post names repeat down a register. */
const REMEMBERED_TEXT_MAX = 80;

/** What one text shows, quoted from it: read once per text, and for a short text once per check. */
interface TextFactors {
  discretion: readonly string[];
  contact: readonly string[];
  zone: readonly string[];
  zoneIds: readonly string[];
}

/**
 * What short texts showed, kept by a check that reads many rows (detectFactors' `memo`). Most texts never
 * come again and are only noted as seen, so a long register does not keep every row's hits; a text that
 * does come again (a unit, a post, a function over merged rows, thousands of times) is read once more and
 * kept as what it shows, quoted.
 */
export type FactorMemo = Map<string, typeof SEEN_ONCE | TextFactors>;

const SEEN_ONCE = 0;

const NONE: readonly string[] = [];
const NO_FACTORS: TextFactors = { discretion: NONE, contact: NONE, zone: NONE, zoneIds: NONE };

function textFactors(text: string): TextFactors {
  const shown = emptied(ONE_TEXT);
  addTextFactors(shown, text);
  if (shown.discretion.length + shown.contact.length + shown.zone.length + shown.zoneIds.length === 0) return NO_FACTORS;
  const exact = (quoted: string[]) => (quoted.length === 0 ? NONE : quoted.slice());
  return { discretion: exact(shown.discretion), contact: exact(shown.contact), zone: exact(shown.zone), zoneIds: exact(shown.zoneIds) };
}

/** Adds what a text shows to the evidence, each zone and each quoted phrase once. */
function addTextFactors(evidence: FactorEvidence, text: string): void {
  const count = readHits(text);
  if (count === 0) return;
  for (let h = 0; h < count; h++) {
    if (kept[h] !== 1) continue;
    const zone = matcher.tagOf(textHits.phrase[h]).zone;
    if (zone !== undefined && !evidence.zoneIds.includes(zone)) evidence.zoneIds.push(zone);
  }
  addSpans(evidence.discretion, count, 'discretion', text);
  addSpans(evidence.contact, count, 'contact', text);
  addSpans(evidence.zone, count, 'zone', text);
}

/**
 * Reads the three factors from a row's cells; the function heading above the row counts toward the zone,
 * with the heading's own words as the evidence. `memo` keeps what short texts showed, for a check that
 * reads many rows.
 */
export function detectFactors(parts: readonly FactorSource[], heading?: { type?: FunctionType; text: string }, memo?: FactorMemo): FactorEvidence {
  const evidence = emptied(ONE_ROW);
  for (const part of parts) {
    const text = textOf(part);
    // A long text rarely repeats: its hits go straight into the evidence, with nothing kept.
    if (memo === undefined || text.length > REMEMBERED_TEXT_MAX) {
      addTextFactors(evidence, text);
      continue;
    }
    let found = memo.get(text);
    if (found === undefined) {
      memo.set(text, SEEN_ONCE);
      addTextFactors(evidence, text);
      continue;
    }
    if (found === SEEN_ONCE) memo.set(text, (found = textFactors(text)));
    if (found === NO_FACTORS) continue;
    addEach(evidence.zoneIds, found.zoneIds);
    addEach(evidence.discretion, found.discretion);
    addEach(evidence.contact, found.contact);
    addEach(evidence.zone, found.zone);
  }
  const headingZone = heading?.type?.zone;
  if (headingZone !== undefined) {
    if (!evidence.zoneIds.includes(headingZone)) evidence.zoneIds.push(headingZone);
    if (!evidence.zone.includes(heading!.text)) evidence.zone.push(heading!.text);
  }
  // A check keeps every row's evidence to its end, and an array grown by push keeps room for 16 items:
  // exact copies hold a long register's evidence in a fraction of the memory.
  return { discretion: exactly(evidence.discretion), contact: exactly(evidence.contact), zone: exactly(evidence.zone), zoneIds: exactly(evidence.zoneIds) };
}

/**
 * Where a row's evidence, and a text's, is gathered before it is copied out at its size: kept from call to
 * call, so gathering allocates nothing.
 */
const ONE_ROW: FactorEvidence = { discretion: [], contact: [], zone: [], zoneIds: [] };
const ONE_TEXT: FactorEvidence = { discretion: [], contact: [], zone: [], zoneIds: [] };

function emptied(evidence: FactorEvidence): FactorEvidence {
  evidence.discretion.length = 0;
  evidence.contact.length = 0;
  evidence.zone.length = 0;
  evidence.zoneIds.length = 0;
  return evidence;
}

function exactly(items: string[]): string[] {
  return items.length === 0 ? [] : items.slice();
}

/**
 * Phrases of one factor that overlap or stand side by side are one piece of evidence: «отказ в выдаче
 * лицензии», «приём граждан», not three words apart. Reads the standing hits of the text read last
 * (readHits), which come in order of where they start.
 */
function addSpans(into: string[], count: number, factor: Factor, text: string): void {
  let start = -1;
  let end = -1;
  for (let h = 0; h < count; h++) {
    if (kept[h] !== 1 || matcher.tagOf(textHits.phrase[h]).factor !== factor) continue;
    const hitStart = textHits.start[h];
    const hitEnd = textHits.end[h];
    if (start >= 0 && (hitStart <= end || sideBySide(text, end, hitStart))) {
      if (hitEnd > end) end = hitEnd;
      continue;
    }
    if (start >= 0) addOnce(into, text.slice(start, end));
    start = hitStart;
    end = hitEnd;
  }
  if (start >= 0) addOnce(into, text.slice(start, end));
}

function addOnce(into: string[], quoted: string): void {
  if (!into.includes(quoted)) into.push(quoted);
}

function addEach(into: string[], items: readonly string[]): void {
  for (let i = 0; i < items.length; i++) addOnce(into, items[i]);
}

/** Whether only spaces and hyphens stand between two phrases, no punctuation. */
function sideBySide(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!JOINING.has(text.charCodeAt(i))) return false;
  return true;
}

const JOINING = new Set([...' \u00a0\t-\u2010\u2011\u2012\u2013\u2014'].map((c) => c.charCodeAt(0)));

export function zoneById(id: string): RiskZone | undefined {
  return ALL_ZONES.find((zone) => zone.id === id);
}
