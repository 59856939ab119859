/**
 * How a check marks cells. Marks are conditional formats, never cell formats, so the user's own fills,
 * fonts and borders are never touched and clearing restores exactly what was there. Each mark's rule
 * formula carries a Tobokel marker (src/checks/marks.ts), which is how Tobokel finds its own marks again
 * among the user's conditional formats.
 */
import type { Finding, Report, Severity } from '../checks/report';
import type { MarkKind } from '../checks/marks';
import { Area, coalesceCells, parseArea, parseCell } from './addresses';

export { MARK_ORDER, MARK_STYLES, markFormula, markKindOf } from '../checks/marks';
export type { MarkKind } from '../checks/marks';

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

type Cell = { row: number; column: number };

/** A finding's area: every cell of its range (a run of empty rows is one finding), else its one cell. */
function findingArea(finding: Finding, cell: Cell): Area {
  const range = finding.range ? parseArea(finding.range) : undefined;
  return range ?? { top: cell.row, bottom: cell.row, left: cell.column, right: cell.column };
}

/**
 * Where a finding is marked: its cell. A workbook-level finding (no register anywhere) points at A1 of the
 * first sheet only for want of a place; colouring a cell of someone's unrelated sheet would say nothing.
 */
function markedCell(finding: Finding): Cell | undefined {
  return finding.rule.startsWith('workbook.') || !finding.sheet ? undefined : parseCell(finding.cell);
}

/** One number per cell, for keying cells without building an address string (Excel has 16,384 columns). */
const cellKey = (row: number, column: number) => row * 16385 + column;

/**
 * The runs to mark per sheet and kind. A cell with several findings is marked once, with its most severe;
 * a flagged position is marked as a flag whatever findings it also has (the error colour lies on top).
 */
export function planMarks(report: Pick<Report, 'findings' | 'flags'>): Map<string, Map<MarkKind, Area[]>> {
  const worst = new Map<string, Map<number, Cell & { severity: Severity }>>();
  for (const finding of report.findings) {
    const cell = markedCell(finding);
    if (!cell) continue;
    const cells = worst.get(finding.sheet) ?? new Map<number, Cell & { severity: Severity }>();
    const area = findingArea(finding, cell);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const key = cellKey(row, column);
        const before = cells.get(key);
        if (!before) cells.set(key, { row, column, severity: finding.severity });
        else if (RANK[finding.severity] > RANK[before.severity]) before.severity = finding.severity;
      }
    }
    worst.set(finding.sheet, cells);
  }
  const cellsByKind = new Map<string, Map<MarkKind, Cell[]>>();
  const add = (sheet: string, kind: MarkKind, cell: Cell) => {
    const kinds = cellsByKind.get(sheet) ?? new Map<MarkKind, Cell[]>();
    const list = kinds.get(kind) ?? [];
    list.push(cell);
    kinds.set(kind, list);
    cellsByKind.set(sheet, kinds);
  };
  for (const [sheet, cells] of worst) for (const cell of cells.values()) add(sheet, cell.severity, cell);
  for (const flag of report.flags) {
    const cell = parseCell(flag.cell);
    if (cell) add(flag.sheet, 'flag', cell);
  }
  const out = new Map<string, Map<MarkKind, Area[]>>();
  for (const [sheet, kinds] of cellsByKind) {
    const areas = new Map<MarkKind, Area[]>();
    for (const [kind, cells] of kinds) areas.set(kind, coalesceCells(cells));
    out.set(sheet, areas);
  }
  return out;
}

/** The sheets a check left marks on: what `clearMarks` needs to clear in two syncs. No runs worked out. */
export function markedSheets(report: Pick<Report, 'findings' | 'flags'>): string[] {
  const sheets = new Set<string>();
  for (const finding of report.findings) if (markedCell(finding)) sheets.add(finding.sheet);
  for (const flag of report.flags) if (parseCell(flag.cell)) sheets.add(flag.sheet);
  return [...sheets];
}
