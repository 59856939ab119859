import { cellShape, sameWords } from '../cell-words';
import type { RegisterRule } from '../finding';

/** Fewer words than this cannot name an actor, an action and what it yields. */
export const MIN_RISK_WORDS = 6;
export const MIN_RISK_LETTERS = 40;

/**
 * Footnote (**) of Appendix 1: the risk must describe the mechanism, with examples. A few words, or the
 * function restated, cannot do that.
 */
export const riskThin: RegisterRule = {
  id: 'risk.thin',
  severity: 'warning',
  paragraph: 'Appendix 1 (**)',
  title: { ky: 'Тобокелдик толук сүрөттөлгөн эмес', ru: 'Риск описан слишком кратко', en: 'Risk described too thinly' },
  why: {
    ky: '(**) эскертүү: тобокелдик коррупциялык схеманын механизмин анын көрүнүштөрүнүн мисалдары менен, келечекте болушу мүмкүн болгондорун кошо сүрөттөшү керек.',
    ru: 'Сноска (**): риск должен описывать механизм коррупционной схемы с примерами проявлений, в том числе возможных в будущем.',
    en: 'Footnote (**): a risk must describe how the corrupt scheme works, with examples of how it shows, including possible future ones.',
  },
  check({ register, report }) {
    if (register.kind !== 'risks') return;
    for (const row of register.rows) {
      const cell = row.cells.risk;
      if (!cell || cell.text === '') continue;
      const { words, letters } = cellShape(cell);
      const restatesFunction = sameWords(cell, row.cells.function);
      if (words >= MIN_RISK_WORDS && letters >= MIN_RISK_LETTERS && !restatesFunction) continue;
      report({
        cell, column: 'risk',
        messages: restatesFunction
          ? {
            ky: 'Тобокелдик функцияны кайталайт: тобокелдиктин механизмин мисалдар менен сүрөттөңүз.',
            ru: 'Риск повторяет функцию: опишите механизм риска с примерами проявлений.',
            en: 'The risk restates the function: describe how the risk works, with examples.',
          }
          : {
            ky: 'Тобокелдиктин сүрөттөлүшү өтө кыска: ким эмне кылат, кандай пайда алат — механизмди мисалдар менен жазыңыз.',
            ru: 'Описание риска слишком краткое: опишите механизм (кто, что делает, какую выгоду извлекает) с примерами.',
            en: 'The risk description is too thin: describe the mechanism (who does what, for what gain) with examples.',
          },
      });
    }
  },
};
