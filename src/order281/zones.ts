/**
 * Where corruption risk runs high: the functions and activities of p.6 and the sectors of p.7, with the
 * stems (Kyrgyz and Russian) that show a text falls in one. p.6 says its list is not exhaustive.
 */
import type { Localized } from './text';
import type { StemPattern } from './stems';

export interface RiskZone {
  /** `p.6/9` for the ninth p.6 zone, `p.7/2` for the second p.7 sector. */
  id: string;
  paragraph: 'p.6' | 'p.7';
  label: Localized;
  patterns: StemPattern[];
}

function zone(n: number, label: Localized, stems: (string | string[] | StemPattern)[]): RiskZone {
  return { id: `p.6/${n}`, paragraph: 'p.6', label, patterns: stems.map(toPattern) };
}

function sector(n: number, label: Localized, stems: (string | string[] | StemPattern)[]): RiskZone {
  return { id: `p.7/${n}`, paragraph: 'p.7', label, patterns: stems.map(toPattern) };
}

function toPattern(stem: string | string[] | StemPattern): StemPattern {
  if (typeof stem === 'object' && !Array.isArray(stem)) return stem;
  return { stems: Array.isArray(stem) ? stem : [stem] };
}

/** «торгов» is "of the auctions", but «торговой политики» is "trade policy". */
const AUCTIONS: StemPattern = { stems: ['торгов'], except: ['торговл', 'торговой', 'торговый', 'торговая', 'торговое', 'торговую', 'торговых', 'торговым', 'торговом'] };

export const HIGH_RISK_ZONES: readonly RiskZone[] = [
  zone(1, { ky: 'мамлекеттик сатып алуулар', ru: 'государственные закупки', en: 'state procurement' },
    [['сатып', 'алуу'], ['сатып', 'алган'], 'тендер', 'тоорук', 'закуп', 'торги', AUCTIONS]),
  zone(2, { ky: 'бюджетти түзүү, аткаруу жана контролдоо', ru: 'формирование, исполнение бюджета и контроль', en: 'budget drafting, execution and control' },
    ['бюджет']),
  zone(3, { ky: 'мамлекеттик жана муниципалдык менчиктин объекттери, ижара, менчиктештирүү', ru: 'государственная и муниципальная собственность, аренда, приватизация', en: 'state and municipal buildings, lease, privatisation' },
    ['ижара', 'менчиктеш', 'аренд', 'приватизац', ['акысыз', 'пайдалан'], ['безвозмездн', 'пользован']]),
  zone(4, { ky: 'жер участоктору', ru: 'земельные участки', en: 'land plots' },
    [['жер', 'участ'], 'земельн', ['жер', 'тилк']]),
  zone(5, { ky: 'турак жай фонду', ru: 'жилищный фонд', en: 'housing fund' },
    [['турак', 'жай'], 'жилищ', 'жилья', 'жилье', 'жильё']),
  zone(6, { ky: 'кепилдиктер, бюджеттик кредиттер, субсидиялар, гранттар', ru: 'гарантии, бюджетные кредиты, субсидии, гранты', en: 'guarantees, budget credits, subsidies, grants' },
    ['кепилдик', 'субсид', 'субвенц', 'дотац', 'грант', 'гарант', ['бюджеттик', 'кредит'], ['бюджетн', 'кредит']]),
  zone(7, { ky: 'ашыкча төлөнгөн салыктарды кайтаруу же эсепке алуу', ru: 'возврат или зачёт излишне уплаченных налогов', en: 'refund or offset of overpaid taxes' },
    [['ашыкча', 'төлөн'], ['излишне', 'уплач'], ['излишне', 'взыск'], 'возврат']),
  zone(8, { ky: 'салыктарды төлөөнү кийинкиге калтыруу', ru: 'отсрочка уплаты налогов и сборов', en: 'tax and fee deferrals' },
    ['салык', 'налог', 'кийинкиге', 'отсрочк', 'рассрочк']),
  zone(9, { ky: 'лицензиялоо жана уруксаттарды берүү', ru: 'лицензирование и выдача разрешений', en: 'licensing and permits' },
    ['лиценз', 'уруксат', 'разрешен', 'разрешит', 'аккредит', 'күбөлүк']),
  zone(10, { ky: 'мамлекеттик экспертиза жана корутундулар', ru: 'государственная экспертиза и заключения', en: 'state expertise and its conclusions' },
    ['экспертиз', ['корутунду', 'бер'], ['выдач', 'заключени']]),
  zone(11, { ky: 'кылмыш иштерин козгоо, иликтөө', ru: 'возбуждение и расследование уголовных дел', en: 'opening and investigating criminal cases' },
    [['кылмыш', 'иш'], ['уголовн', 'дел'], 'кылмыш', 'уголовн']),
  zone(12, { ky: 'өзгөчө кырдаалдардын, авариялардын себептерин иликтөө', ru: 'расследование причин чрезвычайных ситуаций и аварий', en: 'investigating emergencies, accidents, damage' },
    ['авари', ['өзгөчө', 'кырдаал'], ['чрезвычайн', 'ситуац'], 'кырсык', 'несчастн']),
  zone(13, { ky: 'сот органдарында мамлекеттин кызыкчылыгын коргоо', ru: 'представление интересов республики в судах', en: 'representing the Republic in courts' },
    [['сот', 'орган'], 'судах', 'судебн', 'соттук']),
  zone(14, { ky: 'мүлктү каттоо, мүлктүн маалымат базасы', ru: 'регистрация имущества, базы данных имущества', en: 'property registration and property databases' },
    ['каттоо', 'каттал', 'регистрац', 'реестр']),
  zone(15, { ky: 'жарандарга жана уюмдарга мамлекеттик кызматтарды көрсөтүү', ru: 'оказание государственных услуг', en: 'state services to citizens and organisations' },
    [['мамлекеттик', 'кызмат', 'көрсөт'], ['государственн', 'услуг'], ['муниципальн', 'услуг']]),
  zone(16, { ky: 'материалдык-техникалык ресурстарды сактоо жана бөлүштүрүү', ru: 'хранение и распределение материальных ресурсов', en: 'storage and distribution of material resources' },
    [['материалдык', 'техникалык'], ['материальн', 'ресурс'], ['материально', 'техническ'], 'гуманитардык', 'гуманитарн']),
  zone(17, { ky: 'кызмат орундарына дайындоо, аттестация, конкурстар, кадрлар резерви', ru: 'назначение на должности, аттестация, конкурсы, кадровый резерв', en: 'appointment to posts, attestation, competitions, personnel reserve' },
    ['дайындоо', 'аттестац', 'конкурс', ['кадр', 'резерв'], ['кадров', 'резерв'], ['квалификац', 'экзамен'], ['назначени', 'на', 'должност']]),
];

export const HIGH_RISK_SECTORS: readonly RiskZone[] = [
  sector(1, { ky: 'транспорт жана жол чарбасы', ru: 'транспорт и дорожное хозяйство', en: 'transport and roads' }, ['транспорт', ['жол', 'чарба'], 'дорожн', 'автомобилн']),
  sector(2, { ky: 'курулуш жана капиталдык ремонт', ru: 'строительство и капитальный ремонт', en: 'construction and capital repair' }, ['курулуш', 'строител', ['капиталдык', 'ремонт'], ['капитальн', 'ремонт']]),
  sector(3, { ky: 'жаратылыш-ресурстук жөнгө салуу', ru: 'природопользование', en: 'natural-resource regulation' }, ['жаратылыш', 'природ', 'недр', ['пайдалуу', 'кен'], ['полезн', 'ископ']]),
  sector(4, { ky: 'энергетика жана мунай газ комплекси', ru: 'энергетика и нефтегазовый комплекс', en: 'energy, oil and gas' }, ['энергет', 'мунай', 'нефт', 'газовы', ['жаратылыш', 'газ']]),
  sector(5, { ky: 'агроөнөр жай комплекси', ru: 'агропромышленный комплекс', en: 'agro-industry' }, ['агро', ['айыл', 'чарба'], 'сельскохоз', ['сельск', 'хозяйств']]),
  sector(6, { ky: 'турак жай-коммуналдык комплекси', ru: 'жилищно-коммунальный комплекс', en: 'housing and utilities' }, ['коммунал']),
  sector(7, { ky: 'жерди пайдалануу', ru: 'землепользование', en: 'land use' }, [['жерди', 'пайдалан'], 'землепольз']),
  sector(8, { ky: 'саламаттык сактоо', ru: 'здравоохранение', en: 'health care' }, [['саламаттык', 'сакт'], 'здравоохран', 'медицин', 'оорукана', 'больниц']),
  sector(9, { ky: 'билим берүү', ru: 'образование', en: 'education' }, [['билим', 'бер'], 'образован', 'мектеп', 'школ']),
];
