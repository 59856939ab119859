/**
 * The function types p.5 requires every body to assess. Appendix 1 groups its rows under headings that
 * name them («Уруксат берүү функциясы»); p.6 says such lists are not exhaustive, so other headings occur.
 */
import type { Localized, RegisterLanguage } from './text';
import type { StemPattern } from './stems';
import { StemMatcher } from './stems';

export type FunctionTypeId = 'control' | 'property' | 'services' | 'permitting' | 'jurisdictional' | 'normMaking';

export interface FunctionType {
  id: FunctionTypeId;
  /** The heading a template writes, per register language. The form's own two are used verbatim. */
  heading: Record<RegisterLanguage, string>;
  label: Localized;
  /** Stems that recognise the type in a heading someone typed. */
  patterns: StemPattern[];
  /** The p.6 zone a heading of this type falls in, when it does (`p.6/9`, as in zones.ts). */
  zone?: string;
}

export const FUNCTION_TYPES: readonly FunctionType[] = [
  {
    id: 'control',
    heading: { ky: 'Контролдоо жана көзөмөлдөө функциясы', ru: 'Контрольно-надзорная функция' },
    label: { ky: 'контролдоо жана көзөмөлдөө', ru: 'контроль и надзор', en: 'control and supervision' },
    patterns: [{ stems: ['контрол'] }, { stems: ['көзөмөл'] }, { stems: ['надзор'] }, { stems: ['инспекц'] }],
  },
  {
    id: 'property',
    heading: { ky: 'Муниципалдык жана мамлекеттик мүлктү башкаруу функциясы', ru: 'Функция по управлению государственным и муниципальным имуществом' },
    label: { ky: 'муниципалдык жана мамлекеттик мүлктү башкаруу', ru: 'управление государственным и муниципальным имуществом', en: 'state and municipal property management' },
    patterns: [{ stems: ['мүлк'] }, { stems: ['имуществ'] }, { stems: ['собственност'] }],
    zone: 'p.6/3',
  },
  {
    id: 'services',
    heading: { ky: 'Кызмат көрсөтүү функциясы', ru: 'Функция по оказанию услуг' },
    label: { ky: 'мамлекеттик кызматтарды көрсөтүү', ru: 'оказание государственных услуг', en: 'provision of state services' },
    patterns: [{ stems: ['кызмат', 'көрсөт'] }, { stems: ['услуг'] }],
    zone: 'p.6/15',
  },
  {
    id: 'permitting',
    heading: { ky: 'Уруксат берүү функциясы', ru: 'Разрешительная функция' },
    label: { ky: 'уруксат берүү жана каттоо', ru: 'разрешительная и регистрационная', en: 'permitting and registration' },
    patterns: [{ stems: ['уруксат'] }, { stems: ['каттоо'] }, { stems: ['катта'] }, { stems: ['лиценз'] }, { stems: ['разреш'] }, { stems: ['регистрац'] }],
    zone: 'p.6/9',
  },
  {
    id: 'jurisdictional',
    heading: { ky: 'Юрисдикциялык функция', ru: 'Юрисдикционная функция' },
    label: { ky: 'юрисдикциялык', ru: 'юрисдикционная', en: 'jurisdictional' },
    patterns: [{ stems: ['юрисдикц'] }, { stems: ['айып'] }, { stems: ['штраф'] }, { stems: ['административдик', 'жоопкерчил'] }],
  },
  {
    id: 'normMaking',
    heading: { ky: 'Ченем жаратуучу функция', ru: 'Нормотворческая функция' },
    label: { ky: 'ченем жаратуучу', ru: 'нормотворческая', en: 'norm-making' },
    patterns: [{ stems: ['ченем', 'жарат'] }, { stems: ['нормотвор'] }, { stems: ['ченемдик', 'укуктук', 'акт'] }, { stems: ['нормативн'] }],
  },
];

/** The two headings the Order's own form prints, in its order. */
export const FORM_HEADINGS: readonly FunctionTypeId[] = ['permitting', 'services'];

const flatPatterns = FUNCTION_TYPES.flatMap((type) => type.patterns.map((pattern) => ({ type, pattern })));
const headingMatcher = new StemMatcher(flatPatterns.map((entry) => entry.pattern));

/** The function type a heading names; on a heading that names several, the one p.5 lists first. */
export function recognizeFunctionType(heading: string): FunctionType | undefined {
  const matches = headingMatcher.findAll(heading);
  return matches.length === 0 ? undefined : flatPatterns[Math.min(...matches.map((m) => m.pattern))].type;
}

export function functionTypeById(id: string): FunctionType | undefined {
  return FUNCTION_TYPES.find((type) => type.id === id);
}
