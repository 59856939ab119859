/**
 * Why each rule matters, in the three interface languages, shown beside the Order's words when a person
 * opens a finding. Keyed by the core's rule ids (src/checks); a test fails when the core gains a rule
 * that has no explanation here. Loaded with the Order's text, in a lazy chunk.
 */
import type { Localized } from '../order281/text';

const APPROVAL_REVIEW: Localized = {
  ky: 'Бекитилген күнү тизме акыркы жолу качан каралганын көрсөтөт; 13-пункт боюнча тизме жылына жок дегенде бир жолу каралат.',
  ru: 'Дата утверждения показывает, когда перечень пересматривался; по пункту 13 его пересматривают не реже раза в год.',
  en: 'The approval date shows when the register was last reviewed; paragraph 13 asks for a review at least once a year.',
};

const HEADINGS: Localized = {
  ky: '1-тиркеме тобокелдиктерди органдын функцияларынын түрлөрү боюнча топтойт; 5-пункт ар бир орган баалай турган түрлөрдү санайт, 6-пункт башкаларына да жол берет.',
  ru: 'Приложение 1 группирует риски по видам функций органа; пункт 5 перечисляет виды, которые оценивает каждый орган, пункт 6 допускает и другие.',
  en: "Appendix 1 groups risks under the body's function types; paragraph 5 lists the types every body must assess, and paragraph 6 allows others.",
};

const NUMBERING: Localized = {
  ky: 'Саптар Буйруктун формасындагыдай ар бир функциянын аталышынын астында 1, 2, … деп кайрадан номерленет; үзгүлтүк же кайталоо саптарга шилтеме берүүнү кыйындатат.',
  ru: 'Строки нумеруются 1, 2, … заново под каждым заголовком функции, как в форме; пропуски и повторы мешают ссылаться на строки.',
  en: "Rows are numbered 1, 2, … afresh under each function heading, as in the Order's form; gaps and repeats make rows hard to refer to.",
};

const ROW_PLACE: Localized = {
  ky: '1-тиркемеде ар бир тобокелдик өз функциясынын аталышынын астында турат; биринчи аталыштан жогорку сап же кийинки сапка уланган текст тобокелдик катары окулбайт.',
  ru: 'В Приложении 1 каждый риск стоит под заголовком своей функции; строка выше первого заголовка или текст, перенесённый в следующую строку, не читается как риск.',
  en: 'In Appendix 1 each risk sits under its function heading; a row above the first heading, or text spilling into the next row, cannot be read as a risk.',
};

const VARIANT: Localized = {
  ky: 'Маани таанылат, бирок Буйруктагыдай жазылган эмес; Буйруктагыдай жазылса, тизмелерди салыштырууга жана бириктирүүгө болот.',
  ru: 'Значение узнаваемо, но записано не так, как в распоряжении; единое написание позволяет сравнивать и сводить перечни.',
  en: "The value is recognisable but not written as in the Order; writing it the Order's way lets registers be compared and consolidated.",
};

const BY_RULE: Record<string, Localized> = {
  'approval.missing': {
    ky: '1- жана 2-тиркемелерди мамлекеттик органдын жетекчиси бекитет («Бекитемин» жана датасы); ансыз тизме бекитилген болуп эсептелбейт (11, 13-пункттар).',
    ru: 'Приложения 1 и 2 утверждает руководитель органа (блок «УТВЕРЖДАЮ» с датой); без него перечень не считается утверждённым (пункты 11, 13).',
    en: 'Appendices 1 and 2 are approved by the head of the body (the «Бекитемин» block with a date); without it the register is not approved (paragraphs 11, 13).',
  },
  'approval.undated': APPROVAL_REVIEW,
  'approval.stale': APPROVAL_REVIEW,
  'approval.future': {
    ky: 'Келечектеги бекитилген күн, балким, жазуудагы ката.',
    ru: 'Дата утверждения в будущем — скорее всего, опечатка.',
    en: 'An approval date in the future is most likely a typing mistake.',
  },
  'cell.error-value': {
    ky: 'Уячадагы формуланын катасы (#N/A, #REF! …) анын маанисин жашырат; тапшырылган тизме окула турган болушу керек.',
    ru: 'Ошибка формулы (#Н/Д, #ССЫЛКА! …) скрывает содержимое ячейки; представленный перечень должен читаться.',
    en: 'A formula error (#N/A, #REF! …) hides what a cell holds; a submitted register must be readable.',
  },
  'header.missing-column': {
    ky: 'Буйруктун формасы ар бир тизменин мамычаларын аныктайт; мамыча жок болсо, Буйрук талап кылган маалыматтын бир бөлүгү жазылбай калат.',
    ru: 'Форма распоряжения задаёт столбцы каждого перечня; без столбца часть требуемых сведений не отражена.',
    en: "The Order's form fixes each register's columns; without a column, part of what the Order asks for is not recorded.",
  },
  'heading.none': HEADINGS,
  'heading.unknown-function': HEADINGS,
  'level.systemic-zero': {
    ky: 'Системалуу (реалдуу) тобокелдик — органда иш жүзүндө иштеп жаткан схема (4-пункт), ошондуктан анын деңгээли нөлдүк боло албайт.',
    ru: 'Системный (реальный) риск — схема, которая реально действует в органе (пункт 4), поэтому его уровень не может быть нулевым.',
    en: 'A systemic (real) risk is a scheme that actually operates in the body (paragraph 4), so its level cannot be zero.',
  },
  'level.zone-too-low': {
    ky: '6-пункт коррупциялык тобокелдиги жогору функцияларды атайт; ушундай зонадагы тобокелдиктин деңгээли төмөн коюлса, аны кайра карап чыгуу керек.',
    ru: 'Пункт 6 называет функции с высоким уровнем коррупционного риска; низкий уровень для риска из такой зоны стоит перепроверить.',
    en: 'Paragraph 6 names the functions with a high level of corruption risk; a risk in one of those zones rated low deserves a second look.',
  },
  'category.allowed': {
    ky: '4-пункт үч категорияны гана тааныйт: системалуу (реалдуу), потенциалдуу, кырдаалдык; башка маанини баалоого болбойт.',
    ru: 'Пункт 4 знает три категории: системный (реальный), потенциальный, ситуационный; другое значение оценить нельзя.',
    en: 'Paragraph 4 knows three categories: systemic (real), potential and situational; any other value cannot be assessed.',
  },
  'level.allowed': {
    ky: 'Деңгээлдер: төмөнкү, орточо, жогорку (4-пункт, 2-тиркеме); 1-тиркемеде нөлдүк да бар.',
    ru: 'Уровни: низкий, средний, высокий (пункт 4, Приложение 2); в Приложении 1 есть ещё нулевой.',
    en: 'The levels are low, medium and high (paragraph 4, Appendix 2); Appendix 1 also has zero.',
  },
  'category.variant': VARIANT,
  'level.variant': VARIANT,
  'numbering.repeated': NUMBERING,
  'numbering.sequence': NUMBERING,
  'positions.missing-flagged-unit': {
    ky: '9-пункт: коррупциогендик кызмат орундарынын тизмеси кызматтык иштин өзгөчөлүгүнөн, жарандар менен байланыштын интенсивдүүлүгүнөн жана чечим кабыл алуудагы эркиндиктен түзүлөт; 1-тиркемеде ушул үчөө тең көрүнгөн бөлүм 2-тиркемеде болушу керек.',
    ru: 'Пункт 9: перечень коррупциогенных должностей составляется исходя из специфики деятельности, интенсивности контактов с гражданами и свободы принятия решений; подразделение, у которого в Приложении 1 видны все три признака, должно быть в Приложении 2.',
    en: 'Paragraph 9: corruption-prone positions follow from the nature of the work, contact with citizens and freedom of decision; a unit showing all three in Appendix 1 belongs in Appendix 2.',
  },
  'positions.register-absent': {
    ky: 'Ар бир орган эки тизмени тең жүргүзөт (11-пункт): тобокелдиктердин тизмеси жана коррупциогендик кызмат орундарынын тизмеси.',
    ru: 'Каждый орган ведёт оба перечня (пункт 11): перечень рисков и перечень коррупциогенных должностей.',
    en: 'Every body keeps both registers (paragraph 11): the list of risks and the list of corruption-prone positions.',
  },
  'required.empty': {
    ky: 'Саптын ар бир мамычасы Буйрук талап кылган нерсени камтыйт: функция, бөлүм, тобокелдик, анын категориясы жана деңгээли.',
    ru: 'Каждый столбец строки содержит то, что требует распоряжение: функцию, подразделение, риск, его категорию и уровень.',
    en: 'Each column of a row holds something the Order asks for: the function, the unit, the risk, its category and level.',
  },
  'risk.thin': {
    ky: '(**) эскертүү: тобокелдик коррупциялык схеманын механизмин анын көрүнүштөрүнүн мисалдары менен, келечекте болушу мүмкүн болгондорун кошо сүрөттөшү керек.',
    ru: 'Сноска (**): риск должен описывать механизм коррупционной схемы с примерами проявлений, в том числе возможных в будущем.',
    en: 'Footnote (**): a risk must describe how the corrupt scheme works, with examples of how it shows, including possible future ones.',
  },
  'row.before-heading': ROW_PLACE,
  'row.continued': ROW_PLACE,
  'row.duplicate': {
    ky: 'Бир эле тобокелдиктин эки жолу жазылышы тизмени чоңойтуп, кайсы сап учурдагы экенин жашырат.',
    ru: 'Повтор одного и того же риска раздувает перечень и скрывает, какая строка актуальна.',
    en: 'The same risk twice inflates the register and hides which row is current.',
  },
  'register.empty': {
    ky: '11-пункт боюнча орган тизмени түзүп, бекитет: бир да сабы жок тизмени тапшырууга болбойт.',
    ru: 'По пункту 11 орган составляет и утверждает перечень: перечень без единой строки представить нельзя.',
    en: 'Paragraph 11 has the body draw up and approve the register: a register without a single row cannot be submitted.',
  },
  'row.empty-numbered': {
    ky: 'Номери бар бош сап формадан калган: аны толтуруңуз же өчүрүңүз.',
    ru: 'Пронумерованная пустая строка осталась от формы: заполните или удалите её.',
    en: 'A numbered row with nothing in it is left over from the form: fill it in or delete it.',
  },
  'scope.empty': {
    ky: '7-мамыча тобокелдик бир гана органга таандыкпы же бир нечесин камтыйбы деп сурайт; жооп чара кайда көрүлүшү керектигин көрсөтөт (14-пункт).',
    ru: 'Столбец 7 спрашивает, относится ли риск к одному органу или к нескольким; ответ показывает, где принимать меры (пункт 14).',
    en: 'Column 7 asks whether the risk is specific to this body or covers several; the answer shows where measures belong (paragraph 14).',
  },
  'workbook.no-register': {
    ky: 'Тобокел тизмени баш сабы (Буйруктагы мамычалардын аталыштары) боюнча тааныйт; форманы кыстарыңыз же баш сапты текшериңиз.',
    ru: 'Тобокел узнаёт перечень по строке заголовков (названиям столбцов из распоряжения); вставьте форму или проверьте шапку.',
    en: "Tobokel recognises a register by its header row, the Order's column titles; insert a form or check the header.",
  },
};

/** A rule the core adds later still gets its family's explanation (`approval.*`, `*.variant`, …). */
const BY_FAMILY: Record<string, Localized> = {
  approval: APPROVAL_REVIEW,
  heading: HEADINGS,
  numbering: NUMBERING,
  row: ROW_PLACE,
};

export function explainRule(rule: string): Localized | undefined {
  if (BY_RULE[rule]) return BY_RULE[rule];
  if (rule.endsWith('.variant')) return VARIANT;
  return BY_FAMILY[rule.split('.')[0]];
}

export const EXPLAINED_RULES: readonly string[] = Object.keys(BY_RULE);
