import { recognize, LEVELS, CATEGORIES } from '../../order281/vocabulary';
import type { RegisterRule } from '../finding';

/** p.4: a systemic (real) risk is a scheme that operates in the body; a zero level contradicts its category. */
export const levelSystemicZero: RegisterRule = {
  id: 'level.systemic-zero',
  severity: 'warning',
  paragraph: 'p.4',
  title: { ky: 'Системалуу тобокелдик нөлдүк', ru: 'Системный риск с нулевым уровнем', en: 'Systemic risk rated zero' },
  why: {
    ky: 'Системалуу (реалдуу) тобокелдик — органда иш жүзүндө иштеп жаткан схема (4-пункт), ошондуктан анын деңгээли нөлдүк боло албайт.',
    ru: 'Системный (реальный) риск — схема, которая реально действует в органе (пункт 4), поэтому его уровень не может быть нулевым.',
    en: 'A systemic (real) risk is a scheme that actually operates in the body (paragraph 4), so its level cannot be zero.',
  },
  check({ register, report }) {
    if (register.kind !== 'risks') return;
    for (const row of register.rows) {
      const { category, level } = row.cells;
      if (!category || !level) continue;
      const categoryRead = recognize(category.text, CATEGORIES, register.language);
      const levelRead = recognize(level.text, LEVELS, register.language);
      const isSystemic = (categoryRead.kind === 'exact' || categoryRead.kind === 'variant') && categoryRead.id === 'systemic';
      const isZero = (levelRead.kind === 'exact' || levelRead.kind === 'variant') && levelRead.id === 'zero';
      if (!isSystemic || !isZero) continue;
      report({
        cell: level, column: 'level',
        messages: {
          ky: 'Системалуу (реалдуу) тобокелдик — органда иш жүзүндө болгон схема; анын деңгээли нөлдүк боло албайт.',
          ru: 'Системный (реальный) риск — схема, реально действующая в органе; его уровень не может быть нулевым.',
          en: 'A systemic (real) risk is a scheme that actually operates in the body; its level cannot be zero.',
        },
      });
    }
  },
};
