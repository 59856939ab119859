/** Localised names for the consolidation's keys, from the core's vocabularies. */
import { CATEGORIES, LEVELS } from '../../order281/vocabulary';
import { FUNCTION_TYPES } from '../../order281/function-types';
import type { UiLanguage } from '../../order281/text';
import type { RegisterSummary } from '../../checks/report';
import { counted, word } from '../strings';

function keyLabel(key: string, lang: UiLanguage): string {
  const entry = [...LEVELS, ...CATEGORIES, ...FUNCTION_TYPES].find((candidate) => candidate.id === key);
  if (entry) return entry.label[lang];
  if (key === 'empty') return word('empty', lang);
  if (key === 'unrecognised') return word('unrecognised', lang);
  if (key === 'other') return word('otherFunction', lang);
  if (key === 'none') return word('noHeading', lang);
  return key;
}

/** The Order's own order: levels low to high, categories as p.4 lists them, function types as p.5. */
const ORDER = [...LEVELS.map((e) => e.id), ...CATEGORIES.map((e) => e.id), ...FUNCTION_TYPES.map((e) => e.id), 'other', 'none', 'empty', 'unrecognised'];

export function countsText(counts: Partial<Record<string, number>>, lang: UiLanguage): string {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  const entries = Object.entries(counts)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort((a, b) => rank(a[0]) - rank(b[0]));
  return entries.length === 0 ? '—' : entries.map(([key, n]) => `${keyLabel(key, lang)} ${n}`).join(', ');
}

export function registerText(register: RegisterSummary, lang: UiLanguage): string {
  const appendix = word(register.kind === 'risks' ? 'appendix1' : 'appendix2', lang);
  return `${appendix} «${register.sheet}» (${register.language}): ${counted(lang, ['headerRow', register.headerRow], ['rows', register.rows])}`;
}
