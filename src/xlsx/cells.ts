/** ExcelJS cell values -> the core's CellValue. */
import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../registers/grid';

type Loose = ExcelValue | undefined | Record<string, unknown>;

export function toCellValue(value: Loose): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    // ExcelJS turns a date-formatted number that is not a real date into an Invalid Date; the number is
    // more use to the checks than NaN.
    return Number.isNaN(value.getTime()) ? null : value;
  }
  const object = value as Record<string, unknown>;
  if ('error' in object && typeof object.error === 'string') return { error: object.error };
  if ('richText' in object && Array.isArray(object.richText)) return richText(object.richText);
  if ('formula' in object || 'sharedFormula' in object) {
    // Only the cached result is content; a formula never calculated (no result) is an empty cell to the checks.
    return toCellValue(object.result as Loose);
  }
  if ('hyperlink' in object || 'text' in object) return toCellValue(object.text as Loose);
  return null;
}

function richText(runs: unknown[]): string {
  let text = '';
  for (const run of runs) {
    if (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string') text += (run as { text: string }).text;
  }
  return text;
}
