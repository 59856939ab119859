/**
 * A1 addresses and runs of cells. Marks are written per run of adjacent cells, never per cell: a request
 * that formats 5,000 single cells is 3.7 MB, the same format on runs is a few kilobytes.
 */
import type { MergedArea } from '../registers/grid';
import { columnLetter } from '../registers/grid';

export type Area = MergedArea;

/** `'Tobokel lists'!$A$2:$A$5`-style qualification: quotes unless the name is a plain identifier. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function areaAddress(area: Area): string {
  const first = `${columnLetter(area.left)}${area.top}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetter(area.right)}${area.bottom}`;
}

/** `$A$2:$A$5`, for list sources that must not shift. */
export function absoluteAddress(area: Area): string {
  const a = `$${columnLetter(area.left)}$${area.top}`;
  const b = `$${columnLetter(area.right)}$${area.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `C12` or `$C$12` -> { row: 12, column: 3 }; undefined for anything else. */
export function parseCell(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** `A1:B3` (or a single cell) -> area; undefined for anything else. */
export function parseArea(address: string): Area | undefined {
  const [a, b = a] = address.split(':');
  const first = parseCell(a);
  const last = parseCell(b);
  if (!first || !last) return undefined;
  return {
    top: Math.min(first.row, last.row),
    bottom: Math.max(first.row, last.row),
    left: Math.min(first.column, last.column),
    right: Math.max(first.column, last.column),
  };
}

/**
 * Splits a RangeAreas address (`Sheet1!A1:B2,Sheet1!D4` or `'a, b'!A1`) into local areas, respecting
 * quoted sheet names that may hold commas.
 */
export function parseAreasAddress(address: string): Area[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  const areas: Area[] = [];
  for (const part of parts) {
    const local = part.slice(part.lastIndexOf('!') + 1).trim();
    const area = parseArea(local);
    if (area) areas.push(area);
  }
  return areas;
}

/**
 * Coalesces cells into rectangles: consecutive rows in one column become one run, then runs with the
 * same rows in adjacent columns join. Order of the input does not matter; duplicates collapse.
 */
export function coalesceCells(cells: ReadonlyArray<{ row: number; column: number }>): Area[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const rows = byColumn.get(column) ?? [];
    rows.push(row);
    byColumn.set(column, rows);
  }
  const runs: Area[] = [];
  for (const [column, rows] of [...byColumn.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    let previous = sorted[0];
    for (const row of sorted.slice(1)) {
      if (row === previous + 1) {
        previous = row;
        continue;
      }
      runs.push({ top: start, bottom: previous, left: column, right: column });
      start = previous = row;
    }
    if (sorted.length) runs.push({ top: start, bottom: previous, left: column, right: column });
  }
  // Join a run to the one just left of it when they span the same rows.
  const byRows = new Map<string, Area>();
  const joined: Area[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const left = byRows.get(key);
    if (left && left.right === run.left - 1) {
      left.right = run.right;
    } else {
      const copy = { ...run };
      byRows.set(key, copy);
      joined.push(copy);
    }
  }
  return joined;
}

/** Groups addresses into comma-joined lists no longer than `maxLength`, for one RangeAreas each. */
export function chunkAddresses(addresses: readonly string[], maxLength: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) chunks.push(current);
  return chunks;
}
