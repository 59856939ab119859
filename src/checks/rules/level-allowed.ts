import type { RegisterRule } from '../finding';
import { reportOutsideList } from './shared/value-outside-list';
import { vocabularyParagraph, vocabularyPlaces, type ColumnVocabulary } from './shared/vocabulary-values';
import type { Localized } from '../../order281/text';

/**
 * The levels of p.4 (zero, low, medium, high in Appendix 1) and of Appendix 2's footnote (****) (no zero).
 * «Не высокий», «Өтө жогорку», «Выше среднего», «средне-высокий» are none of them.
 */
export const levelAllowed: RegisterRule = {
  id: 'level.allowed',
  severity: 'error',
  paragraph: vocabularyParagraph,
  places: vocabularyPlaces('level'),
  title: { ky: 'Деңгээл тизмеде жок', ru: 'Уровня нет в списке', en: 'Level not in the list' },
  why: {
    ky: 'Деңгээлдер: төмөнкү, орточо, жогорку (4-пункт, 2-тиркеме); 1-тиркемеде нөлдүк да бар.',
    ru: 'Уровни: низкий, средний, высокий (пункт 4, Приложение 2); в Приложении 1 есть ещё нулевой.',
    en: 'The levels are low, medium and high (paragraph 4, Appendix 2); Appendix 1 also has zero.',
  },
  check: reportOutsideList('level', noZeroLevel),
};

function noZeroLevel(vocabulary: ColumnVocabulary): Localized {
  return {
    ky: `Маани тизмеде жок: 2-тиркемеде «нөлдүк» деңгээл каралган эмес. Тандаңыз: ${vocabulary.choices.ky}.`,
    ru: `Значения нет в списке: в Приложении 2 нет нулевого уровня. Выберите: ${vocabulary.choices.ru}.`,
    en: `The value is not in the list: Appendix 2 has no zero level. Choose: ${vocabulary.choices.en}.`,
  };
}
