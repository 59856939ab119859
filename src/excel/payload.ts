/**
 * How large a read's answer is. Excel on the web refuses a response over 5 MB, and the answer may travel
 * as UTF-8 or with every non-ASCII character escaped (`\u0439`, six bytes): a Kyrgyz text is about three
 * times larger the second way. Reads are sized by the larger count.
 */

/** Excel on the web's limit on one response. */
export const RESPONSE_LIMIT = 5 * 1024 * 1024;

/** Bytes a cell value adds to a values answer, counted the larger way (quotes and comma included). */
function cellBytes(value: unknown): number {
  if (typeof value !== 'string') return String(value).length + 1;
  let utf8 = 0;
  let escaped = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      // Quotes, backslashes and control characters are escaped either way.
      const extra = code === 0x22 || code === 0x5c ? 1 : code < 0x20 ? 5 : 0;
      utf8 += 1 + extra;
      escaped += 1 + extra;
    } else {
      utf8 += code < 0x800 ? 2 : 3;
      escaped += 6;
    }
  }
  return Math.max(utf8, escaped) + 3;
}

/** Bytes a block of values adds to an answer. */
export function valuesBytes(values: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of values) {
    bytes += 2;
    for (const value of row) bytes += cellBytes(value);
  }
  return bytes;
}
