/**
 * The defined names Tobokel gives its dropdown lists (`Tobokel_list_…`, workbook-scoped). Both adapters
 * name them alike, so a form the add-in inserts into a workbook made from a template workbook finds the
 * template's lists and reuses them instead of adding a second lists sheet.
 */
import type { PlannedList } from './sheet-plan';

export const LIST_NAME_PREFIX = 'Tobokel_list_';

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
  return `${LIST_NAME_PREFIX}${list.name.replace(/[^A-Za-z0-9_]/g, '_')}_${fingerprint([list.name, ...list.values].join('\u0000'))}`;
}
