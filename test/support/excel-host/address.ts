/**
 * A1-style addresses for the in-memory workbook. Pure TypeScript (no Node APIs) so the same responder
 * can be bundled into a browser page for the task pane's end-to-end tests. Column letters are the core's
 * (`columnLetter`, `cellAddress`); parsing stays the host's own, stricter than the adapter's.
 */
import { cellAddress, columnLetter } from '../../../src/registers/grid';

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The largest sheet Excel allows: what `A:A` or `1:5` stretch to. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `3` -> `C`: the core's `columnLetter`, under the name the browser host uses. */
export const columnName = columnLetter;

/** Splits `'My sheet'!A1:B2` into the sheet (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/**
 * Parses one area: `A1`, `$A$1:$C$9`, `A:C` (whole columns), `1:5` (whole rows). Throws on anything
 * else, so a malformed address from the adapter fails the test instead of landing somewhere odd.
 */
export function parseArea(text: string): Rect {
  const local = text.replace(/\$/g, '').toUpperCase();
  const [a, b = a] = local.split(':');
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d+)$/;
  let rect: Rect;
  if (cell.test(a) && cell.test(b)) {
    const [, c1, r1] = cell.exec(a)!;
    const [, c2, r2] = cell.exec(b)!;
    rect = { top: +r1, left: columnNumber(c1), bottom: +r2, right: columnNumber(c2) };
  } else if (col.test(a) && col.test(b)) {
    rect = { top: 1, left: columnNumber(a), bottom: MAX_ROWS, right: columnNumber(b) };
  } else if (row.test(a) && row.test(b)) {
    rect = { top: +a, left: 1, bottom: +b, right: MAX_COLUMNS };
  } else {
    throw new Error(`not an A1 address: '${text}'`);
  }
  const ordered = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (ordered.top < 1 || ordered.left < 1 || ordered.bottom > MAX_ROWS || ordered.right > MAX_COLUMNS) {
    throw new Error(`address outside the sheet: '${text}'`);
  }
  return ordered;
}

export function areaAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  if (rect.top === rect.bottom && rect.left === rect.right) return first;
  return `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function qualify(sheet: string, local: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${local}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.left <= inner.left && inner.right <= outer.right && outer.top <= inner.top && inner.bottom <= outer.bottom;
}

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}
