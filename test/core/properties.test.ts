/**
 * Random grids: whatever a sheet holds, the reader and the checks never throw, and every finding and flag
 * points at a cell inside the grid that was read.
 */
import fc from 'fast-check';
import { checkGrids } from '../../src/checks/check';
import { readRegisters } from '../../src/registers/read';
import { columnNumber, type CellValue, type Grid } from '../../src/registers/grid';
import { TEMPLATE_TEXT } from '../../src/registers/template-text';
import { CATEGORIES, LEVELS } from '../../src/order281/vocabulary';
import { TODAY } from '../fixtures/grids';

const vocabulary = [
  ...TEMPLATE_TEXT.risks.ky.header, ...TEMPLATE_TEXT.risks.ru.header, ...TEMPLATE_TEXT.positions.ky.header,
  ...CATEGORIES.map((c) => c.canonical.ky), ...LEVELS.map((l) => l.canonical.ru), 'Уруксат берүү функциясы', 'Эскертүү:',
  '(*) - жобого ылайык', 'Бекитемин', '2024-ж. "1" май', 'арыз берүүчү', 'сатып алуу', '',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ minLength: 1, maxLength: 8 }),
  firstRow: fc.integer({ min: 1, max: 30 }),
  firstColumn: fc.integer({ min: 1, max: 30 }),
  values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
}).chain((g) => fc.record({
  sheet: fc.constant(g.sheet), firstRow: fc.constant(g.firstRow), firstColumn: fc.constant(g.firstColumn), values: fc.constant(g.values),
  merges: fc.array(fc.record({
    top: fc.integer({ min: g.firstRow, max: g.firstRow + 25 }), left: fc.integer({ min: g.firstColumn, max: g.firstColumn + 10 }),
    height: fc.integer({ min: 0, max: 4 }), width: fc.integer({ min: 0, max: 4 }),
  }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })), { maxLength: 3 }),
}));

/** A header row of one of the registers dropped somewhere into a random grid, so the deep paths run too. */
const gridWithRegister: fc.Arbitrary<Grid> = fc.tuple(grid, fc.constantFrom(
  TEMPLATE_TEXT.risks.ky.header, TEMPLATE_TEXT.risks.ru.header, TEMPLATE_TEXT.positions.ky.header, TEMPLATE_TEXT.positions.ru.header,
), fc.nat()).map(([g, header, at]) => {
  const values = g.values.map((row) => [...row]);
  values.splice(values.length === 0 ? 0 : at % values.length, 0, header);
  return { ...g, values };
});


function inside(g: Grid, address: string, row: number): boolean {
  const width = Math.max(1, ...g.values.map((r) => r.length));
  const height = Math.max(1, g.values.length);
  const column = columnNumber(/^[A-Z]+/.exec(address)![0]);
  return row >= g.firstRow && row < g.firstRow + height && column >= g.firstColumn && column < g.firstColumn + width
    && address === `${/^[A-Z]+/.exec(address)![0]}${row}`;
}

describe('random grids', () => {
  it('never make the reader or the checks throw, and every finding lies inside its grid', () => {
    fc.assert(fc.property(fc.array(fc.oneof(grid, gridWithRegister), { minLength: 1, maxLength: 3 }), (grids) => {
      const named = grids.map((g, i) => ({ ...g, sheet: `${g.sheet}-${i}` }));
      readRegisters(named);
      const report = checkGrids(named, { today: TODAY });
      for (const item of [...report.findings, ...report.flags]) {
        const g = named.find((x) => x.sheet === item.sheet)!;
        expect(g).toBeDefined();
        expect(inside(g, item.cell, item.row)).toBe(true);
      }
      expect(report.summary.ready).toBe(report.findings.every((f) => f.severity !== 'error'));
    }), { numRuns: 300 });
  });
});
