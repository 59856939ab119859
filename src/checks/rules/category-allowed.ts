import type { RegisterRule } from '../finding';
import { reportOutsideList } from './shared/value-outside-list';
import { vocabularyParagraph, vocabularyPlaces } from './shared/vocabulary-values';

/** p.4 knows three categories of risk; anything else, qualified or mixed, cannot be assessed. */
export const categoryAllowed: RegisterRule = {
  id: 'category.allowed',
  severity: 'error',
  paragraph: vocabularyParagraph,
  places: vocabularyPlaces('category'),
  title: { ky: 'Категория тизмеде жок', ru: 'Категории нет в списке', en: 'Category not in the list' },
  why: {
    ky: '4-пункт үч категорияны гана тааныйт: системалуу (реалдуу), потенциалдуу, кырдаалдык; башка маанини баалоого болбойт.',
    ru: 'Пункт 4 знает три категории: системный (реальный), потенциальный, ситуационный; другое значение оценить нельзя.',
    en: 'Paragraph 4 knows three categories: systemic (real), potential and situational; any other value cannot be assessed.',
  },
  check: reportOutsideList('category'),
};
