/**
 * What a Tobokel mark is, wherever it is written: the add-in's conditional formats (src/excel) and the
 * checker page's marked copy (src/xlsx) both carry the same rule formula — `=N("tobokel:error")=0`, always
 * true since N() of text is 0 — in the same colours, so the add-in's Clear marks finds and removes either.
 */
import type { Severity } from './report';

export type MarkKind = Severity | 'flag';

/** Applied in this order; Excel puts each new rule on top, so an error's colour wins over a flag's. */
export const MARK_ORDER: readonly MarkKind[] = ['flag', 'info', 'warning', 'error'];

export function markFormula(kind: MarkKind): string {
  return `=N("tobokel:${kind}")=0`;
}

const MARKER = /N\(\s*"tobokel:(error|warning|info|flag)"\s*\)/i;

/** The kind of a Tobokel mark from its rule formula; undefined for anyone else's rule. */
export function markKindOf(formula: string | null | undefined): MarkKind | undefined {
  const m = formula ? MARKER.exec(formula) : null;
  return m ? (m[1].toLowerCase() as MarkKind) : undefined;
}

/** Excel's own "light red fill with dark red text" family, and a violet for flagged positions. */
export const MARK_STYLES: Record<MarkKind, { fill: string; font: string; bold?: boolean }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
  flag: { fill: '#E4DFEC', font: '#5B2C83', bold: true },
};
