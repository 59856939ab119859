import { readRegisters } from '../../src/registers/read';
import { registerBodyName } from '../../src/registers/body-name';
import { addTally, emptyTally, sumTallies, tallyRegister } from '../../src/checks/summary';
import { buildSheetPlan } from '../../src/registers/plans';
import type { Grid } from '../../src/registers/grid';
import type { SheetPlan } from '../../src/registers/sheet-plan';
import { appendix1SampleGrid, appendix2SampleGrid } from '../fixtures/order-samples';

/** A plan's cells as the grid a reader hands the core. */
function planGrid(plan: SheetPlan, edit: (values: Grid['values']) => void = () => {}): Grid {
  const values: Grid['values'] = Array.from({ length: plan.lastRow }, () => Array(plan.lastColumn).fill(null));
  for (const cell of plan.cells) values[cell.row - 1][cell.column - 1] = cell.value;
  edit(values);
  return { sheet: plan.sheetName, firstRow: 1, firstColumn: 1, values, merges: plan.merges };
}

const RISKS = buildSheetPlan({ kind: 'risks', language: 'ky', withSample: true, rowsPerHeading: 0, headings: [], year: 2026 });

describe('tallyRegister', () => {
  it('counts Appendix 1 rows by level, category, function type and level × category', () => {
    const grid = planGrid(RISKS);
    const [register] = readRegisters([grid]);
    const tally = tallyRegister(register);
    // The Order's sample: one situational risk rated low, under the permitting heading.
    expect(tally).toMatchObject({ kind: 'risks', risks: 1, positions: 0, byLevel: { low: 1 }, byCategory: { situational: 1 }, byFunctionType: { permitting: 1 } });
    expect(tally.levelByCategory).toEqual({ situational: { low: 1 } });
    expect(tally.positionLevels).toEqual({});
  });

  it('keeps empty and unrecognised values apart from the Order\'s, and reads variants as the value they stand for', () => {
    const row = RISKS.headerRow + 2;
    const grid = planGrid(RISKS, (values) => {
      values[row - 1][4] = 'Системдик';
      values[row - 1][5] = '';
    });
    const tally = tallyRegister(readRegisters([grid])[0]);
    expect(tally.levelByCategory).toEqual({ systemic: { empty: 1 } });
    const odd = tallyRegister(readRegisters([planGrid(RISKS, (values) => void (values[row - 1][5] = 'абдан'))])[0]);
    expect(odd.byLevel).toEqual({ unrecognised: 1 });
  });

  it('counts Appendix 2 rows by level only', () => {
    const tally = tallyRegister(readRegisters([appendix2SampleGrid()])[0]);
    expect(tally).toMatchObject({ kind: 'positions', risks: 0, positions: 2, byCategory: {}, levelByCategory: {} });
    expect(tally.positionLevels).toEqual(tally.byLevel);
    expect(Object.values(tally.positionLevels).reduce((a, b) => a + (b ?? 0), 0)).toBe(2);
  });
});

describe('sumTallies', () => {
  it('adds every count, the level × category table too, and leaves its inputs alone', () => {
    const risks = tallyRegister(readRegisters([planGrid(RISKS)])[0]);
    const positions = tallyRegister(readRegisters([appendix2SampleGrid()])[0]);
    const total = sumTallies([risks, positions, risks]);
    expect(total.risks).toBe(2);
    expect(total.positions).toBe(2);
    expect(total.levelByCategory).toEqual({ situational: { low: 2 } });
    expect(total.byLevel.low).toBe((positions.byLevel.low ?? 0) + 2);
    expect(risks.levelByCategory).toEqual({ situational: { low: 1 } });
    expect(addTally(emptyTally(), emptyTally())).toEqual(emptyTally());
  });
});

describe('registerBodyName', () => {
  it('reads a body from a title that names one, as the Order\'s sample does', () => {
    for (const grid of [appendix1SampleGrid(), appendix2SampleGrid()]) {
      const [register] = readRegisters([grid]);
      expect(registerBodyName(grid, register)).toMatch(/^Кыргыз Республикасынын Экономика министрлигиндеги коррупци.* ТИЗМЕГИ$/);
    }
  });

  it('finds none in the form\'s generic title, Kyrgyz or Russian', () => {
    for (const language of ['ky', 'ru'] as const) {
      for (const kind of ['risks', 'positions'] as const) {
        const plan = buildSheetPlan({ kind, language, withSample: false, rowsPerHeading: 1, headings: [], year: 2026 });
        const grid = planGrid(plan);
        expect(registerBodyName(grid, readRegisters([grid])[0])).toBeUndefined();
      }
    }
  });

  it('takes the name line above the form\'s caption', () => {
    const plan = buildSheetPlan({ kind: 'positions', language: 'ru', withSample: false, rowsPerHeading: 1, headings: [], year: 2026 });
    const grid = planGrid(plan, (values) => void (values[6][0] = 'Государственная налоговая служба при Министерстве финансов'));
    expect(registerBodyName(grid, readRegisters([grid])[0])).toBe('Государственная налоговая служба при Министерстве финансов');
  });

  it('reads a Russian title that names the body after the register\'s words', () => {
    const plan = buildSheetPlan({ kind: 'risks', language: 'ru', withSample: false, rowsPerHeading: 1, headings: [], year: 2026 });
    const grid = planGrid(plan, (values) => void (values[4][0] = 'коррупционных рисков в Министерстве экономики Кыргызской Республики'));
    expect(registerBodyName(grid, readRegisters([grid])[0])).toBe('ПЕРЕЧЕНЬ коррупционных рисков в Министерстве экономики Кыргызской Республики');
  });
});
