/**
 * CSV for spreadsheets: a header line in the reader's language, one row per finding, flag or file not
 * checked.
 *
 * How it opens in Excel: a double-clicked CSV is split on the list separator of Windows' regional
 * settings, which is `;` for Kyrgyz and Russian (their decimal mark is the comma) and `,` for English;
 * so the separator follows the report's language. The text is UTF-8 with a byte-order mark, without which
 * Excel reads the local ANSI code page and the Cyrillic turns to junk. A `sep=;` first line is not used:
 * Microsoft does not document it, reports say it defeats the byte-order mark, and every other reader
 * (LibreOffice, a reviewer's script) takes it for a row of data. Anyone whose settings differ from the
 * language's gets the same table, without guessing, from `--format xlsx`.
 */
import type { UiLanguage } from '../../order281/text';
import type { CheckOutput } from '../results';
import { FLAT_COLUMNS, flatHeaders, flatRows } from './rows';

const BOM = '\uFEFF';

export function csvSeparator(lang: UiLanguage): ';' | ',' {
  return lang === 'en' ? ',' : ';';
}

export function formatCsv(output: CheckOutput): string {
  const separator = csvSeparator(output.lang);
  const line = (fields: readonly string[]) => fields.map((field) => csvField(field, separator)).join(separator);
  const lines = [line(flatHeaders(output.lang))];
  for (const row of flatRows(output)) lines.push(line(FLAT_COLUMNS.map((key) => String(row[key]))));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function csvField(value: string, separator: string): string {
  // A field starting with = + - @ runs as a formula when the CSV is opened in Excel; register text is
  // typed by others, so neutralise it (OWASP's advice) rather than trust it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
