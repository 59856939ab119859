/**
 * Text that lands in Excel as the same text. `Range.values` documents that a string starting with `=`,
 * `+` or `-` is read as a formula; Excel also turns a text that looks like a number, a date, a truth
 * value or an error into one, and `@` starts a formula in older Excel. A leading apostrophe — what a
 * person types to keep text as text — is not part of the cell's value, so it is added to any text Excel
 * might read as something else, and to a text that itself starts with an apostrophe.
 */

/** Characters at the start of a text that Excel may read as a formula, or that an apostrophe would hide. */
const FORMULA_START = /^[=+\-@']/;
/** A text Excel may convert: numbers (1, 1.5, 1e3, 1,5, (1), $1, 5%), dates (1/2, 2026-05-18, 1:30), TRUE/FALSE, #N/A. */
const CONVERTIBLE = /^\s*[($€£¥]?\s*[\d.,]|^\s*(true|false)\s*$|^\s*#|^\s+[=+\-@]/i;

function needsApostrophe(text: string): boolean {
  return FORMULA_START.test(text) || CONVERTIBLE.test(text);
}

/** A value as it must be written to `Range.values` so the cell holds exactly it. */
export function cellInput<T>(value: T): T | string {
  return typeof value === 'string' && needsApostrophe(value) ? `'${value}` : value;
}
