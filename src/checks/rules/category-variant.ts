import type { RegisterRule } from '../finding';
import { quote } from '../finding';
import { readValues, vocabularyParagraph, VARIANT_WHY } from './shared/vocabulary-values';

/**
 * A category that reads as one of the Order's values but is not written as the register writes it (another
 * language, a grammatical form, a Latin look-alike letter, stray spaces): it breaks filtering and counting,
 * so it gets the Order's spelling as a suggestion.
 */
export const categoryVariant: RegisterRule = {
  id: 'category.variant',
  severity: 'info',
  paragraph: vocabularyParagraph,
  title: { ky: 'Категориянын жазылышы', ru: 'Написание категории', en: 'Category spelling' },
  why: VARIANT_WHY,
  check({ register, report }) {
    for (const { cell, found, vocabulary } of readValues(register, 'category')) {
      if (found.kind !== 'variant' || !vocabulary.allowed.includes(found.id)) continue;
      const suggestion = vocabulary.entries.find((e) => e.id === found.id)!.canonical[register.language];
      report({
        cell, column: 'category', suggestion,
        messages: {
          ky: `${quote(cell.text)} «${suggestion}» деп окулат. Сунушталган маани: «${suggestion}».`,
          ru: `${quote(cell.text)} читается как «${suggestion}». Предлагаемое значение: «${suggestion}».`,
          en: `${quote(cell.text)} reads as «${suggestion}». Suggested value: «${suggestion}».`,
        },
      });
    }
  },
};
