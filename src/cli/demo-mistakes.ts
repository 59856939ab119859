/**
 * The demo's second workbook: the Order's samples with the mistakes reviewers meet most, each placed on a
 * sample row so the report shows it against otherwise good content.
 */
import { classifyHeaderCell } from '../registers/headers';
import type { RegisterColumn } from '../registers/kinds';
import type { PlannedCell, SheetPlan } from '../registers/sheet-plan';
import { CATEGORIES, recognize } from '../order281/vocabulary';

export interface PlannedMistake {
  column: RegisterColumn;
  /** `null` empties the cell. */
  value: string | null;
  /** Picks the row among the sample rows; defaults to the n-th. */
  pick?: (rows: SampleRow[]) => SampleRow | undefined;
}

interface SampleRow {
  row: number;
  cells: Partial<Record<RegisterColumn, PlannedCell>>;
}

const isSystemic = (row: SampleRow): boolean => {
  const text = String(row.cells.category?.value ?? '');
  const recognition = recognize(text, CATEGORIES, 'ky');
  return recognition.kind !== 'unknown' && 'id' in recognition && recognition.id === 'systemic';
};

/** Appendix 1: a misspelt category, a missing level, a zero level on a systemic risk, a thin description. */
const RISK_MISTAKES: PlannedMistake[] = [
  { column: 'category', value: 'Системдик' },
  { column: 'level', value: null },
  { column: 'level', value: 'Нөлдүк', pick: (rows) => rows.filter(isSystemic).at(-1) },
  { column: 'risk', value: 'Коррупция' },
];

/** Appendix 2: the Appendix-1-only level «нөлдүк», and a position with its powers left out. */
const POSITION_MISTAKES: PlannedMistake[] = [
  { column: 'level', value: 'нөлдүк' },
  { column: 'powers', value: null },
];

export function withTypicalMistakes(plans: readonly SheetPlan[]): SheetPlan[] {
  return plans.map((plan) => applyMistakes(plan, plan.kind === 'risks' ? RISK_MISTAKES : POSITION_MISTAKES));
}

export function applyMistakes(plan: SheetPlan, mistakes: readonly PlannedMistake[]): SheetPlan {
  const columns = headerColumns(plan);
  const rows = sampleRows(plan, columns);
  let cells = plan.cells.map((cell) => ({ ...cell }));
  mistakes.forEach((mistake, index) => {
    const column = columns.get(mistake.column);
    const target = mistake.pick ? mistake.pick(rows) : rows[index % Math.max(rows.length, 1)];
    if (column === undefined || !target) return;
    cells = cells.filter((cell) => !(cell.row === target.row && cell.column === column));
    if (mistake.value !== null) cells.push({ row: target.row, column, value: mistake.value, style: 'cell' });
  });
  return { ...plan, cells };
}

function headerColumns(plan: SheetPlan): Map<RegisterColumn, number> {
  const columns = new Map<RegisterColumn, number>();
  for (const cell of plan.cells) {
    if (cell.row !== plan.headerRow) continue;
    const column = classifyHeaderCell(String(cell.value));
    if (column && !columns.has(column)) columns.set(column, cell.column);
  }
  return columns;
}

/** Rows below the header that hold a risk text: the sample's register rows (headings hold none). */
function sampleRows(plan: SheetPlan, columns: Map<RegisterColumn, number>): SampleRow[] {
  const riskColumn = columns.get('risk');
  const byRow = new Map<number, SampleRow>();
  for (const cell of plan.cells) {
    if (cell.row <= plan.headerRow) continue;
    const key = [...columns.entries()].find(([, column]) => column === cell.column)?.[0];
    if (!key) continue;
    const row = byRow.get(cell.row) ?? { row: cell.row, cells: {} };
    row.cells[key] = cell;
    byRow.set(cell.row, row);
  }
  return [...byRow.values()]
    .filter((row) => riskColumn !== undefined && String(row.cells.risk?.value ?? '').trim().length > 20)
    .sort((a, b) => a.row - b.row);
}
