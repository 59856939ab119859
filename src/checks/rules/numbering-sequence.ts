import { appendixOf } from '../columns';
import type { RegisterRule } from '../finding';
import { NUMBERING_WHY, irregularNumbers } from './shared/numbered-rows';

/** A number out of the run 1, 2, 3 … under its heading or through them; a repeat is numbering.repeated's to say. */
export const numberingSequence: RegisterRule = {
  id: 'numbering.sequence',
  severity: 'warning',
  paragraph: ({ kind }) => appendixOf(kind),
  title: { ky: 'Номурлоо ырааттуу эмес', ru: 'Нумерация не по порядку', en: 'Numbering out of order' },
  why: NUMBERING_WHY,
  check({ register, report }) {
    for (const { cell, expected, repeated } of irregularNumbers(register)) {
      if (repeated) continue;
      report({
        cell, column: 'number', suggestion: String(expected),
        messages: {
          ky: `Номурлар үзгүлтүксүз ырааттуу болушу керек, ар бир аталыштын астында 1ден же аталыштар аркылуу уланып: бул жерде ${expected} күтүлөт.`,
          ru: `Нумерация идёт по порядку без пропусков, под каждым заголовком с 1 или подряд через заголовки: здесь ожидается ${expected}.`,
          en: `Numbers run 1, 2, 3 … with no gap, under each heading or on through the headings: ${expected} is expected here.`,
        },
      });
    }
  },
};
