/**
 * Row heights for a plan's wrapped text. Excel never grows a row for wrapped text in merged cells, and a
 * file written by a program keeps default heights until someone edits it; so the plan says how tall each
 * wrapped row must be and both adapters set it. An estimate from the text's length against the width it
 * has: generous, since a clipped header is worse than a little white space.
 */
import type { PlanStyle, SheetPlan } from './sheet-plan';

/** Excel's tallest row, in points. */
const MAX_ROW_POINTS = 409;
/** Characters of 11-point Cyrillic text per unit of column width; bold runs wider. */
const CHARS_PER_WIDTH = 0.95;
const BOLD_FACTOR = 0.88;
const POINTS_PER_LINE = 15;

export function estimateRowHeights(plan: Pick<SheetPlan, 'cells' | 'blocks' | 'merges' | 'styles' | 'columnWidths'>): Array<{ row: number; height: number }> {
  const heights = new Map<number, number>();
  for (const cell of plan.cells) {
    const style = styleAt(plan, cell.row, cell.column) ?? plan.styles[cell.style];
    if (!style?.wrap) continue;
    const merge = plan.merges.find((m) => m.top === cell.row && m.left === cell.column);
    if (merge && merge.bottom > merge.top) continue;
    const right = merge ? merge.right : cell.column;
    let width = 0;
    for (let column = cell.column; column <= right; column += 1) width += plan.columnWidths[column - 1] ?? 8.43;
    const size = style.fontSize ?? 11;
    const perLine = Math.max(1, (width * CHARS_PER_WIDTH * (style.bold ? BOLD_FACTOR : 1) * 11) / size);
    const lines = String(cell.value).split('\n').reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
    if (lines <= 1) continue;
    const height = Math.min(MAX_ROW_POINTS, Math.ceil(lines * POINTS_PER_LINE * (size / 11) + 4));
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}

/** Lines a text takes when wrapped at word boundaries, as a spreadsheet wraps it. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) used = length;
    else if (used + 1 + length <= perLine) used += 1 + length;
    else {
      lines += 1;
      used = length;
    }
    // A word longer than a line breaks across lines of its own.
    while (used > perLine) {
      lines += 1;
      used -= perLine;
    }
  }
  return lines;
}

function styleAt(plan: Pick<SheetPlan, 'blocks' | 'styles'>, row: number, column: number): PlanStyle | undefined {
  let found: PlanStyle | undefined;
  for (const block of plan.blocks) {
    if (row >= block.top && row <= block.bottom && column >= block.left && column <= block.right) found = plan.styles[block.style];
  }
  return found;
}
