import { LEVELS } from '../../order281/vocabulary';
import { valueOf } from './shared/vocabulary-values';
import { zoneById } from '../../order281/factors';
import type { RegisterRule } from '../finding';

/** How each too-low level is named inside the message: a zero level is not "low". */
const RATED = {
  zero: { ky: 'нөлдүк', ru: 'нулевой', en: 'zero' },
  low: { ky: 'төмөнкү', ru: 'низкий', en: 'low' },
} as const;

/**
 * p.6 names the functions with a high level of corruption risk: a risk in one of those zones rated low (or,
 * in Appendix 1, zero) contradicts the Order's own judgement. A warning: the body may have reasons, but a
 * reviewer asks for them.
 */
export const levelZoneTooLow: RegisterRule = {
  id: 'level.zone-too-low',
  severity: 'warning',
  paragraph: 'p.6',
  title: { ky: 'Коррупциогендик зонада төмөн деңгээл', ru: 'Низкий уровень в опасной зоне', en: 'Low level in a high-risk zone' },
  why: {
    ky: '6-пункт коррупциялык тобокелдиги жогору функцияларды атайт; ушундай зонадагы тобокелдиктин деңгээли төмөн коюлса, аны кайра карап чыгуу керек.',
    ru: 'Пункт 6 называет функции с высоким уровнем коррупционного риска; низкий уровень для риска из такой зоны стоит перепроверить.',
    en: 'Paragraph 6 names the functions with a high level of corruption risk; a risk in one of those zones rated low deserves a second look.',
  },
  check({ register, report, factorsOf }) {
    for (const row of register.rows) {
      const level = valueOf(row.cells.level, LEVELS, register.language);
      // In Appendix 2 a zero level is already an error of its own; one finding per mistake is enough.
      const tooLow = level === 'low' || (level === 'zero' && register.kind === 'risks');
      if (!tooLow) continue;
      const zone = factorsOf(row).zoneIds.map(zoneById).find((z) => z?.paragraph === 'p.6');
      if (!zone) continue;
      const rated = RATED[level];
      report({
        cell: row.cells.level!, column: 'level',
        messages: {
          ky: `Бул тобокелдик 6-пункттагы коррупциогендик зонага кирет («${zone.label.ky}»), бирок деңгээли «${rated.ky}» деп коюлган. Деңгээлди кайра карап чыгыңыз.`,
          ru: `Риск относится к коррупционно опасной зоне пункта 6 («${zone.label.ru}»), но его уровень указан как «${rated.ru}». Пересмотрите уровень.`,
          en: `This risk falls in a high-risk zone of paragraph 6 («${zone.label.en}») yet is rated ${rated.en}. Review the level.`,
        },
      });
    }
  },
};
