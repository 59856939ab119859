/** CSV for spreadsheets: a header line, one row per finding, flag or unreadable file. */
import type { CheckOutput } from '../results';
import { FLAT_COLUMNS, flatRows } from './rows';

// Excel reads a CSV as the local ANSI code page unless it starts with a BOM; Cyrillic then turns to junk.
const BOM = '\uFEFF';

export function formatCsv(output: CheckOutput): string {
  const lines = [FLAT_COLUMNS.join(',')];
  for (const row of flatRows(output)) lines.push(FLAT_COLUMNS.map((key) => csvField(String(row[key]))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  // A field starting with = + - @ runs as a formula when the CSV is opened in Excel; register text is
  // typed by others, so neutralise it (OWASP's advice) rather than trust it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
