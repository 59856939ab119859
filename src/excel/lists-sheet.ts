/**
 * Where a form's dropdown lists live. Tobokel knows its lists by the defined names it gives them
 * (`Tobokel_list_…`, workbook-scoped), not by a sheet's name: a name says which sheet is Tobokel's and
 * where each list sits, follows the sheet if someone renames it, and is read in the same first sync as
 * the sheet names — no navigation through an object that may not exist. A sheet of the right name
 * without Tobokel's names is someone else's and is never written.
 *
 * A list already named is reused as it stands (someone may have adjusted it on purpose). Lists not yet
 * named go, all together, into a new hidden lists sheet, from column A: an existing sheet is never
 * written, so nothing there — a note, an edited list — can be overwritten, and the lists stay inside
 * the grid. The new sheet gets every list of both languages, so later forms find theirs already there.
 */
import type { PlannedList } from '../registers/sheet-plan';
import { LISTS_SHEET_NAME } from '../registers/sheet-plan';
import { ListKey, plannedList } from '../registers/plan-lists';
import type { RegisterLanguage } from '../order281/text';
import { absoluteAddress, quoteSheet } from './addresses';
import { uniqueSheetName } from './sheet-names';

const NAME_PREFIX = 'Tobokel_list_';

/** 32-bit FNV-1a: a short, stable fingerprint of a list's name and values. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The defined name of a list: its name and values decide it, so a changed list gets a new name. */
export function listDefinedName(list: PlannedList): string {
  return `${NAME_PREFIX}${list.name.replace(/[^A-Za-z0-9_]/g, '_')}_${fingerprint([list.name, ...list.values].join('\u0000'))}`;
}

function isListDefinedName(name: string): boolean {
  return name.startsWith(NAME_PREFIX);
}

/** A defined name as read in the first sync: `value` is the range address for a named range, `#REF!` once its sheet is gone. */
export interface DefinedName {
  name: string;
  type: string;
  value: unknown;
}

/** `'Tobokel lists'!$A$2:$A$5` -> the sheet name; undefined when the name refers to no range. */
function sheetOfReference(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.includes('!') || value.includes('#REF!')) return undefined;
  const sheet = value.replace(/^=/, '').slice(0, value.replace(/^=/, '').lastIndexOf('!'));
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The sheets Tobokel's list names point at: Tobokel's own lists sheets. */
export function listsSheets(names: readonly DefinedName[]): Set<string> {
  const sheets = new Set<string>();
  for (const n of names) {
    const sheet = isListDefinedName(n.name) ? sheetOfReference(n.value) : undefined;
    if (sheet) sheets.add(sheet);
  }
  return sheets;
}

/** Every list of every form, both languages: what a new lists sheet holds. */
export function allLists(): PlannedList[] {
  const keys: ListKey[] = ['functions', 'categories', 'riskLevels', 'positionLevels'];
  const languages: RegisterLanguage[] = ['ky', 'ru'];
  return languages.flatMap((language) => keys.map((key) => plannedList(key, language)));
}

export interface ListsPlacement {
  /** List name -> formula source for a list validation, e.g. `=Tobokel_lists!$A$2:$A$5`. */
  sources: Map<string, string>;
  /** A new lists sheet to add: its name, its values from A1 (one column per list, `null` where nothing goes) and the names to define. */
  sheet?: { name: string; values: (string | null)[][]; names: { name: string; reference: string }[] };
}

/**
 * Decides, from the defined names and sheet names read in the first sync, where each list the form needs
 * comes from, and what a new lists sheet must hold if any is missing.
 */
export function placeLists(needed: readonly PlannedList[], names: readonly DefinedName[], sheetNames: readonly string[]): ListsPlacement {
  const existing = new Map(names.filter((n) => isListDefinedName(n.name) && sheetOfReference(n.value)).map((n) => [n.name.toLowerCase(), String(n.value)]));
  const sources = new Map<string, string>();
  const missing = needed.filter((list) => {
    const reference = existing.get(listDefinedName(list).toLowerCase());
    if (reference) sources.set(list.name, `=${reference.replace(/^=/, '')}`);
    return !reference;
  });
  if (!missing.length) return { sources };

  const name = uniqueSheetName(LISTS_SHEET_NAME, sheetNames);
  const wanted = [...missing, ...allLists().filter((l) => !missing.some((m) => m.name === l.name) && !existing.has(listDefinedName(l).toLowerCase()))];
  const height = 1 + Math.max(...wanted.map((l) => l.values.length));
  const values: (string | null)[][] = [];
  for (let r = 0; r < height; r++) values.push(wanted.map((l) => (r === 0 ? l.name : (l.values[r - 1] ?? null))));
  const definitions = wanted.map((list, i) => {
    const reference = `${quoteSheet(name)}!${absoluteAddress({ top: 2, bottom: Math.max(2, list.values.length + 1), left: i + 1, right: i + 1 })}`;
    if (missing.includes(list)) sources.set(list.name, `=${reference}`);
    return { name: listDefinedName(list), reference: `=${reference}` };
  });
  return { sources, sheet: { name, values, names: definitions } };
}
