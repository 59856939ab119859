/**
 * The function types p.5 requires every body to assess. Appendix 1 groups its rows under headings that
 * name them («Уруксат берүү функциясы»); p.6 says such lists are not exhaustive, so other headings occur.
 */
import type { Localized, RegisterLanguage } from './text';
import { phrase, PhraseMatcher } from './phrases';

export type FunctionTypeId = 'control' | 'property' | 'services' | 'permitting' | 'jurisdictional' | 'normMaking';

export interface FunctionType {
  id: FunctionTypeId;
  /** The heading a template writes, per register language. The form's own two are used verbatim. */
  heading: Record<RegisterLanguage, string>;
  label: Localized;
  /** Phrases that recognise the type in a heading someone typed (phrases.ts notation). */
  phrases: readonly string[];
  /** The p.6 zone a heading of this type falls in, when it does (`p.6/9`, as in zones.ts). */
  zone?: string;
}

export const FUNCTION_TYPES: readonly FunctionType[] = [
  {
    id: 'control',
    heading: { ky: 'Контролдоо жана көзөмөлдөө функциясы', ru: 'Контрольно-надзорная функция' },
    label: { ky: 'контролдоо жана көзөмөлдөө', ru: 'контроль и надзор', en: 'control and supervision' },
    phrases: ['контрол', 'көзөмөл', 'надзор', 'инспекц', 'текшер', 'проверк', 'проверочн'],
  },
  {
    id: 'property',
    heading: { ky: 'Муниципалдык жана мамлекеттик мүлктү башкаруу функциясы', ru: 'Функция по управлению государственным и муниципальным имуществом' },
    label: { ky: 'муниципалдык жана мамлекеттик мүлктү башкаруу', ru: 'управление государственным и муниципальным имуществом', en: 'state and municipal property management' },
    phrases: ['мүлк', 'имуществ', 'собственност', 'госимуществ', 'госсобственност'],
    zone: 'p.6/3',
  },
  {
    id: 'services',
    heading: { ky: 'Кызмат көрсөтүү функциясы', ru: 'Функция по оказанию услуг' },
    label: { ky: 'мамлекеттик кызматтарды көрсөтүү', ru: 'оказание государственных услуг', en: 'provision of state services' },
    phrases: ['кызмат көрсөт', 'услуг'],
    zone: 'p.6/15',
  },
  {
    id: 'permitting',
    heading: { ky: 'Уруксат берүү функциясы', ru: 'Разрешительная функция' },
    label: { ky: 'уруксат берүү жана каттоо', ru: 'разрешительная и регистрационная', en: 'permitting and registration' },
    phrases: ['уруксат', 'каттоо', 'катта', 'лиценз', 'разреш', 'регистрац'],
    zone: 'p.6/9',
  },
  {
    id: 'jurisdictional',
    heading: { ky: 'Юрисдикциялык функция', ru: 'Юрисдикционная функция' },
    label: { ky: 'юрисдикциялык', ru: 'юрисдикционная', en: 'jurisdictional' },
    // p.5 defines it by cases of administrative offences: «рассмотрение дел об административных правонарушениях».
    phrases: ['юрисдикц', 'айып', 'штраф', 'административдик жоопкерчил', 'административн … правонаруш', 'укук бузуу'],
  },
  {
    id: 'normMaking',
    heading: { ky: 'Ченем жаратуучу функция', ru: 'Нормотворческая функция' },
    label: { ky: 'ченем жаратуучу', ru: 'нормотворческая', en: 'norm-making' },
    phrases: ['ченем жарат', 'ченем чыгар', 'нормотвор', 'ченемдик укуктук акт', 'нормативдик укуктук акт', 'нормативн', 'нпа'],
  },
];

/** The two headings the Order's own form prints, in its order. */
export const FORM_HEADINGS: readonly FunctionTypeId[] = ['permitting', 'services'];

const headingMatcher = new PhraseMatcher(FUNCTION_TYPES.flatMap((type) => type.phrases.map((written) => phrase(written, type))));

/** The function type a heading names; on a heading that names several, the one p.5 lists first. */
export function recognizeFunctionType(heading: string): FunctionType | undefined {
  let first: { phrase: number; tag: FunctionType } | undefined;
  for (const match of headingMatcher.findAll(heading)) if (first === undefined || match.phrase < first.phrase) first = match;
  return first?.tag;
}

export function functionTypeById(id: string): FunctionType | undefined {
  return FUNCTION_TYPES.find((type) => type.id === id);
}
