import type { RegisterRule } from '../finding';
import { suggestOrderSpelling, vocabularyParagraph, vocabularyPlaces, VARIANT_WHY } from './shared/vocabulary-values';

/**
 * A level that reads as one of the Order's values but is not written as the register writes it (another
 * language, a grammatical form, a Latin look-alike letter, stray spaces): it breaks filtering and counting,
 * so it gets the Order's spelling as a suggestion.
 */
export const levelVariant: RegisterRule = {
  id: 'level.variant',
  severity: 'info',
  paragraph: vocabularyParagraph,
  places: vocabularyPlaces('level'),
  title: { ky: 'Деңгээлдин жазылышы', ru: 'Написание уровня', en: 'Level spelling' },
  why: VARIANT_WHY,
  check: suggestOrderSpelling('level'),
};
