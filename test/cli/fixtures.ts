/** Register workbooks for CLI tests, written through our own writer from small hand-built plans. */
import { writePlans } from '../../src/xlsx';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { handPlan } from '../xlsx/plan-fixture';

export interface PositionRow {
  position: string;
  powers: string;
  risk: string;
  level: string;
}

export const GOOD_ROWS: PositionRow[] = [
  {
    position: 'Лицензиялоо бөлүмүнүн башчысы',
    powers: 'Лицензия берүү же берүүдөн баш тартуу жөнүндө чечим кабыл алат, арыз берүүчүлөр менен түздөн-түз байланышта болот',
    risk: 'Арыз берүүчүнүн документтерин кароону тездетүү же кечиктирүү, талаптарды «катуу» же «жумшак» колдонуу аркылуу пара алуу мүмкүнчүлүгү',
    level: 'Жогорку',
  },
  {
    position: 'Тендердик комиссиянын мүчөсү',
    powers: 'Мамлекеттик сатып алууларда жеңүүчүнү тандоо, катышуучулардын сунуштарын баалоо',
    risk: 'Белгилүү бир катышуучуга артыкчылык берүү, сунуштарды баалоодо кызыкчылыктардын кагылышуусу',
    level: 'Орточо',
  },
];

export function positionsPlan(rows: PositionRow[], sheetName = 'Тизме 2'): SheetPlan {
  const plan = handPlan(sheetName);
  const headerRow = plan.headerRow;
  plan.cells = [
    { row: 1, column: 1, value: 'Мамлекеттик органдагы коррупциогендик кызмат орундарынын ТИЗМЕГИ', style: 'title' },
    ...plan.cells.filter((cell) => cell.row === headerRow),
    ...rows.flatMap((row, i) => [
      { row: headerRow + 1 + i, column: 1, value: i + 1, style: 'number' as const },
      { row: headerRow + 1 + i, column: 2, value: row.position, style: 'cell' as const },
      { row: headerRow + 1 + i, column: 3, value: row.powers, style: 'cell' as const },
      { row: headerRow + 1 + i, column: 4, value: row.risk, style: 'cell' as const },
      { row: headerRow + 1 + i, column: 5, value: row.level, style: 'cell' as const },
    ]),
  ];
  return plan;
}

export async function positionsWorkbook(rows: PositionRow[], sheetName?: string): Promise<Buffer> {
  return writePlans([positionsPlan(rows, sheetName)]);
}
