/**
 * Sheet names Excel will accept: at most 31 characters, none of `: \ / ? * [ ]`, no leading or trailing
 * apostrophe, unique regardless of case. A taken name gets ` (2)`, ` (3)`… as Excel does for a copy.
 */
const MAX_SHEET_NAME = 31;

export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Tobokel').slice(0, MAX_SHEET_NAME).trimEnd();
}

export function uniqueSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
