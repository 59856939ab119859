import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import { NUMBERING_WHY, irregularNumbers } from './shared/numbered-rows';

/** The same number twice under one heading. */
export const numberingRepeated: RegisterRule = {
  id: 'numbering.repeated',
  severity: 'warning',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Номур кайталанат', ru: 'Номер повторяется', en: 'Repeated number' },
  why: NUMBERING_WHY,
  check({ register, report }) {
    for (const { cell, value, repeated } of irregularNumbers(register)) {
      if (!repeated) continue;
      report({
        cell, column: 'number',
        messages: {
          ky: `${value} номуру кайталанат.`,
          ru: `Номер ${value} повторяется.`,
          en: `Number ${value} is repeated.`,
        },
      });
    }
  },
};
