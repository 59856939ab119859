import type { RegisterRule } from '../finding';
import { suggestOrderSpelling, vocabularyParagraph, vocabularyPlaces, VARIANT_WHY } from './shared/vocabulary-values';

/**
 * A category that reads as one of the Order's values but is not written as the register writes it (another
 * language, a grammatical form, a Latin look-alike letter, stray spaces): it breaks filtering and counting,
 * so it gets the Order's spelling as a suggestion.
 */
export const categoryVariant: RegisterRule = {
  id: 'category.variant',
  severity: 'info',
  paragraph: vocabularyParagraph,
  places: vocabularyPlaces('category'),
  title: { ky: 'Категориянын жазылышы', ru: 'Написание категории', en: 'Category spelling' },
  why: VARIANT_WHY,
  check: suggestOrderSpelling('category'),
};
