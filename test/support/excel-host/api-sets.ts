/**
 * Which ExcelApi version each member needs, taken from Microsoft's own client library: the library
 * guards every member newer than 1.1 with `_throwIfApiNotSupported("Range.merge", …, "1.2", …)`, so its
 * source is the authoritative table. The responder refuses a call newer than the Excel it plays with
 * `ApiNotFound`, as that Excel would — including property writes, which the library checks only on read.
 * Pure TypeScript, no Node APIs: the browser host receives the table from the test.
 */

/** `Type.member` (camelCase member) -> the ExcelApi version that introduced it; absent means 1.1. */
export type ApiSetTable = Record<string, string>;

const GUARD = /_throwIfApiNotSupported\("([A-Za-z]+)\.([A-Za-z_]+)", _defaultApiSetName, "(1\.\d+)"/g;

export function parseApiSets(librarySource: string): ApiSetTable {
  const table: ApiSetTable = {};
  for (const m of librarySource.matchAll(GUARD)) {
    const key = `${m[1]}.${m[2]}`;
    // A getter and a method of the same name never disagree; keep the lowest to be safe.
    if (!table[key] || minor(m[3]) < minor(table[key])) table[key] = m[3];
  }
  return table;
}

export function minor(version: string): number {
  return Number(version.split('.')[1] ?? 0);
}

/** Whether an ExcelApi `version` host has the set `wanted` (both like `1.7`). */
export function hasApiSet(version: string, wanted: string): boolean {
  return minor(wanted) <= minor(version);
}

/** The versions the tests play: Excel 2016 (1.1) up to Office 2021-era Excel (1.13). */
export const PLAYED_VERSIONS = ['1.1', '1.2', '1.4', '1.6', '1.7', '1.8', '1.9', '1.13'] as const;

/** What the host plays by default: the newest set the adapter uses (merged areas, 1.13). */
export const DEFAULT_EXCEL_API = '1.13';
