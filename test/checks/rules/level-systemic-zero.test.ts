import { levelSystemicZero } from '../../../src/checks/rules/level-systemic-zero';
import { riskGrid } from '../../fixtures/grids';
import { check, placed, risk } from './helpers';

const internal = (category: string, level: string) => riskGrid(['Контролдоо жана көзөмөлдөө функциясы', risk(1, {
  1: 'Ички отчеттуулук', 3: 'Бөлүм башчысы ички отчетторду бурмалап, жетекчиликке жалган маалымат бериши мүмкүн', 4: category, 5: level,
})]);

describe('level.systemic-zero', () => {
  it('warns (p.4) at a systemic risk rated zero, spelled either way', () => {
    expect(placed(check(internal('Системалуу (реалдуу)', 'Нөлдүк')), levelSystemicZero)).toEqual([['F6', 'warning', 'p.4']]);
    expect(placed(check(internal('системный', 'нулевой')), levelSystemicZero)).toEqual([['F6', 'warning', 'p.4']]);
  });

  it('is silent for another category, another level, or a value it cannot read', () => {
    expect(placed(check(internal('Потенциалдуу', 'Нөлдүк')), levelSystemicZero)).toEqual([]);
    expect(placed(check(internal('Системалуу (реалдуу)', 'Орточо')), levelSystemicZero)).toEqual([]);
    expect(placed(check(internal('Системалуу эмес', 'Нөлдүк')), levelSystemicZero)).toEqual([]);
  });

  it('is silent when the category or level column is missing', () => {
    for (const column of [4, 5]) {
      const grid = internal('Системалуу (реалдуу)', 'Нөлдүк');
      grid.values[3] = grid.values[3].map((v, i) => (i === column ? 'Башка' : v));
      expect(placed(check(grid), levelSystemicZero)).toEqual([]);
    }
  });
});
