import { LEVELS, CATEGORIES } from '../../order281/vocabulary';
import { valueOf } from './shared/vocabulary-values';
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
    // Appendix 2 has no category column, so it never gets here.
    for (const row of register.rows) {
      const { category, level } = row.cells;
      if (valueOf(category, CATEGORIES, register.language) !== 'systemic' || valueOf(level, LEVELS, register.language) !== 'zero') continue;
      report({
        cell: level!, column: 'level',
        messages: {
          ky: 'Системалуу (реалдуу) тобокелдик — органда иш жүзүндө болгон схема; анын деңгээли нөлдүк боло албайт.',
          ru: 'Системный (реальный) риск — схема, реально действующая в органе; его уровень не может быть нулевым.',
          en: 'A systemic (real) risk is a scheme that actually operates in the body; its level cannot be zero.',
        },
      });
    }
  },
};
