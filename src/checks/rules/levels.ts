/** Levels that contradict the rest of the row: a p.6 zone rated zero or low, a systemic risk rated zero. */
import { recognize, LEVELS, CATEGORIES } from '../../order281/vocabulary';
import { zoneById } from '../../order281/factors';
import type { Rule } from '../finding';

export const zoneRatedHighEnough: Rule = ({ register, report, factorsOf }) => {
  for (const row of register.rows) {
    const cell = row.cells.level;
    if (!cell || cell.text === '') continue;
    const level = recognize(cell.text, LEVELS, register.language);
    if (level.kind !== 'exact' && level.kind !== 'variant') continue;
    // In Appendix 2 a zero level is already an error of its own; one finding per mistake is enough.
    const tooLow = level.id === 'low' || (level.id === 'zero' && register.kind === 'risks');
    if (!tooLow) continue;
    const zone = factorsOf(row).zoneIds.map(zoneById).find((z) => z?.paragraph === 'p.6');
    if (!zone) continue;
    report({
      cell, column: 'level', severity: 'warning', rule: 'level.zone-too-low', paragraph: 'p.6',
      messages: {
        ky: `Бул тобокелдик 6-пункттагы коррупциогендик зонага кирет («${zone.label.ky}»), бирок деңгээли төмөн коюлган. Деңгээлди кайра карап чыгыңыз.`,
        ru: `Риск относится к коррупционно опасной зоне пункта 6 («${zone.label.ru}»), но его уровень указан низким. Пересмотрите уровень.`,
        en: `This risk falls in a high-risk zone of paragraph 6 («${zone.label.en}») yet is rated ${level.id}. Review the level.`,
      },
    });
  }
};

export const systemicNotZero: Rule = ({ register, report }) => {
  if (register.kind !== 'risks') return;
  for (const row of register.rows) {
    const category = row.cells.category && recognize(row.cells.category.text, CATEGORIES, register.language);
    const level = row.cells.level && recognize(row.cells.level.text, LEVELS, register.language);
    const isSystemic = category && (category.kind === 'exact' || category.kind === 'variant') && category.id === 'systemic';
    const isZero = level && (level.kind === 'exact' || level.kind === 'variant') && level.id === 'zero';
    if (!isSystemic || !isZero) continue;
    report({
      cell: row.cells.level!, column: 'level', severity: 'warning', rule: 'level.systemic-zero', paragraph: 'p.4',
      messages: {
        ky: 'Системалуу (реалдуу) тобокелдик — органда иш жүзүндө болгон схема; анын деңгээли нөлдүк боло албайт.',
        ru: 'Системный (реальный) риск — схема, реально действующая в органе; его уровень не может быть нулевым.',
        en: 'A systemic (real) risk is a scheme that actually operates in the body; its level cannot be zero.',
      },
    });
  }
};
