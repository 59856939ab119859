/**
 * Where the dropdown lists go on the hidden lists sheet. The layout matches the .xlsx writer's: one
 * column per list, the list's name in row 1, its values from row 2. An existing lists sheet is reused,
 * never overwritten: a column already holding the same list (same name, same values) serves again, and a
 * new list goes into the first column right of everything already there.
 */
import type { CellValue } from '../registers/grid';
import type { PlannedList } from '../registers/sheet-plan';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { absoluteAddress, quoteSheet } from './addresses';

/** What the lists sheet already holds: its used range's values and where they start (1-based). */
export interface ExistingLists {
  firstRow: number;
  firstColumn: number;
  values: CellValue[][];
}

export interface ListsPlacement {
  /** List name -> formula source for a list validation, e.g. `='Tobokel_lists'!$A$2:$A$5`. */
  sources: Map<string, string>;
  /** New columns to write, left to right from `firstColumn`: one 2-D block, `null` where nothing goes. */
  block?: { firstColumn: number; values: (string | null)[][] };
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The lists already on the sheet, by column, for those that start at row 1 with a name. */
function readColumns(existing: ExistingLists | undefined, width: number): Map<number, { name: string; values: string[] }> {
  const columns = new Map<number, { name: string; values: string[] }>();
  if (!existing || existing.firstRow !== 1) return columns;
  for (let c = 0; c < width; c++) {
    const cells = existing.values.map((row) => text(row[c]));
    const name = cells[0];
    if (!name) continue;
    let last = cells.length - 1;
    while (last > 0 && cells[last] === '') last--;
    columns.set(existing.firstColumn + c, { name, values: cells.slice(1, last + 1) });
  }
  return columns;
}

export function placeLists(lists: readonly PlannedList[], existing: ExistingLists | undefined): ListsPlacement {
  const width = existing ? Math.max(0, ...existing.values.map((row) => row.length)) : 0;
  const columns = readColumns(existing, width);
  const usedRight = existing && existing.values.length ? existing.firstColumn + width - 1 : 0;
  const sources = new Map<string, string>();
  const fresh: PlannedList[] = [];
  const source = (column: number, count: number) =>
    `=${quoteSheet(LISTS_SHEET_NAME)}!${absoluteAddress({ top: 2, bottom: Math.max(2, count + 1), left: column, right: column })}`;
  for (const list of lists) {
    if (sources.has(list.name)) continue;
    const reuse = [...columns.entries()].find(([, c]) => c.name === list.name && c.values.length === list.values.length && c.values.every((v, i) => v === list.values[i]));
    if (reuse) {
      sources.set(list.name, source(reuse[0], list.values.length));
    } else {
      sources.set(list.name, source(usedRight + 1 + fresh.length, list.values.length));
      fresh.push(list);
    }
  }
  if (!fresh.length) return { sources };
  const height = 1 + Math.max(...fresh.map((l) => l.values.length));
  const values: (string | null)[][] = [];
  for (let r = 0; r < height; r++) values.push(fresh.map((l) => (r === 0 ? l.name : (l.values[r - 1] ?? null))));
  return { sources, block: { firstColumn: usedRight + 1, values } };
}
