import { quote, type RegisterRule } from '../finding';
import { FUNCTION_LIST, HEADINGS_WHY } from './shared/function-list';

/**
 * A heading naming none of the function types of p.5. p.6 lets a body add others, so this is a warning to
 * look again, not an error.
 */
export const headingUnknownFunction: RegisterRule = {
  id: 'heading.unknown-function',
  severity: 'warning',
  paragraph: 'p.5',
  title: { ky: 'Белгисиз функция', ru: 'Неизвестная функция', en: 'Unknown function type' },
  why: HEADINGS_WHY,
  check({ register, report }) {
    if (register.kind !== 'risks') return;
    for (const heading of register.headings) {
      if (heading.functionType) continue;
      report({
        cell: heading.cell, column: 'heading',
        messages: {
          ky: `${quote(heading.text)} 5-пункттагы функциялардын бирин атабайт (${FUNCTION_LIST.ky}). Тизме толук эмес (6-пункт), бирок аталышты текшериңиз.`,
          ru: `${quote(heading.text)} не называет ни одну функцию из пункта 5 (${FUNCTION_LIST.ru}). Перечень не исчерпывающий (пункт 6), но проверьте заголовок.`,
          en: `${quote(heading.text)} names none of the function types of paragraph 5 (${FUNCTION_LIST.en}). The list is not exhaustive (paragraph 6), but check the heading.`,
        },
      });
    }
  },
};
